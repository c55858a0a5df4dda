import Testing

@testable import Cloud

/// A listing's roll-up of a key into a common prefix, searched at the key's bytes, held to the
/// plain reading of S3's rule on random keys: the key's bytes up to and including the first
/// delimiter after the prefix, else the key itself.
@Suite struct S3RollUpTests {
  /// The rule read plainly, over copies of the bytes.
  static func expected(_ key: String, prefix: String, delimiter: String) -> ContinuationToken.Position {
    let rest = Array(key.utf8.dropFirst(prefix.utf8.count))
    let needle = Array(delimiter.utf8)
    guard rest.count >= needle.count else { return .afterKey(key) }
    for start in 0...(rest.count - needle.count) where Array(rest[start..<(start + needle.count)]) == needle {
      let bytes = Array(prefix.utf8) + rest[..<(start + needle.count)]
      return String(validating: bytes, as: UTF8.self).map { .afterPrefix($0) } ?? .afterKey(key)
    }
    return .afterKey(key)
  }

  /// A position by its bytes: Strings compare by canonical equivalence, and é precomposed must
  /// not pass for é decomposed.
  static func bytes(_ position: ContinuationToken.Position) -> [UInt8] {
    switch position {
    case .afterKey(let key): [0] + Array(key.utf8)
    case .afterPrefix(let common): [1] + Array(common.utf8)
    }
  }

  static let pieces = ["a", "b", "/", "//", "-", "é", "e\u{301}", "한", "국", "🙂", " ", "%", "ab", "/a"]

  @Test(arguments: [1, 2, 3, 4])
  func rolledUpAsTheRuleSays(seed: UInt64) throws {
    var generator = SeededGenerator(seed: seed)
    let store = S3Store(buckets: [])
    for _ in 0..<2_000 {
      func word(_ most: Int) -> String {
        (0..<generator.index(most + 1)).map { _ in Self.pieces[generator.index(Self.pieces.count)] }
          .joined()
      }
      let prefix = word(2)
      let key = prefix + word(6)
      let delimiter = generator.pick([word(2), "/", "한", "🙂", "é"])!
      guard !delimiter.isEmpty else { continue }
      let found = store.rollUp(key, prefix: prefix, delimiter: delimiter)
      let wanted = Self.expected(key, prefix: prefix, delimiter: delimiter)
      #expect(
        Self.bytes(found) == Self.bytes(wanted),
        "key \(key.debugDescription), prefix \(prefix.debugDescription), delimiter \(delimiter.debugDescription)")
    }
  }

  @Test func noDelimiterKeepsTheKey() {
    #expect(S3Store(buckets: []).rollUp("a/b", prefix: "", delimiter: nil) == .afterKey("a/b"))
  }
}
