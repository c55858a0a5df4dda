import Labs

/// A small class with the awkward cases every format must survive: commas, quotes, markup,
/// a tampered attempt, a learner with two attempts and an attempt that could not be graded.
enum GradeReportSample {
  static func step(_ n: Int, passed: Bool) -> StepGrade {
    StepGrade(
      id: "step-\(n)", title: "Step \(n) <b>\"quoted\", with commas</b>", points: 10, passed: passed,
      commands: passed ? n + 1 : nil, seconds: passed ? Int64(n * 30) : nil)
  }

  static func grade(_ name: String, _ email: String, path: String, passed: Int, findings: [IntegrityFinding] = [])
    -> LearnerGrade
  {
    LearnerGrade(
      path: path, labID: "public-subnet", labTitle: "V1: reaching S3 & friends", learnerName: name, learnerEmail: email,
      headCommit: String(repeating: "a", count: 40), seed: 18_446_744_073_709_551_615,
      steps: (0..<3).map { step($0, passed: $0 < passed) }, points: passed * 10, maxPoints: 30, hintsUsed: 1,
      commandsTyped: 7, firstCommitTime: 1_790_000_000, lastCommitTime: 1_790_000_125,
      stoppedAt: passed < 3 ? "step-\(passed)" : nil, commandsWhereStopped: passed < 3 ? ["aws s3 ls", "hint"] : [],
      findings: findings)
  }

  static let report = GradeReport(
    grades: [
      grade("Zoë \"Z\" Ng", "zoe@example.org", path: "/class/zoe, second", passed: 1),
      grade("Ada Lovelace", "ada@example.org", path: "/class/ada", passed: 3),
      grade(
        "Bob <script>", "bob@example.org", path: "/class/bob", passed: 2,
        findings: [
          IntegrityFinding(
            kind: .outputNotReproduced, commit: String(repeating: "b", count: 40), line: 3,
            message: "line 3 (`aws s3 ls`): exit status 0 is recorded, replay gives 255"),
          IntegrityFinding(kind: .labChanged, message: "the attempt was made on lab version sha256:old"),
        ]),
      grade("Zoë \"Z\" Ng", "zoe@example.org", path: "/class/zoe", passed: 3),
    ],
    ungraded: [UngradedAttempt(path: "/class/broken", labID: nil, reason: "the git repository is damaged: <bad>")])
}
