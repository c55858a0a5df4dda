/// Well-formed UTF-8 as RFC 3629 defines it: no overlong forms, surrogates or values past U+10FFFF.
/// Shared by the shell's input screen and the lab loader, which both name the first bad byte.
public enum UTF8Validation {
  /// Where the first ill-formed sequence starts, or nil when every byte belongs to a well-formed
  /// character.
  public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
      // Eight ASCII bytes at a time: lab files and typed lines are mostly ASCII.
      if index + 8 <= bytes.count {
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: index, as: UInt64.self) }
        if word & 0x8080_8080_8080_8080 == 0 {
          index += 8
          continue
        }
      }
      let lead = bytes[index]
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: return index
      }
      guard index + length <= bytes.count else { return index }
      for position in 1..<length {
        let byte = bytes[index + position]
        let (minimum, maximum) = position == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
        if byte < minimum || byte > maximum { return index }
      }
      index += length
    }
    return nil
  }
}
