import Cloud
import Labs

/// The JSON report; its shape is `docs/grade-report.schema.json` (schema version 1).
enum JSONReport {
  /// Bumped when a field is removed or changes meaning; adding fields keeps the version.
  static let schemaVersion = 1

  static func render(_ report: GradeReport) -> String {
    var text = ""
    render(report) { text += $0 }
    return text
  }

  /// Writes the report to `write` in pieces as it is made.
  static func render(_ report: GradeReport, into write: @escaping (String) -> Void) {
    // Written member by member, in sorted order, and the learners one at a time: a whole class as
    // one value (and its sorted copy) was most of grading's memory, several times the report.
    var sink = ReportSink(write)
    let members: [(String, (inout ReportSink) -> Void)] = [
      ("exitStatus", { $0.append(value(.int(Int(report.exitStatus)))) }),
      ("labs", { $0.append(value(.array(report.labs.map(lab)))) }),
      ("learners", { elements(report.grades, learner, into: &$0) }),
      ("schemaVersion", { $0.append(value(.int(schemaVersion))) }),
      ("similarCommandSequences", { $0.append(value(.array(report.similarCommandSequences.map(similar)))) }),
      (
        "summary",
        {
          $0.append(
            value(
              .object([
                "attempts": .int(report.grades.count + report.ungraded.count),
                "graded": .int(report.grades.count),
                "ungraded": .int(report.ungraded.count),
                "passedAll": .int(report.grades.count(where: \.passedAll)),
                "findings": .int(report.findingCount),
              ])))
        }
      ),
      (
        "ungraded",
        {
          $0.append(
            value(
              .array(
                report.ungraded.map {
                  .object(["path": .string($0.path), "lab": .optional($0.labID), "reason": .string($0.reason)])
                })))
        }
      ),
    ]
    sink.append("{")
    for (offset, member) in members.enumerated() {
      sink.append(offset == 0 ? "\n  " : ",\n  ")
      sink.append(JSONValue.string(member.0).rendered(.jqPretty, level: 1))
      sink.append(": ")
      member.1(&sink)
    }
    sink.append("\n}\n")
    sink.flush()
  }

  /// A member's value as the top-level object holds it (one level deep, keys sorted).
  private static func value(_ value: JSONValue) -> String {
    value.sortingKeys().rendered(.jqPretty, level: 1)
  }

  /// An array one level deep whose elements are made, written and dropped one at a time.
  private static func elements<Item>(_ items: [Item], _ make: (Item) -> JSONValue, into sink: inout ReportSink) {
    guard !items.isEmpty else { return sink.append("[]") }
    sink.append("[")
    for (offset, item) in items.enumerated() {
      sink.append(offset == 0 ? "\n    " : ",\n    ")
      sink.append(make(item).sortingKeys().rendered(.jqPretty, level: 2))
    }
    sink.append("\n  ]")
  }

  private static func lab(_ summary: LabSummary) -> JSONValue {
    .object([
      "id": .string(summary.labID),
      "title": .string(summary.labTitle),
      "attempts": .int(summary.attempts),
      "passedAll": .int(summary.passedAll),
      "steps": .array(
        summary.steps.map { step in
          .object([
            "id": .string(step.id),
            "title": .string(step.title),
            "passed": .int(step.passed),
            "passRate": .double((step.passRate * 10_000).rounded() / 10_000),
            "medianCommands": .optional(step.medianCommands),
            "medianSeconds": .optional(step.medianSeconds),
            "stoppedHere": .int(step.stoppedHere),
            "commonCommands": .array(
              step.commonCommands.map {
                .object(["command": .string($0.command), "learners": .int($0.learners), "times": .int($0.times)])
              }),
          ])
        }),
    ])
  }

  private static func similar(_ pair: SimilarCommandSequences) -> JSONValue {
    .object([
      "lab": .string(pair.labID),
      "paths": .array([.string(pair.paths.0), .string(pair.paths.1)]),
      "learners": .array([.string(pair.learners.0), .string(pair.learners.1)]),
      "similarity": .double(pair.similarity),
      "sharedRuns": .int(pair.sharedRuns),
    ])
  }

  private static func learner(_ grade: LearnerGrade) -> JSONValue {
    .object([
      "path": .string(grade.path),
      "lab": .string(grade.labID),
      "labTitle": .string(grade.labTitle),
      "learner": .object(["name": .string(grade.learnerName), "email": .string(grade.learnerEmail)]),
      "headCommit": .string(grade.headCommit),
      "seed": .string(String(grade.seed)),
      "status": .string(grade.status.rawValue),
      "stepsPassed": .int(grade.stepsPassed),
      "stepsTotal": .int(grade.steps.count),
      "points": .int(grade.points),
      "maxPoints": .int(grade.maxPoints),
      "hintsUsed": .int(grade.hintsUsed),
      "commandsTyped": .int(grade.commandsTyped),
      "timeSpentSeconds": .optional(grade.timeSpent),
      "simulatedTimeSeconds": .int64(grade.simulatedSeconds),
      "firstCommit": .optional(grade.firstCommitTime.map(ReportText.timestamp)),
      "lastCommit": .optional(grade.lastCommitTime.map(ReportText.timestamp)),
      "stoppedAt": .optional(grade.stoppedAt),
      "commandsWhereStopped": .array(grade.commandsWhereStopped.map(JSONValue.string)),
      "steps": .array(
        grade.steps.map { step in
          .object([
            "id": .string(step.id), "title": .string(step.title), "points": .int(step.points),
            "earned": .int(step.earned),
            "passed": .bool(step.passed), "commands": .optional(step.commands), "seconds": .optional(step.seconds),
          ])
        }),
      "findings": .array(
        grade.findings.map { finding in
          .object([
            "kind": .string(finding.kind.rawValue), "commit": .optional(finding.commit),
            "line": .optional(finding.line), "message": .string(finding.message),
          ])
        }),
      "otherAttempts": .array(grade.otherAttempts.map(JSONValue.string)),
    ])
  }
}
