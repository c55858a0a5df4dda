import Cloud
import Labs

/// Gradescope's autograder `results.json` for one submission: the score, one test per step
/// (`score`, `max_score`, `output`), and the integrity findings as a hidden test for the instructor.
enum GradescopeExport {
  static func render(_ grade: LearnerGrade) -> String {
    var tests: [JSONValue] = grade.steps.enumerated().map { index, step in
      .object([
        "name": .string("\(index + 1). \(step.title)"),
        "number": .string(String(index + 1)),
        "score": .int(step.earned),
        "max_score": .int(step.points),
        "output": .string(LMSWords.stepOutput(step, stoppedHere: grade.stoppedAt == step.id)),
        "visibility": .string("visible"),
      ])
    }
    if !grade.findings.isEmpty {
      tests.append(
        .object([
          "name": .string(LMSWords.integrityTest),
          "score": .int(0),
          "max_score": .int(0),
          "output": .string(grade.findings.map { "\($0.kind.rawValue): \($0.message)" }.joined(separator: "\n")),
          // Findings are for the instructor to weigh, not a verdict to show the learner.
          "visibility": .string("hidden"),
        ]))
    }
    return JSONValue.object([
      "score": .int(grade.points),
      "output": .string(LMSWords.feedback(grade)),
      "visibility": .string("visible"),
      "stdout_visibility": .string("hidden"),
      "extra_data": .object([
        "lab": .string(grade.labID),
        "seed": .string(String(grade.seed)),
        "status": .string(grade.status.rawValue),
        "simulatedTimeSeconds": .int64(grade.simulatedSeconds),
        "headCommit": .string(grade.headCommit),
      ]),
      "tests": .array(tests),
    ]).rendered()
  }
}
