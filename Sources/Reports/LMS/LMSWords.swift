import Labs

/// Every sentence the LMS exports write for learners and instructors, in one place to translate.
enum LMSWords {
  static let feedbackColumn = "feedback"
  static let integrityTest = "Integrity findings (for the instructor)"

  /// `5 of 7 steps passed, 60/100 points, 2 hints, 40 commands, 12m 30s of simulated time.`
  static func feedback(_ grade: LearnerGrade) -> String {
    var text =
      "\(grade.labTitle): \(grade.stepsPassed) of \(grade.steps.count) steps passed, \(grade.points)/\(grade.maxPoints) points, \(grade.hintsUsed) hint\(grade.hintsUsed == 1 ? "" : "s"), \(grade.commandsTyped) command\(grade.commandsTyped == 1 ? "" : "s"), \(ReportText.duration(grade.simulatedSeconds)) of simulated time."
    if let stopped = grade.stoppedAt, let step = grade.steps.firstIndex(where: { $0.id == stopped }) {
      text += " Stopped at step \(step + 1), \(grade.steps[step].title)."
    }
    return text
  }

  static func stepOutput(_ step: StepGrade, stoppedHere: Bool) -> String {
    if step.passed {
      let commands = step.commands.map { " in \($0) command\($0 == 1 ? "" : "s")" } ?? ""
      return "Passed\(commands)."
    }
    return stoppedHere ? "Not passed: the attempt ends on this step." : "Not passed: not reached."
  }
}
