import Testing

@testable import Labs

/// The byte-wise reading of an ASCII answer (issue 17) gives exactly what the general reading
/// gives, for every ASCII character and for answers made of any of them.
@Suite struct AnswerTextASCIITests {
  @Test func everyASCIICharacterAloneAndBetweenWords() {
    for value in UInt8(0)..<0x80 {
      let character = String(decoding: [value], as: UTF8.self)
      for text in [character, "A\(character)b", "\(character)\(character)Answer  B\(character)", "x \(character) y"] {
        #expect(AnswerText.normalizeASCII(text) == AnswerText.normalizeScalars(text), "byte \(value)")
      }
    }
  }

  @Test func seededRandomAnswers() {
    // A small linear congruential generator: the same answers every run.
    var state: UInt64 = 0x5DEE_CE66_D
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    let alphabet = Array("aZ 09\t\r\n.-_$,B  \u{0B}\u{0C}\u{1C}\u{1F}\u{7F}\u{00}".utf8)
    for _ in 0..<2_000 {
      let length = Int(next() % 24)
      let bytes = (0..<length).map { _ in
        next() % 3 == 0 ? UInt8(next() % 0x80) : alphabet[Int(next()) % alphabet.count]
      }
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(AnswerText.normalizeASCII(text) == AnswerText.normalizeScalars(text), "\(bytes)")
    }
  }

  @Test(arguments: ["answer b", "１４．６", "게이트웨이", "caf\u{E9}", "A\u{00A0}B", "x\u{0085}y"])
  func otherTextTakesTheGeneralPath(_ text: String) {
    #expect(AnswerText.normalizeASCII(text) == nil || text.utf8.allSatisfy { $0 < 0x80 })
    #expect(AnswerText.normalize(text) == AnswerText.normalizeScalars(text))
  }

  @Test(arguments: [
    ("  Answer   B ", "answer b"), ("ANSWER\tb", "answer b"), ("14.6\r\n", "14.6"), ("", ""), (" \t ", ""),
  ])
  func readsAsBefore(_ text: String, _ expected: String) {
    #expect(AnswerText.normalize(text) == expected)
  }
}
