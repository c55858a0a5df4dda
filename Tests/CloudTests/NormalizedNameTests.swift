import Testing

@testable import Cloud

/// DNS names as the world compares them: lowercased, trailing dots dropped, ASCII names at their
/// bytes and others through `lowercased()`, with the same results either way.
@Suite struct NormalizedNameTests {
  @Test(arguments: [
    ("s3.ap-northeast-2.amazonaws.com", "s3.ap-northeast-2.amazonaws.com"),
    ("S3.AP-Northeast-2.AmazonAWS.com.", "s3.ap-northeast-2.amazonaws.com"), ("example.test...", "example.test"),
    ("...", ""), ("", ""), (".", ""), ("A", "a"), ("Z@[`{", "z@[`{"), ("a.b.", "a.b"), ("ÉCOLE.test.", "école.test"),
    ("한국.TEST.", "한국.test"), ("x\r\n.", "x\r\n"), ("ǅ.com", "ǆ.com"),
  ])
  func namesAreLowercasedWithoutTrailingDots(name: String, normalized: String) {
    #expect(World.normalizedName(name) == normalized)
  }

  /// Every ASCII byte, alone and before a dot, against the Unicode lowercasing of the string.
  @Test func everyASCIIByteLowercasesAsUnicodeDoes() {
    for value in UInt8(0)..<0x80 {
      let text = String(decoding: [value, UInt8(ascii: "x"), value], as: UTF8.self)
      var expected = text.lowercased()
      while expected.hasSuffix(".") { expected.removeLast() }
      #expect(World.normalizedName(text) == expected, "byte \(value)")
      #expect(World.normalizedName(text + ".") == expected, "byte \(value) and a dot")
    }
  }
}
