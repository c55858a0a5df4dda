/// Comparisons of S3 keys as S3 makes them: on the UTF-8 bytes, not on Swift's Unicode-aware
/// `String` ordering (which would treat differently normalised keys as equal).
enum S3KeyOrder {
  /// True when `a` sorts before `b` in S3's listing order (UTF-8 binary order).
  static func precedes(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
  }

  /// True when the two keys are the same bytes.
  static func same(_ a: String, _ b: String) -> Bool {
    a.utf8.elementsEqual(b.utf8)
  }

  /// True when `key` begins with the bytes of `prefix`.
  static func hasPrefix(_ key: String, _ prefix: String) -> Bool {
    key.utf8.starts(with: prefix.utf8)
  }

  /// The part of `key` after `prefix` (which it must start with).
  static func dropPrefix(_ prefix: String, from key: String) -> Substring.UTF8View {
    Substring(key).utf8.dropFirst(prefix.utf8.count)
  }
}
