import Testing
import TextLayout

/// awscli's `get_text_length`: 2 for each code point Python's unicodedata calls W, F or A, else 1.
/// Classes below are those of EastAsianWidth.txt (Unicode 14.0).
@Suite struct EastAsianWidthTests {
  @Test(arguments: [
    ("", 0),
    ("Name", 4),
    ("김민준", 6),  // W
    ("ＡＢ", 4),  // F
    ("ｱ", 1),  // H
    ("é", 2),  // A
    ("e\u{301}", 3),  // Na + A: combining marks count too, unlike in a terminal
    ("–", 2),  // A
    ("😀", 2),  // W
    ("🇰🇷", 2),  // N + N
    ("❤️", 3),  // N + A (VS16)
    ("\u{378}", 2),  // unassigned: Python reports F
    ("lab-vpc 테스트", 14),
  ])
  func countsAsAwscliDoes(text: String, length: Int) {
    #expect(EastAsianWidth.awscliLength(text) == length)
  }

  @Test(arguments: [
    (Unicode.Scalar(0xA0)!, false), (Unicode.Scalar(0xA1)!, true), (Unicode.Scalar(0x300)!, true),
    (Unicode.Scalar(0x1100)!, true), (Unicode.Scalar(0x1160)!, false), (Unicode.Scalar(0xFF61)!, false),
    (Unicode.Scalar(0xFFFD)!, true), (Unicode.Scalar(0x1F1E6)!, false), (Unicode.Scalar(0x10FFFF)!, true),
  ])
  func classifiesScalars(scalar: Unicode.Scalar, wide: Bool) {
    #expect(EastAsianWidth.isWideFullwidthOrAmbiguous(scalar) == wide)
  }
}
