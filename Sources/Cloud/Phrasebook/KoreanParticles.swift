/// Korean particles after a value filled into a sentence, chosen by how the value is read aloud.
///
/// A Korean particle has one form after a syllable that ends in a consonant and another after a
/// vowel (`V1이`, `V3가`; `포트 443을`, `10.0.0.2를`), and `(으)로` takes `로` after `ㄹ` too. A
/// sentence that puts an id, a host or a name before a particle therefore writes the particle in its
/// double form, as Korean software does when it cannot know the word (`이(가)`, `을(를)`, `은(는)`,
/// `과(와)`, `(으)로`, `(이)었`, `(이)라`), and `resolved` picks the one form when the word before
/// tells: a Hangul syllable by its final consonant, a number as Korean reads it (`443` ends in
/// 삼, `10.0.0.20` in 이십), a short name of letters and a digit in English (`V3` is 브이쓰리, `EC2`
/// 이씨투), an acronym or an id by its letters' names (`VPC` ends in 씨, `…c95b06` in 육), and an
/// English word when its last letters tell (`shell`, `…amazonaws.com`). Where the reading is not
/// clear (`public`, `name`) the double form stays, which reads correctly either way.
public enum KoreanParticles {
  /// How the word before a particle ends when read aloud.
  enum Ending {
    case vowel
    /// The final consonant ㄹ, which takes `로` as a vowel does and every other particle as a
    /// consonant does.
    case rieul
    case consonant
  }

  /// A double form and what it becomes after each ending.
  struct Particle {
    let double: [Unicode.Scalar]
    let afterConsonant: String
    let afterVowel: String
    let afterRieul: String
  }

  static let particles: [Particle] = [
    Particle(double: Array("이(가)".unicodeScalars), afterConsonant: "이", afterVowel: "가", afterRieul: "이"),
    Particle(double: Array("을(를)".unicodeScalars), afterConsonant: "을", afterVowel: "를", afterRieul: "을"),
    Particle(double: Array("은(는)".unicodeScalars), afterConsonant: "은", afterVowel: "는", afterRieul: "은"),
    Particle(double: Array("과(와)".unicodeScalars), afterConsonant: "과", afterVowel: "와", afterRieul: "과"),
    Particle(double: Array("(으)로".unicodeScalars), afterConsonant: "으로", afterVowel: "로", afterRieul: "로"),
    Particle(double: Array("(이)었".unicodeScalars), afterConsonant: "이었", afterVowel: "였", afterRieul: "이었"),
    Particle(double: Array("(이)라".unicodeScalars), afterConsonant: "이라", afterVowel: "라", afterRieul: "이라"),
  ]

