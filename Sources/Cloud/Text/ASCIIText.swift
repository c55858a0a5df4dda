/// Whether text can be split at bytes in place of characters.
///
/// In ASCII text each byte is one character, except a CRLF, which is one character of two bytes.
/// So splitting ASCII text at any byte other than "\r" and "\n" gives the pieces that splitting
/// its characters gives (a split at "\n" must keep "\r\n" whole, as `ResolvConfWords` does),
/// without walking characters, which cost thousands of instructions on the per-command paths that
/// split URLs, DNS names and resolv.conf. And ASCII text lowercases as `lowercased()` would byte by
/// byte, A–Z alone changing.
public enum ASCIIText {
  /// Whether every byte of `text` is ASCII.
  public static func holds(_ text: String) -> Bool {
    // A native string lends its bytes, and ORing them in a plain loop costs a fraction of walking
    // the UTF-8 view's indices; a bridged or shared one is walked.
    text.utf8.withContiguousStorageIfAvailable(holds) ?? text.utf8.allSatisfy { $0 < 0x80 }
  }

  /// `text.split(separator:)` at `separator` (an ASCII character other than CR and LF), empty
  /// pieces left out: at the bytes of ASCII text, where the separator is one byte and never part
  /// of a CRLF, and at the characters of any other text.
  public static func split(_ text: String, at separator: UInt8) -> [String] {
    // At a CR or LF a CRLF would be split, which splitting characters never does.
    precondition(separator < 0x80 && separator != 0x0D && separator != 0x0A, "not a separator ASCIIText can split at")
    let pieces: [String]?? = text.utf8.withContiguousStorageIfAvailable { bytes in
      guard holds(bytes) else { return nil }
      var pieces: [String] = []
      var start = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == separator {
        if index > start {
          pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        }
        start = index + 1
      }
      return pieces
    }
    if let pieces = pieces.flatMap({ $0 }) { return pieces }
    return text.split(separator: Character(Unicode.Scalar(separator))).map(String.init)
  }

  /// Whether every byte of `bytes` is ASCII.
  public static func holds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var union: UInt8 = 0
    for byte in bytes { union |= byte }
    return union < 0x80
  }

  /// Whether the bytes of `needle` occur, in order and together, in `bytes`.
  ///
  /// For an ASCII needle this is necessary for any character-level or Foundation match: no
  /// character but an ASCII one is, or composes to, ASCII letters, digits or spaces.
  public static func occurs(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = needle.first else { return true }
    guard bytes.count >= needle.count else { return false }
    for start in 0...(bytes.count - needle.count) where bytes[start] == first {
      var offset = 1
      while offset < needle.count, bytes[start + offset] == needle[offset] { offset += 1 }
      if offset == needle.count { return true }
    }
    return false
  }

  /// `byte` lowercased as `lowercased()` lowercases an ASCII string: A–Z become a–z.
  public static func lowercased(_ byte: UInt8) -> UInt8 {
    byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
  }
}
