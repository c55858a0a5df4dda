/// The `README.md` of a learner's workspace: where they are, in words anyone can read on a git host.
public enum ProgressPage {
  /// The marks the totals line (`progress-totals`) is filled with; the audit reads them back.
  static let totalsMarks: Set<String> = ["passed", "count", "points", "max", "hints"]

  public static func render(_ attempt: Attempt, learner: String) -> String {
    let lab = attempt.lab
    let say = lab.messages.say
    var text = "# \(lab.title)\n\n"
    text += say(.progressLine, ["lab": lab.id, "learner": learner, "seed": "\(attempt.seed)"]) + "\n\n"
    // No command count here: the page then changes only when progress does, and most saves skip it.
    let totals = [
      "passed": "\(attempt.passed.count)", "count": "\(lab.steps.count)", "points": "\(attempt.points)",
      "max": "\(lab.maxPoints)", "hints": "\(attempt.hintsUsed)",
    ]
    text += say(.progressTotals, totals) + "\n\n"
    text += say(.progressHeader, [:]) + "\n| --- | --- | --- |\n"
    for (index, step) in lab.steps.enumerated() {
      let mark = StepMark.mark(passed: attempt.passed.contains(step.id), current: index == attempt.currentStep)
      // A step whose wrong tries cost points shows what it earned of them: `3/5`.
      let earned = attempt.pointsEarned(step: step.id)
      let points = earned.map { $0 < step.points ? "\($0)/\(step.points)" : "\(step.points)" } ?? "\(step.points)"
      text += "| \(mark) | \(index + 1). \(step.title) | \(points) |\n"
    }
    text += "\n" + say(.progressFooter, ["lab": lab.id]) + "\n\n"
    return text
  }
}
