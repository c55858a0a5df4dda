import Transcript

/// A lab in the language its workspace was started in, and the way to have it in any other.
///
/// Each session speaks the language chosen for it, and each transcript line records the one it was
/// said in (`CommandRecord.language`, nil for the workspace's own). Replay asks this for the lab in
/// each line's language, so every line's notes come out as the learner saw them.
public struct LabTranslations: Sendable {
  /// The lab in the workspace's own language (`labrun.json`'s), which lines without a language speak.
  public let lab: Lab
  private let translate: @Sendable (Language) -> Lab
  /// Labs already asked for, so a transcript whose sessions alternate languages translates each once.
  private var asked: [Language: Lab]

  /// `lab` in the workspace's language; `translate` gives it in another (each is asked for once).
  public init(_ lab: Lab, translate: @escaping @Sendable (Language) -> Lab) {
    self.lab = lab
    self.translate = translate
    asked = [lab.language: lab]
  }

  /// A lab that has no other language: every line is replayed in `lab`'s, whatever it records.
  public init(_ lab: Lab) {
    self.init(lab, translate: { _ in lab })
  }

  /// The language a line was said in: its own, else the workspace's. A name labrun does not know
  /// counts as the workspace's, whose notes then show the line as not reproduced if they differ.
  public func language(of record: CommandRecord) -> Language {
    language(tagged: record.language)
  }

  /// The language a line's tag names, by the same rule as `language(of:)`.
  func language(tagged tag: String?) -> Language {
    tag.flatMap(Language.init(rawValue:)) ?? lab.language
  }

  /// The lab in `language`.
  public mutating func lab(in language: Language) -> Lab {
    if let found = asked[language] { return found }
    let spoken = translate(language)
    asked[language] = spoken
    return spoken
  }
}

extension Attempt {
  /// Runs a recorded command again in the language it was recorded in.
  public mutating func replay(_ record: CommandRecord, in translations: inout LabTranslations) -> AttemptOutput {
    let language = translations.language(of: record)
    if language != lab.language { speak(translations.lab(in: language)) }
    return replay(record)
  }
}
