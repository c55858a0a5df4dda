/// A commit id as a grade keeps it: the 20 bytes of a SHA-1 name, not the 40 characters of its hex.
///
/// A class's grades are held until the report is written, and each keeps its head commit's id (and a
/// finding's): as a `String`, 40 hex characters are an 80-byte allocation per id, where the bytes fit
/// in the value itself. Anything that is not a lowercase SHA-1 name is kept as it was given.
struct CommitName: Sendable, Equatable {
  private enum Storage: Sendable, Equatable {
    case sha1(UInt64, UInt64, UInt32)
    case text(String)
  }

  private let storage: Storage

  init(_ text: String) {
    storage = Self.sha1(text) ?? .text(text)
  }

  /// The id as it was given.
  var text: String {
    switch storage {
    case .text(let text): return text
    case .sha1(let high, let middle, let low):
      // 40 ASCII digits written straight into the string's storage.
      return String(unsafeUninitializedCapacity: 40) { buffer in
        var offset = 0
        func put<Word: FixedWidthInteger>(_ word: Word) {
          var shift = Word.bitWidth - 4
          while shift >= 0 {
            let nibble = UInt8(truncatingIfNeeded: word >> shift) & 0xF
            buffer[offset] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
            offset += 1
            shift -= 4
          }
        }
        put(high)
        put(middle)
        put(low)
        return offset
      }
    }
  }

  private static func sha1(_ given: String) -> Storage? {
    guard given.utf8.count == 40 else { return nil }
    var text = given
    // A no-op for native strings; a bridged one is made contiguous so its bytes can be read.
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { bytes -> Storage? in
      var words: (UInt64, UInt64, UInt32) = (0, 0, 0)
      for (index, byte) in bytes.enumerated() {
        let nibble: UInt8
        switch byte {
        case 0x30...0x39: nibble = byte - 0x30
        case 0x61...0x66: nibble = byte - 0x57
        default: return nil
        }
        switch index {
        case ..<16: words.0 = words.0 << 4 | UInt64(nibble)
        case ..<32: words.1 = words.1 << 4 | UInt64(nibble)
        default: words.2 = words.2 << 4 | UInt32(nibble)
        }
      }
      return .sha1(words.0, words.1, words.2)
    } ?? nil
  }
}
