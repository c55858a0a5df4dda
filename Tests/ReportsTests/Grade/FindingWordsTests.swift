import Testing

@testable import Labs
@testable import Reports

/// A Korean report explains each integrity finding in Korean before the grader's own sentence; an
/// English report prints the sentence alone, as before.
@Suite struct FindingWordsTests {
  static let finding = IntegrityFinding(
    kind: .transcriptEdited, commit: "7f30735c1a4e", line: 1,
    message:
      "commit 7f30735c1a4e changes line 1 of the transcript that an earlier commit saved (7 lines before, 7 after)")

  static let report = GradeReport(
    grades: [
      GradeReportSample.grade("Ana", "ana@example.com", path: "/class/ana", passed: 1, findings: [finding])
    ], ungraded: [])

  @Test func everyKindHasKorean() {
    for kind in IntegrityFinding.Kind.allCases {
      let korean = FindingWords.explanation(of: kind, ReportWords(.ko))
      #expect(korean != nil, "no Korean for \(kind.rawValue)")
      #expect(korean?.unicodeScalars.contains { ("\u{AC00}"..."\u{D7A3}").contains($0) } == true)
    }
    #expect(IntegrityFinding.Kind.allCases.allSatisfy { FindingWords.explanation(of: $0, .english) == nil })
  }

  @Test func theTableExplainsInKorean() {
    let korean = GradeReportRenderer.render(Self.report, as: .table, words: ReportWords(.ko))
    #expect(
      korean.contains(
        "    transcript-edited: 이전 커밋이 저장한 기록 줄을 나중 커밋이 고치거나 지웠습니다 — \(Self.finding.message)\n"))
    let english = GradeReportRenderer.render(Self.report, as: .table, words: .english)
    #expect(english.contains("    transcript-edited: \(Self.finding.message)\n"))
  }

  @Test func theHTMLPageExplainsInKorean() {
    let korean = GradeReportRenderer.render(Self.report, as: .html, words: ReportWords(.ko))
    #expect(korean.contains("<li><b>transcript-edited</b> 이전 커밋이 저장한 기록 줄을 나중 커밋이 고치거나 지웠습니다 — commit 7f30735c1a4e"))
    let english = GradeReportRenderer.render(Self.report, as: .html, words: .english)
    #expect(english.contains("<li><b>transcript-edited</b> commit 7f30735c1a4e"))
  }

  /// JSON keeps the grader's sentence alone in every language: scripts read it.
  @Test func jsonIsTheSameInBothLanguages() {
    #expect(
      GradeReportRenderer.render(Self.report, as: .json, words: ReportWords(.ko))
        == GradeReportRenderer.render(Self.report, as: .json, words: .english))
  }
}
