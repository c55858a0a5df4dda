import Cloud

/// The order a learner sees a shuffled question's choices in: drawn from the attempt's seed, the lab
/// and the step, with labrun's own generator, so the same learner sees the same letters on every
/// resume and the grader's replay reads `answer b` exactly as the learner meant it.
enum ChoiceOrder {
  /// Indices into the file's choices, in the order they are shown.
  static func order(count: Int, seed: UInt64, lab: String, step: String) -> [Int] {
    var generator = SeededGenerator(seed: seed ^ fnv1a(lab + "\u{0}" + step))
    return generator.shuffled(Array(0..<count))
  }

  /// FNV-1a, 64 bits: a fixed mix of the names, unlike `Hasher`, which is seeded per process.
  private static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }

  /// The choices as labrun shows them under the instructions: `- a) …`, one a line.
  static func shownList(_ question: ChoiceQuestion, order: [Int]) -> String {
    order.enumerated().map { shown, index in
      "- \(ChoiceLetters.letter(shown))) \(question.choices[index].text)\n"
    }.joined()
  }
}
