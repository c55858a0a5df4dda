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
    try replay(lab: LabTranslations(lab), seed: seed, entries: entries)
  }

  /// Rebuilds an attempt from a transcript whose sessions may have spoken different languages: each
  /// line is run again in the language it records, so its notes come out as they were shown.
  ///
  /// The attempt returned speaks the language of the last line (the workspace's when there is none);
  /// a session going on in another calls `speak` first.
  public static func replay(lab translations: LabTranslations, seed: UInt64, entries: [TranscriptEntry])
    throws(DescriptionErrors) -> (Attempt, [AttemptOutput])
  {
    var translations = translations
    return try replay(translating: &translations, seed: seed, entries: entries)
  }

  /// `replay(lab:seed:entries:)`, keeping in `translations` the labs it translated on the way.
  static func replay(translating translations: inout LabTranslations, seed: UInt64, entries: [TranscriptEntry])
    throws(DescriptionErrors) -> (Attempt, [AttemptOutput])
  {
    var outputs: [AttemptOutput] = []
    let attempt = try replay(translating: &translations, seed: seed, entries: entries) { outputs.append($0) }
    return (attempt, outputs)
  }

  /// The attempt `entries` rebuild, each line's output handed to `each` as it is made: a resume
  /// drops them, so it does not hold every line's output until the last one has run.
  static func replay(
    translating translations: inout LabTranslations, seed: UInt64, entries: [TranscriptEntry],
    each: (AttemptOutput) -> Void
  ) throws(DescriptionErrors) -> Attempt {
    var effective: [CommandRecord] = []
    for entry in entries {
      switch entry {
      case .command(let record):
        effective.append(record)
      case .reset(let step):
        effective = try prefix(of: effective, reaching: step, translations: &translations, seed: seed)
      }
    }
    var attempt = try Attempt(lab: translations.lab, seed: seed)
    for record in effective { each(attempt.replay(record, in: &translations)) }
    return attempt
  }

  /// The lines up to the point where `step` became the current step (none for a full reset).
  private static func prefix(
    of lines: [CommandRecord], reaching step: String?, translations: inout LabTranslations, seed: UInt64
  ) throws(DescriptionErrors) -> [CommandRecord] {
    let lab = translations.lab
    guard let step, let target = lab.steps.firstIndex(where: { $0.id == step }) else { return [] }
    var attempt = try Attempt(lab: lab, seed: seed)
    if attempt.currentStep >= target { return [] }
    var kept: [CommandRecord] = []
    for line in lines {
      // In the line's own language: an answer typed in Korean is judged by the Korean choices.
      _ = attempt.replay(line, in: &translations)
      kept.append(line)
      if attempt.currentStep >= target { return kept }
    }
    return kept
  }
}
