/// What grading concluded about one attempt, as reports and the exit status say it.
public enum GradeStatus: String, Sendable, CaseIterable {
  /// Every step passed and nothing in the workspace contradicts the replay.
  case passed
  /// Some step did not pass, and nothing contradicts the replay.
  case notPassed = "not-passed"
  /// The workspace has integrity findings: whatever replay gives, the attempt needs a look.
  case flagged
}

extension LearnerGrade {
  /// Flagged whenever there is a finding that is not informational, passed or not: a workspace whose transcript was replaced
  /// by the reference solution replays to "passed", and must not read as such.
  public var status: GradeStatus {
    if findings.contains(where: { !$0.kind.isInformational }) { return .flagged }
    return passedAll ? .passed : .notPassed
  }
}
