/// A language the simulation's own explanations (`why`, `topology`) can be said in.
///
/// Labs has its own `Language` for the lab's texts; this one lives in Cloud so the pure core can
/// say its sentences without knowing about labs.
public enum PhraseLanguage: String, CaseIterable, Sendable, Equatable, Codable {
  case english
  case korean
}

/// One sentence the simulation says about itself, rendered in every language it speaks.
///
/// A phrase is built where the facts are (an event, a route, a drop reason), so each rendering can
/// put the same values where its own grammar wants them: Korean puts the verb last and often turns
/// an English clause around. Adding a sentence means adding one `Phrase(english:korean:)`; there is
/// no key to register and no catalogue to keep in step.
public struct Phrase: Sendable, Equatable {
  /// Raised whenever a Korean rendering changes: `why` and `topology` are recorded in transcripts,
  /// so a translated lab's digest folds this in and an older attempt grades as "lab changed".
  public static let edition = 5

  /// The sentence in English.
  public let english: String
  /// The sentence in Korean, with AWS Korean documentation's terms.
  public let korean: String

  /// A phrase from its renderings.
  public init(english: String, korean: String) {
    self.english = english
    self.korean = korean
  }

  /// The phrase in `language`; in Korean, a particle written in its double form after a filled
  /// value (`\(id)을(를)`) takes the form the value's reading needs (`KoreanParticles`).
  public func text(_ language: PhraseLanguage) -> String {
    switch language {
    case .english: english
    case .korean: KoreanParticles.resolved(korean)
    }
  }

  /// This phrase followed by `other`, with a space in both languages.
  public func then(_ other: Phrase) -> Phrase {
    Phrase(english: english + " " + other.english, korean: korean + " " + other.korean)
  }
}