  /// `text` with every double form whose word before it can be read replaced by its one form.
  public static func resolved(_ text: String) -> String {
    // Every double form holds `(` before a Hangul syllable (UTF-8 lead bytes 0xEA–0xED): English
    // text has none, and this is asked of every sentence a lab says.
    guard holdsDoubleForm(text) else { return text }
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if let particle = particles.first(where: { starts(scalars, at: index, with: $0.double) }) {
        switch ending(before: result) {
        case .vowel?: result.append(contentsOf: particle.afterVowel.unicodeScalars)
        case .rieul?: result.append(contentsOf: particle.afterRieul.unicodeScalars)
        case .consonant?: result.append(contentsOf: particle.afterConsonant.unicodeScalars)
        case nil: result.append(contentsOf: particle.double)
        }
        index += particle.double.count
      } else {
        result.append(scalars[index])
        index += 1
      }
    }
    return String(result)
  }

  /// Whether `text` has a `(` right before a Hangul syllable.
  static func holdsDoubleForm(_ text: String) -> Bool {
    func holds(_ bytes: some Collection<UInt8>) -> Bool {
      var previous: UInt8 = 0
      for byte in bytes {
        if previous == UInt8(ascii: "("), byte >= 0xEA, byte <= 0xED { return true }
        previous = byte
      }
      return false
    }
    // At the bytes a native string lends: walking its UTF-8 view cost several times as much.
    return text.utf8.withContiguousStorageIfAvailable { holds($0) } ?? holds(text.utf8)
  }

  private static func starts(_ scalars: [Unicode.Scalar], at index: Int, with prefix: [Unicode.Scalar]) -> Bool {
    guard index + prefix.count <= scalars.count else { return false }
    for offset in prefix.indices where scalars[index + offset] != prefix[offset] { return false }
    return true
  }

  /// How the text ends when read aloud, looking through closing quotes and brackets (`` `V3` ``
  /// reads as V3); nil when it ends in a space, in nothing, or in a word whose reading is not clear.
  static func ending(before text: String.UnicodeScalarView) -> Ending? {
    var end = text.endIndex
    while end > text.startIndex, "`'\"’”)]".unicodeScalars.contains(text[text.index(before: end)]) {
      end = text.index(before: end)
    }
    guard end > text.startIndex else { return nil }
    let last = text[text.index(before: end)]
    if let syllable = hangulEnding(last) { return syllable }
    guard last.isASCII, isAlphanumeric(last) else { return nil }
    var start = end
    while start > text.startIndex, isAlphanumeric(text[text.index(before: start)]) { start = text.index(before: start) }
    return asciiEnding(String(text[start..<end]))
  }

  /// A Hangul syllable's ending, from its final consonant (none, ㄹ, or another).
  static func hangulEnding(_ scalar: Unicode.Scalar) -> Ending? {
    guard (0xAC00...0xD7A3).contains(scalar.value) else { return nil }
    switch (scalar.value - 0xAC00) % 28 {
    case 0: return .vowel
    case 8: return .rieul
    default: return .consonant
    }
  }

  private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9": true
    default: false
    }
  }

  /// The ending of an ASCII word of letters and digits.
  static func asciiEnding(_ word: String) -> Ending? {
    let characters = Array(word.unicodeScalars)
    guard let last = characters.last else { return nil }
    let letters = characters.filter { !("0"..."9").contains($0) }
    if ("0"..."9").contains(last) {
      // A product's or host's short name (`V3`, `S3`, `EC2`) has its number read in English;
      // any other number is read in Korean (`443` ends in 삼, `20` in 십).
      let digits = characters.count - letters.count
      let named =
        !letters.isEmpty && letters.count <= 3 && digits <= 2 && characters.prefix(letters.count) == letters[...]
      return named ? englishDigit(last) : koreanDigit(last)
    }
    let lower = Unicode.Scalar(last.value | 0x20)!
    // An acronym (`VPC`, `DNS`), a short lower-case one (`idc`, `igw`) or an id's last letter
    // (`…0a1b`) is read by its letters' names.
    if ("A"..."Z").contains(last) || letters.count <= 3 || letters.count < characters.count {
      return letterName(lower)
    }
    // An English word: its last letters tell only sometimes.
    if word.lowercased().hasSuffix("ng") { return .consonant }
    switch lower {
    case "l": return .rieul
    case "m", "n": return .consonant
    case "a", "i", "o", "u", "y", "r", "w", "s", "x", "z", "h", "f": return .vowel
    default: return nil
    }
  }

  /// The ending of a letter's Korean name (에이, 비, 씨 … 엘, 엠, 엔 … 알).
  private static func letterName(_ letter: Unicode.Scalar) -> Ending {
    switch letter {
    case "l", "r": .rieul
    case "m", "n": .consonant
    default: .vowel
    }
  }

  /// A digit as Korean reads it: 영, 일, 이, 삼, 사, 오, 육, 칠, 팔, 구 (and 십, 백 … after a zero).
  private static func koreanDigit(_ digit: Unicode.Scalar) -> Ending {
    switch digit {
    case "2", "4", "5", "9": .vowel
    case "1", "7", "8": .rieul
    default: .consonant
    }
  }

  /// A digit as English reads it: 제로, 원, 투, 쓰리, 포, 파이브, 식스, 세븐, 에잇, 나인.
  private static func englishDigit(_ digit: Unicode.Scalar) -> Ending {
    switch digit {
    case "1", "7", "8", "9": .consonant
    default: .vowel
    }
  }
}
