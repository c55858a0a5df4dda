/// How a typed answer is read before it is compared: the same answer typed with full-width forms,
/// odd spacing or another case reads the same.
public enum AnswerText {
  /// Full-width forms folded to ASCII, lowercased, every run of spaces (any kind) made one, trimmed.
  ///
  /// A Korean input method types `ａｎｓｗｅｒ　ｂ` or `１４．６` when its full-width mode is on;
  /// those are the same answer.
  public static func normalize(_ text: String) -> String {
    normalizeASCII(text) ?? normalizeScalars(text)
  }

  /// `normalize` for any text: scalars folded, then characters lowercased and split.
  static func normalizeScalars(_ text: String) -> String {
    var folded = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0xFF01...0xFF5E: folded.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
      case 0x3000, 0x00A0, 0x2000...0x200B, 0x202F, 0x205F: folded.append(" ")
      default: folded.append(scalar)
      }
    }
    return String(folded).lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// `normalize` for a text of ASCII alone, byte by byte; nil for any other text.
  ///
  /// Every check of a question step reads its choices through `normalize` after every command,
  /// and the general path (scalars, then characters) cost most of grading an answered question.
  /// For ASCII the two agree: nothing is full-width, lowercasing is A–Z alone, and the characters
  /// that are whitespace are tab, line feed, vertical tab, form feed, carriage return (CR LF too)
  /// and space.
  static func normalizeASCII(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count)
      var space = false
      for byte in bytes {
        switch byte {
        case 0x80...: return nil
        case 0x09...0x0D, 0x20: space = true
        default:
          if space && !out.isEmpty { out.append(0x20) }
          space = false
          out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
      }
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// The first number in a text such as `$14.60`, `14.6 USD`, `1,000` or `14.6달러`.
  public static func number(in text: String) -> Double? {
    var digits = ""
    var started = false
    for character in normalize(text) {
      if character.isASCII && character.isNumber || (character == "." && started) || (character == "-" && !started) {
        digits.append(character)
        started = started || character.isNumber
      } else if character == "," && started {
        continue
      } else if started {
        break
      } else if !digits.isEmpty {
        // A minus sign not followed by a digit is a dash, not a sign.
        digits = ""
      }
    }
    return Double(digits)
  }

  /// True when `wanted` (normalized) is the whole of `answer` or a whole word or phrase in it.
  ///
  /// Korean attaches particles to the word before them (`게이트웨이를`, `gateway요`), so a phrase
  /// also matches at the start of a word whose rest is Hangul.
  public static func contains(_ answer: String, phrase wanted: String) -> Bool {
    guard !wanted.isEmpty else { return false }
    return candidatePhrases(of: answer).contains(wanted)
  }

  /// Every phrase of `answer` a keyword could be: each run of whole words, and each such run with a
  /// trailing run of Hangul (a particle) cut off its last word. Hashed keys are compared with these.
  public static func candidatePhrases(of answer: String) -> [String] {
    let words = answer.split(separator: " ").map(String.init)
    var phrases: [String] = []
    for start in words.indices {
      for end in start..<words.count {
        let run = words[start...end]
        let phrase = run.joined(separator: " ")
        phrases.append(phrase)
        let last = Array(run.last ?? "")
        // Cut a trailing Hangul ending off a word that does not itself end the phrase in Hangul alone.
        var cut = last.count
        while cut > 0, isHangul(last[cut - 1]) { cut -= 1 }
        guard cut < last.count else { continue }
        for keep in stride(from: last.count - 1, through: max(cut, 1), by: -1) {
          let stem = String(last[0..<keep])
          phrases.append((run.dropLast().map { $0 } + [stem]).joined(separator: " "))
        }
      }
    }
    return phrases
  }

  /// True when `phrase` is `pattern`, where each `*` of the pattern stands for any run of
  /// characters other than a space (so `vpce-*` is one word that starts with `vpce-`). Both are
  /// normalized.
  public static func matches(_ phrase: String, pattern: String) -> Bool {
    let text = Array(phrase)
    let parts = Array(pattern)
    // matched[p]: the pattern's first p characters match the text read so far.
    var matched = [Bool](repeating: false, count: parts.count + 1)
    matched[0] = true
    for p in parts.indices where parts[p] == "*" && matched[p] { matched[p + 1] = true }
    for character in text {
      var next = [Bool](repeating: false, count: parts.count + 1)
      for p in parts.indices where matched[p] {
        if parts[p] == "*" {
          if character != " " { next[p] = true }
        } else if parts[p] == character {
          next[p + 1] = true
        }
      }
      // A star may also match nothing.
      for p in parts.indices where parts[p] == "*" && next[p] { next[p + 1] = true }
      matched = next
    }
    return matched[parts.count]
  }

  private static func isHangul(_ character: Character) -> Bool {
    character.unicodeScalars.allSatisfy { (0xAC00...0xD7A3).contains($0.value) || (0x3130...0x318F).contains($0.value) }
  }
}
