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

  /// Byte search, held to `firstRange(of:)` over the same bytes for every needle of a random text.
  @Test(arguments: [("", "", true), ("abc", "", true), ("", "a", false), ("ab", "abc", false), ("aab", "ab", true)])
  func occursFindsTheBytes(text: String, needle: String, found: Bool) {
    Array(text.utf8).withUnsafeBufferPointer { bytes in
      #expect(ASCIIText.occurs(Array(needle.utf8), in: bytes) == found)
    }
  }

  @Test func occursAgreesWithFirstRange() {
    var generator = SeededGenerator(seed: 9)
    // A small alphabet, so that partial matches and overlaps are common.
    let alphabet = Array("ab한 ".utf8)
    for _ in 0..<500 {
      let text = (0..<generator.index(30)).map { _ in alphabet[generator.index(alphabet.count)] }
      let needle = (0..<generator.index(5)).map { _ in alphabet[generator.index(alphabet.count)] }
      text.withUnsafeBufferPointer { bytes in
        #expect(ASCIIText.occurs(needle, in: bytes) == (needle.isEmpty || text.firstRange(of: needle) != nil))
      }
    }
  }
}
