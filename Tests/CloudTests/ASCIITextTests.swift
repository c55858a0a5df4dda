import Testing

@testable import Cloud

/// `ASCIIText` against the character-walking calls it stands for.
@Suite struct ASCIITextTests {
  @Test(arguments: [
    "s3.ap-northeast-2.amazonaws.com", "", ".", "..", "a..b.", ".a", "x\r\n.y", "한국.test.", "é.e\u{301}.",
    "a.b.c.d.e.f",
    "bucket.vpce-0916e80803286e2d6-s14qjhy6.s3.ap-northeast-2.vpce.amazonaws.com",
  ])
  func splitAtADotSplitsAsCharactersDo(text: String) {
    #expect(ASCIIText.split(text, at: UInt8(ascii: ".")) == text.split(separator: ".").map(String.init))
  }

  /// Every ASCII byte as the separator, in texts that hold it at the ends, twice in a row and
  /// next to a CRLF.
  @Test func splitAtEveryASCIISeparatorButCRAndLF() {
    for value in UInt8(0)..<0x80 where value != 0x0D && value != 0x0A {
      let separator = Character(Unicode.Scalar(value))
      let text = "\(separator)ab\(separator)\(separator)c\r\n\(separator)d\(separator)"
      #expect(ASCIIText.split(text, at: value) == text.split(separator: separator).map(String.init), "byte \(value)")
    }
  }

  @Test(arguments: [("", true), ("abc\r\n", true), ("\u{7F}", true), ("é", false), ("ab한", false), ("\u{80}", false)])
  func holdsOnlyASCII(text: String, ascii: Bool) {
    #expect(ASCIIText.holds(text) == ascii)
  }
}
