/// The `README.md` of a learner's workspace: where they are, in words anyone can read on a git host.
public enum ProgressPage {
  public static func render(_ attempt: Attempt, learner: String) -> String {
    let lab = attempt.lab
    var text = "# \(lab.title)\n\nLab `\(lab.id)` · learner \(learner) · seed \(attempt.seed)\n\n"
    // No command count here: the page then changes only when progress does, and most saves skip it.
    text +=
      "**\(attempt.passed.count) of \(lab.steps.count) steps passed · \(attempt.points)/\(lab.maxPoints) points · \(attempt.hintsUsed) hints used**\n\n"
    text += "| | step | points |\n| --- | --- | --- |\n"
    for (index, step) in lab.steps.enumerated() {
      let mark = attempt.passed.contains(step.id) ? "✓" : (index == attempt.currentStep ? "→" : "✗")
      text += "| \(mark) | \(index + 1). \(step.title) | \(step.points) |\n"
    }
    text += """

      Resume with `labrun start \(lab.id)`; hand in with `labrun submit \(lab.id) --remote URL`.
      The transcript (`transcript-*.jsonl`) is what counts: grading replays it.

      """
    return text
  }
}
