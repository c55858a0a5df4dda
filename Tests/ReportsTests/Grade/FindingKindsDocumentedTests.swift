import Foundation
import Testing

@testable import Labs
@testable import Reports

/// Every finding kind the grader can give is explained in docs/grading.md and allowed by the JSON schema.
@Suite struct FindingKindsDocumentedTests {
  static let docs = GradeReportRenderTests.schemaPath.deletingLastPathComponent()

  @Test(arguments: IntegrityFinding.Kind.allCases)
  func theKindIsInTheGradingPageAndTheSchema(kind: IntegrityFinding.Kind) throws {
    let page = try String(contentsOf: Self.docs.appendingPathComponent("grading.md"), encoding: .utf8)
    #expect(page.contains("| `\(kind.rawValue)` |"))
    let schema = try String(contentsOf: GradeReportRenderTests.schemaPath, encoding: .utf8)
    #expect(schema.contains("\"\(kind.rawValue)\""))
  }

  @Test func onlyTheVersionFindingIsInformational() {
    #expect(IntegrityFinding.Kind.allCases.filter(\.isInformational) == [.labrunVersion])
  }
}
