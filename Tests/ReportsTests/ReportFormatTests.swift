import Testing

@testable import Reports

@Suite struct ReportFormatTests {
  @Test func offersTheFiveDocumentedFormats() {
    #expect(ReportFormat.allCases.map(\.rawValue) == ["table", "csv", "json", "junit", "html"])
  }

  @Test(arguments: [
    (ReportFormat.table, "txt"), (.csv, "csv"), (.json, "json"), (.junit, "xml"), (.html, "html"),
  ])
  func savesWithTheUsualExtension(format: ReportFormat, ext: String) {
    #expect(format.fileExtension == ext)
  }
}
