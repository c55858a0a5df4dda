/// The text of a `"quoted"` identifier, or why it is not one.
enum JMESPathQuotedIdentifier {
  case name(String)
  /// The reason Python's `json` module gives, up to its first colon, which is what jmespath shows.
  case flaw(String)

  /// Decodes the characters between the quotes with JSON's string rules, as jmespath does by
  /// handing the whole token to `json.loads`; the first flaw from the left decides the message.
  init(body: [Unicode.Scalar]) {
    var name = String.UnicodeScalarView()
    var position = 0
    /// The four hex digits from `start`, or nil when they are missing or not hex.
    func hex4(at start: Int) -> UInt32? {
      guard start + 4 <= body.count else { return nil }
      var value: UInt32 = 0
      for scalar in body[start..<start + 4] {
        guard let digit = JMESPathQuotedIdentifier.hexDigit(scalar) else { return nil }
        value = value * 16 + digit
      }
      return value
    }
    while position < body.count {
      let scalar = body[position]
      position += 1
      if scalar.value < 0x20 {
        self = .flaw("Invalid control character at")
        return
      }
      guard scalar == "\\" else {
        name.append(scalar)
        continue
      }
      // The lexer keeps a backslash together with the character after it, so one always follows.
      let escape = position < body.count ? body[position] : "\\"
      position += 1
      switch escape {
      case "\"", "\\", "/": name.append(escape)
      case "b": name.append("\u{8}")
      case "f": name.append("\u{C}")
      case "n": name.append("\n")
      case "r": name.append("\r")
      case "t": name.append("\t")
      case "u":
        guard let code = hex4(at: position) else {
          self = .flaw("Invalid \\uXXXX escape")
          return
        }
        position += 4
        var decoded = code
        if (0xD800...0xDBFF).contains(code), position + 6 <= body.count, body[position] == "\\",
          body[position + 1] == "u", let low = hex4(at: position + 2), (0xDC00...0xDFFF).contains(low)
        {
          decoded = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          position += 6
        }
        // Python keeps a lone surrogate in its string, a key that parsed JSON never holds. Swift
        // strings cannot hold one; U+FFFD stands in, close enough for a name no one types.
        name.append(Unicode.Scalar(decoded) ?? "\u{FFFD}")
      default:
        self = .flaw("Invalid \\escape")
        return
      }
    }
    self = .name(String(name))
  }

  private static func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
    switch scalar {
    case "0"..."9": return scalar.value - 0x30
    case "a"..."f": return scalar.value - 0x61 + 10
    case "A"..."F": return scalar.value - 0x41 + 10
    default: return nil
    }
  }
}
