/// Whether text can be split at bytes in place of characters.
///
/// In ASCII text each byte is one character, except a CRLF, which is one character of two bytes.
/// So splitting ASCII text at any byte other than "\r" and "\n" gives the pieces that splitting
/// its characters gives (a split at "\n" must keep "\r\n" whole, as `ResolvConfWords` does),
/// without walking characters, which cost thousands of instructions on the per-command paths that
/// split URLs, DNS names and resolv.conf.
enum ASCIIText {
  /// Whether every byte of `text` is ASCII.
  static func holds(_ text: String) -> Bool {
    // A native string lends its bytes, and ORing them in a plain loop costs a fraction of walking
    // the UTF-8 view's indices; a bridged or shared one is walked.
    text.utf8.withContiguousStorageIfAvailable(holds) ?? text.utf8.allSatisfy { $0 < 0x80 }
  }

  /// Whether every byte of `bytes` is ASCII.
  static func holds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var union: UInt8 = 0
    for byte in bytes { union |= byte }
    return union < 0x80
  }
}
