import Testing
import TextLayout

/// Terminal columns as UAX #11 and the wcwidth convention give them: Wide and Fullwidth 2, Ambiguous 1,
/// marks and format characters 0, emoji presentation 2.
@Suite struct DisplayWidthTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let text: String
    let width: Int
    let why: String
    init(_ text: String, _ width: Int, _ why: String) {
      self.text = text
      self.width = width
      self.why = why
    }
    var testDescription: String { why }
  }

  static let cases: [Case] = [
    Case("", 0, "empty"),
    Case("Ana", 3, "ASCII is narrow"),
    Case("김민준", 6, "Hangul syllables are Wide"),
    Case("김민준 <minjun@example.com>", 27, "Korean and ASCII mixed"),
    Case("\u{1100}\u{1161}\u{11A8}", 2, "a syllable spelled in conjoining jamo is one two-column character"),
    Case("ｱｲｳ", 3, "halfwidth katakana is narrow"),
    Case("ＡＢ", 4, "fullwidth Latin is Fullwidth"),
    Case("漢字かな", 8, "CJK ideographs and kana"),
    Case("\u{3000}", 2, "the ideographic space is Fullwidth"),
    Case("é", 1, "precomposed é: Ambiguous counts 1 outside a CJK locale"),
    Case("e\u{301}", 1, "e + combining acute: the mark takes no column"),
    Case("a\u{308}\u{323}", 1, "two combining marks on one letter"),
    Case("한\u{302}", 2, "a combining mark on a wide letter"),
    Case("\u{301}", 0, "a lone combining mark"),
    Case("a\u{200B}b", 2, "zero width space"),
    Case("a\u{200D}b", 2, "zero width joiner between letters"),
    Case("\u{AD}", 1, "the soft hyphen is shown, as wcwidth does"),
    Case("–─×", 3, "Ambiguous punctuation, box drawing and the multiplication sign"),
    Case("😀", 2, "an emoji with emoji presentation"),
    Case("👍🏽", 2, "an emoji with a skin tone modifier"),
    Case("👨‍👩‍👧", 2, "an emoji ZWJ sequence is one picture"),
    Case("🇰🇷", 2, "a flag: two regional indicators"),
    Case("❤", 1, "a text-presentation symbol"),
    Case("❤️", 2, "the same symbol with VS16 asks for emoji presentation"),
    Case("1️⃣", 2, "a keycap sequence"),
    Case("ok 👍", 5, "text and emoji"),
    Case("\t\n", 0, "tabs and line breaks count nothing"),
    Case("\u{7F}\u{85}", 0, "DEL and C1 controls"),
  ]

  @Test(arguments: cases) func measures(_ c: Case) {
    #expect(c.text.displayWidth == c.width)
    #expect(c.text[...].displayWidth == c.width, "Substring measures like String")
  }

  /// Every precomposed Hangul syllable, U+AC00 to U+D7A3, is two columns.
  @Test func everyHangulSyllableIsWide() {
    let narrow = (0xAC00...0xD7A3).compactMap(Unicode.Scalar.init).filter { $0.displayWidth != 2 }
    #expect(narrow.isEmpty, "\(narrow.prefix(5).map { String($0.value, radix: 16) })")
  }

  /// Cross-check with the standard library's own Unicode data (a source independent of our tables): every
  /// scalar of Unicode 14.0 or earlier with Emoji_Presentation is wide, and every nonspacing or enclosing
  /// mark takes no column.
  @Test func agreesWithTheStandardLibrarysPropertiesUpToUnicode14() {
    var emoji = 0
    var marks = 0
    var wrong: [String] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age,
        age.major < 14 || (age.major == 14 && age.minor == 0)
      else { continue }
      if scalar.properties.isEmojiPresentation {
        emoji += 1
        if Character(scalar).displayWidth != 2 { wrong.append("emoji U+\(String(value, radix: 16))") }
      }
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark:
        marks += 1
        if scalar.displayWidth != 0 { wrong.append("mark U+\(String(value, radix: 16))") }
      default: break
      }
    }
    #expect(emoji > 1_000)
    #expect(marks > 1_500)
    #expect(wrong.isEmpty, "\(wrong.prefix(10))")
  }
}
