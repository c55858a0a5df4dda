import Cloud
import Transcript

extension Attempt {
  /// Rebuilds an attempt from its transcript: every line is run again on a fresh world.
  ///
  /// A reset to a step keeps the lines that led up to that step and drops the rest, so the world
  /// is as it was when the step began; a full reset starts again from nothing.
  public static func replay(lab: Lab, seed: UInt64, entries: [TranscriptEntry]) throws(DescriptionErrors) -> (
    Attempt, [AttemptOutput]
  ) {
    var effective: [CommandRecord] = []
    for entry in entries {
      switch entry {
      case .command(let record):
        effective.append(record)
      case .reset(let step):
        effective = try prefix(of: effective, reaching: step, lab: lab, seed: seed)
      }
    }
    var attempt = try Attempt(lab: lab, seed: seed)
    var outputs: [AttemptOutput] = []
    for record in effective { outputs.append(attempt.replay(record)) }
    return (attempt, outputs)
  }

  /// The lines up to the point where `step` became the current step (none for a full reset).
  private static func prefix(of lines: [CommandRecord], reaching step: String?, lab: Lab, seed: UInt64)
    throws(DescriptionErrors) -> [CommandRecord]
  {
    guard let step, let target = lab.steps.firstIndex(where: { $0.id == step }) else { return [] }
    var attempt = try Attempt(lab: lab, seed: seed)
    if attempt.currentStep >= target { return [] }
    var kept: [CommandRecord] = []
    for line in lines {
      _ = attempt.replay(line)
      kept.append(line)
      if attempt.currentStep >= target { return kept }
    }
    return kept
  }
}
