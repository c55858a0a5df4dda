import Testing

@testable import TextLayout

/// `UTF8Validation` reads ASCII eight bytes at a time: the first bad byte must be found wherever
/// it falls against those words, and well-formed text must pass as the standard library says.
@Suite struct UTF8ValidationTests {
  static let bad: [(name: String, bytes: [UInt8])] = [
    ("lone continuation", [0x80]), ("overlong slash", [0xC0, 0xAF]), ("surrogate", [0xED, 0xA0, 0x80]),
    ("past U+10FFFF", [0xF4, 0x90, 0x80, 0x80]), ("cut short", [0xE2, 0x82]), ("Latin-1 é", [0xE9]),
    ("0xFF", [0xFF]),
  ]

  @Test(arguments: 0..<20)
  func findsTheBadByteAtEveryOffset(_ offset: Int) {
    for (name, sequence) in UTF8ValidationTests.bad {
      let bytes = Array(repeating: UInt8(ascii: "a"), count: offset) + sequence + Array("tail text".utf8)
      #expect(UTF8Validation.firstInvalidOffset(bytes) == offset, "\(name) at \(offset)")
    }
  }

  @Test(arguments: 0..<20)
  func wellFormedTextPasses(_ offset: Int) {
    for text in ["", "plain ASCII words", "한국어 실습", "é", "🙂 emoji", "\u{10FFFF}"] {
      let bytes = Array(repeating: UInt8(ascii: "x"), count: offset) + Array(text.utf8) + Array("123456789".utf8)
      #expect(UTF8Validation.firstInvalidOffset(bytes) == nil, "\(text) at \(offset)")
    }
  }

  /// Agrees with the standard library on many short byte strings, good and bad.
  @Test func agreesWithTheStandardLibrary() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<5_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int(state % 24) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let roll = UInt8(truncatingIfNeeded: state >> 56)
        bytes.append(roll < 200 ? roll & 0x7F : roll)
      }
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let valid = String(validating: bytes, as: UTF8.self) != nil
      #expect((UTF8Validation.firstInvalidOffset(bytes) == nil) == valid, "\(bytes)")
    }
  }
}
