import Testing

@testable import Reports

@Suite struct ReportFormatTests {
  @Test func offersTheDocumentedFormats() {
    #expect(
      ReportFormat.allCases.map(\.rawValue) == [
        "table", "csv", "json", "junit", "html", "canvas", "moodle", "gradescope",
      ])
    #expect(ReportFormat.allCases.filter(\.isLMS) == [.canvas, .moodle, .gradescope])
  }

  @Test(arguments: [
    (ReportFormat.table, "txt"), (.csv, "csv"), (.json, "json"), (.junit, "xml"), (.html, "html"), (.canvas, "csv"),
    (.moodle, "csv"), (.gradescope, "json"),
  ])
  func savesWithTheUsualExtension(format: ReportFormat, ext: String) {
    #expect(format.fileExtension == ext)
  }
}
