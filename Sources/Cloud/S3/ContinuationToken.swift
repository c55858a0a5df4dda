/// ListObjectsV2 continuation tokens: opaque to clients (base64, like S3's), but derived only
/// from where the listing stopped, so the same listing always yields the same token.
enum ContinuationToken {
  /// Where a listing resumes.
  enum Position: Equatable {
    /// After this key.
    case afterKey(String)
    /// After every key that starts with this common prefix.
    case afterPrefix(String)
  }

  static func encode(_ position: Position) -> String {
    switch position {
    case .afterKey(let key): return Base64.encode([UInt8(ascii: "k")] + Array(key.utf8))
    case .afterPrefix(let prefix): return Base64.encode([UInt8(ascii: "p")] + Array(prefix.utf8))
    }
  }

  static func decode(_ token: String) -> Position? {
    guard let bytes = Base64.decode(token), let kind = bytes.first,
      let text = String(validating: bytes.dropFirst(), as: UTF8.self)
    else { return nil }
    switch kind {
    case UInt8(ascii: "k"): return .afterKey(text)
    case UInt8(ascii: "p"): return .afterPrefix(text)
    default: return nil
    }
  }
}

/// Standard base64 with padding (RFC 4648 §4).
enum Base64 {
  private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  static func encode(_ bytes: [UInt8]) -> String {
    var output: [UInt8] = []
    var index = 0
    while index < bytes.count {
      let remaining = bytes.count - index
      let b0 = UInt32(bytes[index])
      let b1 = remaining > 1 ? UInt32(bytes[index + 1]) : 0
      let b2 = remaining > 2 ? UInt32(bytes[index + 2]) : 0
      let group = b0 << 16 | b1 << 8 | b2
      output.append(alphabet[Int(group >> 18 & 63)])
      output.append(alphabet[Int(group >> 12 & 63)])
      output.append(remaining > 1 ? alphabet[Int(group >> 6 & 63)] : UInt8(ascii: "="))
      output.append(remaining > 2 ? alphabet[Int(group & 63)] : UInt8(ascii: "="))
      index += 3
    }
    return String(decoding: output, as: UTF8.self)
  }

  static func decode(_ text: String) -> [UInt8]? {
    let characters = Array(text.utf8)
    guard characters.count % 4 == 0 else { return nil }
    var output: [UInt8] = []
    var index = 0
    while index < characters.count {
      var group: UInt32 = 0
      var padding = 0
      for offset in 0..<4 {
        let character = characters[index + offset]
        if character == UInt8(ascii: "=") {
          // Padding may only end the final group.
          guard index + 4 == characters.count, offset >= 2 else { return nil }
          padding += 1
          group <<= 6
        } else {
          guard padding == 0, let value = alphabet.firstIndex(of: character) else { return nil }
          group = group << 6 | UInt32(value)
        }
      }
      output.append(UInt8(group >> 16 & 0xFF))
      if padding < 2 { output.append(UInt8(group >> 8 & 0xFF)) }
      if padding < 1 { output.append(UInt8(group & 0xFF)) }
      index += 4
    }
    return output
  }
}
