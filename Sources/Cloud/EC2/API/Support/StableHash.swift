/// A fixed, platform-independent hash (Swift's `Hasher` is seeded per process, so it cannot be used
/// for anything that appears in output).
enum StableHash {
  /// 64-bit FNV-1a over the UTF-8 bytes of `text`.
  static func fnv1a64(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// `count` lowercase hex digits derived from `text`, for IDs the model does not store
  /// (reservation and attachment IDs) but that must read the same on every describe.
  static func hex(_ text: String, count: Int) -> String {
    var generator = SeededGenerator(seed: fnv1a64(text))
    return generator.hex(count)
  }
}
