/// A key press, or a paste marker, decoded from what a terminal sends.
enum Key: Equatable {
  case character(Character)
  case enter, tab, backspace, delete
  case left, right, up, down, home, end, wordLeft, wordRight
  case interrupt, endOfFile, suspend
  case killToEnd, killToStart, killWord, clearScreen, reverseSearch
  case pasteStart, pasteEnd
  /// A sequence this editor does not act on.
  case ignored
}

/// Turns terminal bytes into keys: UTF-8 into characters, escape sequences into keys.
///
/// Bytes that are not UTF-8 become U+FFFD, as a terminal shows them; the shell then refuses
/// nothing it cannot show.
struct InputDecoder {
  private enum State {
    case ground
    case utf8(needed: Int, scalar: UInt32, minimum: UInt32)
    case escape
    case csi(String)
    case ss3
  }

  private var state = State.ground

  mutating func take(_ byte: UInt8) -> [Key] {
    switch state {
    case .ground:
      return ground(byte)
    case .utf8(let needed, let scalar, let minimum):
      guard byte & 0xC0 == 0x80 else {
        state = .ground
        return [.character("\u{FFFD}")] + ground(byte)
      }
      let value = scalar << 6 | UInt32(byte & 0x3F)
      if needed > 1 {
        state = .utf8(needed: needed - 1, scalar: value, minimum: minimum)
        return []
      }
      state = .ground
      guard value >= minimum, let decoded = Unicode.Scalar(value) else { return [.character("\u{FFFD}")] }
      return [.character(Character(decoded))]
    case .escape:
      state = .ground
      switch byte {
      case UInt8(ascii: "["):
        state = .csi("")
        return []
      case UInt8(ascii: "O"):
        state = .ss3
        return []
      case UInt8(ascii: "b"): return [.wordLeft]
      case UInt8(ascii: "f"): return [.wordRight]
      case 0x7F, 0x08: return [.killWord]
      default: return [.ignored]
      }
    case .csi(let parameters):
      // Parameters and intermediates run until a final byte in 0x40…0x7E.
      if (0x40...0x7E).contains(byte) {
        state = .ground
        return [Self.csi(parameters, final: byte)]
      }
      guard parameters.count < 16 else {
        state = .ground
        return [.ignored]
      }
      state = .csi(parameters + String(UnicodeScalar(byte)))
      return []
    case .ss3:
      state = .ground
      switch byte {
      case UInt8(ascii: "A"): return [.up]
      case UInt8(ascii: "B"): return [.down]
      case UInt8(ascii: "C"): return [.right]
      case UInt8(ascii: "D"): return [.left]
      case UInt8(ascii: "H"): return [.home]
      case UInt8(ascii: "F"): return [.end]
      default: return [.ignored]
      }
    }
  }

  private mutating func ground(_ byte: UInt8) -> [Key] {
    switch byte {
    case 0x01: return [.home]
    case 0x02: return [.left]
    case 0x03: return [.interrupt]
    case 0x04: return [.endOfFile]
    case 0x05: return [.end]
    case 0x06: return [.right]
    case 0x08, 0x7F: return [.backspace]
    case 0x09: return [.tab]
    case 0x0A, 0x0D: return [.enter]
    case 0x0B: return [.killToEnd]
    case 0x0C: return [.clearScreen]
    case 0x0E: return [.down]
    case 0x10: return [.up]
    case 0x12: return [.reverseSearch]
    case 0x15: return [.killToStart]
    case 0x17: return [.killWord]
    case 0x1A: return [.suspend]
    case 0x1B:
      state = .escape
      return []
    case 0x00..<0x20: return [.ignored]
    case 0x20..<0x80: return [.character(Character(UnicodeScalar(byte)))]
    case 0xC2...0xDF:
      state = .utf8(needed: 1, scalar: UInt32(byte & 0x1F), minimum: 0x80)
      return []
    case 0xE0...0xEF:
      state = .utf8(needed: 2, scalar: UInt32(byte & 0x0F), minimum: 0x800)
      return []
    case 0xF0...0xF4:
      state = .utf8(needed: 3, scalar: UInt32(byte & 0x07), minimum: 0x10000)
      return []
    default:
      return [.character("\u{FFFD}")]
    }
  }

  private static func csi(_ parameters: String, final: UInt8) -> Key {
    switch (parameters, UnicodeScalar(final)) {
    case ("", "A"): .up
    case ("", "B"): .down
    case ("", "C"): .right
    case ("", "D"): .left
    case ("", "H"), ("1", "~"), ("7", "~"): .home
    case ("", "F"), ("4", "~"), ("8", "~"): .end
    case ("3", "~"): .delete
    case ("1;5", "C"), ("1;3", "C"): .wordRight
    case ("1;5", "D"), ("1;3", "D"): .wordLeft
    case ("200", "~"): .pasteStart
    case ("201", "~"): .pasteEnd
    default: .ignored
    }
  }
}
