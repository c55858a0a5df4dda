import Testing

@testable import Labs

/// Commit times outside a plausible window are findings, a flagged attempt has a status and an
/// exit status of its own, and no duration is negative (issue 18).
@Suite struct CommitWindowTests {
  static func commit(_ id: String, _ time: Int64) -> HistoryCommit {
    HistoryCommit(
      id: id, parents: [], time: time, claimedSteps: [], metadata: nil, progressPage: nil,
      change: .appended(count: 1, unreadable: 0))
  }

  /// 2026-11-29 to 2026-12-03, a course of 30 days.
  static let window = CommitWindow(earliest: 1_795_952_674, latest: 1_796_256_000, longestSpan: 30 * 86_400)

  struct Case: Sendable, CustomStringConvertible {
    let name: String
    let times: [Int64]
    let messages: [String]
    var description: String { name }
  }

  static let cases: [Case] = [
    Case(name: "inside the window", times: [1_796_000_000, 1_796_000_600], messages: []),
    Case(
      name: "dated 2001", times: [1_000_000_000, 1_796_000_000],
      messages: [
        "commit dated 2001-09-09, before this labrun release (2026-11-29): its clock or its date was set by hand",
        "commits spread over 9212 days, longer than the course's 30 days",
      ]),
    Case(
      name: "dated 2099", times: [1_796_000_000, 4_070_908_800],
      messages: [
        "commit dated 2099-01-01, after this grading (2026-12-03)",
        "commits spread over 26329 days, longer than the course's 30 days",
      ]),
    Case(
      name: "a commit before its parent", times: [1_796_000_600, 1_796_000_000], messages: []),
  ]

  @Test(arguments: cases)
  func findings(_ example: Case) {
    let history = example.times.enumerated().map { Self.commit("c\($0.offset)", $0.element) }
    let found = Self.window.findings(history)
    #expect(found.map(\.message) == example.messages)
    #expect(found.allSatisfy { $0.kind == .implausibleTime })
  }

  @Test func aLongSpreadIsFlaggedEvenWithPlausibleDates() {
    let wide = CommitWindow(earliest: 0, latest: .max, longestSpan: 180 * 86_400)
    let history = [Self.commit("a", 1_480_000_000), Self.commit("b", 1_795_000_000)]
    #expect(
      wide.findings(history).map(\.message) == ["commits spread over 3645 days, longer than the course's 180 days"])
  }

  static func grade(findings: [IntegrityFinding], passed: Bool, first: Int64 = 100, last: Int64 = 200) -> LearnerGrade {
    LearnerGrade(
      path: "/w", labID: "lab", labTitle: "Lab", learnerName: "A", learnerEmail: "a@example.org", headCommit: "c",
      seed: 1, steps: [StepGrade(id: "s", title: "S", points: 1, passed: passed, commands: 1, seconds: 1)],
      points: passed ? 1 : 0, maxPoints: 1, hintsUsed: 0, commandsTyped: 1, firstCommitTime: first,
      lastCommitTime: last, stoppedAt: passed ? nil : "s", commandsWhereStopped: [], findings: findings)
  }

  static let finding = IntegrityFinding(kind: .outputNotReproduced, line: 1, message: "line 1 differs")

  @Test func aPassedAttemptWithFindingsIsFlaggedAndExitsThree() {
    let flagged = Self.grade(findings: [Self.finding], passed: true)
    #expect(flagged.status == .flagged)
    #expect(GradeReport(grades: [flagged], ungraded: []).exitStatus == 3)
    #expect(GradeReport(grades: [Self.grade(findings: [], passed: true)], ungraded: []).exitStatus == 0)
    #expect(
      GradeReport(grades: [Self.grade(findings: [], passed: false), flagged], ungraded: []).exitStatus == 3)
    #expect(GradeReport(grades: [Self.grade(findings: [], passed: false)], ungraded: []).exitStatus == 2)
  }

  @Test func aLastCommitBeforeTheFirstSpendsNoTime() {
    #expect(Self.grade(findings: [], passed: true, first: 500, last: 100).timeSpent == 0)
  }
}
