import TextLayout

/// What the right answer to a question is, by kind.
public enum ExpectedAnswer: Sendable, Equatable {
  case choices(ChoiceQuestion)
  case number(NumberQuestion)
  case words(WordsQuestion)
}

/// One choice of a multiple-choice question.
public struct Choice: Sendable, Equatable {
  /// The choice as shown.
  public var text: String
  /// Said when this wrong choice is picked: the misconception it stands for.
  public var feedback: String?
  /// Other spellings that pick this choice when typed out (the English, in a translated lab).
  public var alsoAccepted: [String]

  public init(_ text: String, feedback: String? = nil, alsoAccepted: [String] = []) {
    self.text = text
    self.feedback = feedback
    self.alsoAccepted = alsoAccepted
  }
}

/// A multiple-choice question.
public struct ChoiceQuestion: Sendable, Equatable {
  /// The choices in the lab file's order: a, b, c … when not shuffled.
  public var choices: [Choice]
  /// The correct choice: a letter or its text, or a salted hash of its text.
  public var correct: AnswerKey
  /// True when labrun shows the choices itself, in an order drawn from the learner's seed.
  public var shuffle: Bool

  public init(choices: [Choice], correct: AnswerKey, shuffle: Bool = false) {
    self.choices = choices
    self.correct = correct
    self.shuffle = shuffle
  }

  /// The index (in the file's order) of the correct choice, nil when the key names none.
  public var correctIndex: Int? {
    switch correct {
    case .plain(let key):
      let wanted = AnswerText.normalize(key)
      if let index = choices.firstIndex(where: { AnswerText.normalize($0.text) == wanted }) { return index }
      if let letter = ChoiceLetters.index(of: wanted), letter < choices.count { return letter }
      return nil
    case .hashed(let hashed):
      return choices.firstIndex { hashed.matches(AnswerText.normalize($0.text)) }
    }
  }
}

/// A number question: the value, how far off is still right, and known wrong values.
public struct NumberQuestion: Sendable, Equatable {
  public var value: Double
  public var tolerance: Double
  /// The unit the number is in (`USD`, `hours`), said with the value in replies.
  public var unit: String?
  /// Wrong values that stand for a known mistake, each with what to say.
  public var wrong: [WrongValue]

  public init(value: Double, tolerance: Double, unit: String? = nil, wrong: [WrongValue] = []) {
    self.value = value
    self.tolerance = tolerance
    self.unit = unit
    self.wrong = wrong
  }
}

/// A wrong number that reveals a known mistake (one AZ instead of two, hours instead of months).
public struct WrongValue: Sendable, Equatable {
  public var value: Double
  public var tolerance: Double
  public var feedback: String

  public init(value: Double, tolerance: Double, feedback: String) {
    self.value = value
    self.tolerance = tolerance
    self.feedback = feedback
  }
}

/// A free-text question: the accepted words or phrases, and known wrong ones.
public struct WordsQuestion: Sendable, Equatable {
  /// Any of these, as the whole answer or a whole word or phrase in it, is right.
  public var keys: [AnswerKey]
  /// Wrong words that stand for a known mistake, each with what to say.
  public var wrong: [WrongWords]

  public init(keys: [AnswerKey], wrong: [WrongWords] = []) {
    self.keys = keys
    self.wrong = wrong
  }
}

/// Wrong words that reveal a known mistake: the endpoint's `vpce-…` ID where the route's `pl-…`
/// destination is asked.
public struct WrongWords: Sendable, Equatable {
  /// Patterns, each a word or phrase in which `*` stands for any run of characters other than a
  /// space (`vpce-*`); an answer holding one of them as a whole word or phrase is told `feedback`.
  public var patterns: [String]
  public var feedback: String

  public init(patterns: [String], feedback: String) {
    self.patterns = patterns
    self.feedback = feedback
  }

  /// True when one of the patterns is `phrase` (normalized).
  func matches(_ phrase: String) -> Bool {
    patterns.contains { AnswerText.matches(phrase, pattern: AnswerText.normalize($0)) }
  }
}

/// An answer key: the text itself, or a salted hash of it that a learner reading the lab cannot read.
public enum AnswerKey: Sendable, Equatable {
  case plain(String)
  case hashed(HashedAnswer)

  /// True when `phrase` (normalized) is this key.
  func matches(_ phrase: String) -> Bool {
    switch self {
    case .plain(let text): AnswerText.normalize(text) == phrase
    case .hashed(let hashed): hashed.matches(phrase)
    }
  }
}

/// `sha256:SALT:DIGEST`: the SHA-256 of `SALT:` followed by the normalized answer.
public struct HashedAnswer: Sendable, Equatable {
  public static let prefix = "sha256:"
  public var salt: String
  public var digest: String

  /// Parses `sha256:SALT:DIGEST`, or says what is wrong with it.
  public static func parse(_ text: String) -> Result<HashedAnswer, HashedAnswerProblem> {
    guard text.hasPrefix(prefix) else { return .failure(.notHashed) }
    let parts = text.dropFirst(prefix.count).split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return .failure(.shape) }
    let salt = String(parts[0])
    let digest = String(parts[1])
    guard !salt.isEmpty, salt.count <= 64, salt.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
      return .failure(.salt)
    }
    guard digest.count == 64, digest.allSatisfy({ "0123456789abcdef".contains($0) }) else {
      return .failure(.digest)
    }
    return .success(HashedAnswer(salt: salt, digest: digest))
  }

  /// The key for `answer` with `salt`; the answer is normalized first, as typed answers are.
  public static func make(answer: String, salt: String) -> HashedAnswer {
    HashedAnswer(salt: salt, digest: hash(AnswerText.normalize(answer), salt: salt))
  }

  /// The key as a lab file writes it.
  public var text: String { Self.prefix + salt + ":" + digest }

  /// True when `phrase` (normalized) hashes to this key.
  public func matches(_ phrase: String) -> Bool { Self.hash(phrase, salt: salt) == digest }

  private static func hash(_ phrase: String, salt: String) -> String {
    SHA256.hexDigest(of: Array((salt + ":" + phrase).utf8))
  }
}

/// Why a `sha256:` key does not parse.
public enum HashedAnswerProblem: Error, Sendable, Equatable {
  case notHashed, shape, salt, digest

  /// The problem in the words of a diagnostic.
  public var message: String {
    switch self {
    case .notHashed: "not a hashed key (it does not start with sha256:)"
    case .shape: "a hashed key is sha256:SALT:DIGEST, with exactly two ':' after sha256"
    case .salt: "the salt of a hashed key must be 1 to 64 ASCII letters or digits"
    case .digest: "the digest of a hashed key must be 64 lowercase hexadecimal digits"
    }
  }
}

/// The letters choices are shown with.
public enum ChoiceLetters {
  static let letters = Array("abcdefghijklmnopqrstuvwxyz").map(String.init)

  /// The letter of the choice shown at `index`.
  public static func letter(_ index: Int) -> String { index < letters.count ? letters[index] : "?" }

  /// The index a letter (`b`, `B`, `b)`) names, nil for anything else.
  static func index(of text: String) -> Int? {
    let stripped = String(AnswerText.normalize(text).trimming(charactersIn: ").:"))
    return letters.firstIndex(of: stripped) ?? koreanKeys.firstIndex(of: stripped)
  }

  /// What the keys a to h type with a Korean (dubeolsik) input method left on: `answer ㅠ` is a
  /// learner who meant `answer b` and forgot to switch back to English.
  static let koreanKeys = ["ㅁ", "ㅠ", "ㅊ", "ㅇ", "ㄷ", "ㄹ", "ㅎ", "ㅗ"]
}
