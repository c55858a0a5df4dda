/// Why a text is not valid JSON, and where: 1-based line and column (columns count Unicode
/// characters, so a learner's editor shows the same place).
public struct JSONParseError: Error, Equatable, Sendable, CustomStringConvertible {
  public let line: Int
  public let column: Int
  /// What was wrong, e.g. `expected ',' or '}' after an object member, found ']'`.
  public let message: String

  public init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  /// `line L, column C: MESSAGE`.
  public var description: String { "line \(line), column \(column): \(message)" }
}

extension JSONValue {
  /// Parses RFC 8259 JSON strictly: no comments, no trailing commas, no single quotes, no
  /// `NaN`/`Infinity`, no raw control characters in strings, nothing after the value but spaces.
  ///
  /// Integers without fraction or exponent stay exact integers; a repeated object key keeps its
  /// first position and its last value, as Python's `json.loads` does.
  public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
    var parser = JSONParser(text)
    return try parser.parseDocument()
  }
}

/// A recursive-descent parser over the UTF-8 bytes of the text.
struct JSONParser {
  private let bytes: [UInt8]
  private var position = 0
  private var line = 1
  private var lineStart = 0
  private var depth = 0
  // Deep enough for any real document, shallow enough that recursion cannot exhaust the stack.
  private static let maximumDepth = 512

  init(_ text: String) {
    bytes = Array(text.utf8)
  }

  mutating func parseDocument() throws(JSONParseError) -> JSONValue {
    skipWhitespace()
    guard position < bytes.count else { throw error("expected a JSON value, found end of input") }
    let value = try parseValue()
    skipWhitespace()
    if position < bytes.count { throw error("expected end of input after the JSON value, found \(found())") }
    return value
  }

  private mutating func parseValue() throws(JSONParseError) -> JSONValue {
    guard position < bytes.count else { throw error("expected a JSON value, found end of input") }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
    case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
    case UInt8(ascii: "n"): return try parseLiteral("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw error("expected a JSON value, found \(foundWord())")
    }
  }

  private mutating func parseObject() throws(JSONParseError) -> JSONValue {
    try enterContainer()
    position += 1
    var object = JSONObject()
    skipWhitespace()
    if peek(UInt8(ascii: "}")) {
      position += 1
      depth -= 1
      return .object(object)
    }
    while true {
      skipWhitespace()
      guard peek(UInt8(ascii: "\"")) else {
        throw error("expected a string key in double quotes, found \(found())")
      }
      let key = try parseString()
      skipWhitespace()
      guard peek(UInt8(ascii: ":")) else { throw error("expected ':' after the object key, found \(found())") }
      position += 1
      skipWhitespace()
      object[key] = try parseValue()
      skipWhitespace()
      if peek(UInt8(ascii: ",")) {
        position += 1
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { throw error("trailing comma before '}' is not allowed") }
        continue
      }
      if peek(UInt8(ascii: "}")) {
        position += 1
        depth -= 1
        return .object(object)
      }
      throw error("expected ',' or '}' after an object member, found \(found())")
    }
  }

  private mutating func parseArray() throws(JSONParseError) -> JSONValue {
    try enterContainer()
    position += 1
    var items: [JSONValue] = []
    skipWhitespace()
    if peek(UInt8(ascii: "]")) {
      position += 1
      depth -= 1
      return .array(items)
    }
    while true {
      skipWhitespace()
      items.append(try parseValue())
      skipWhitespace()
      if peek(UInt8(ascii: ",")) {
        position += 1
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { throw error("trailing comma before ']' is not allowed") }
        continue
      }
      if peek(UInt8(ascii: "]")) {
        position += 1
        depth -= 1
        return .array(items)
      }
      throw error("expected ',' or ']' after an array element, found \(found())")
    }
  }

  private mutating func enterContainer() throws(JSONParseError) {
    depth += 1
    if depth > JSONParser.maximumDepth {
      throw error("nesting deeper than \(JSONParser.maximumDepth) levels is not supported")
    }
  }

  private mutating func parseLiteral(_ word: String, _ value: JSONValue) throws(JSONParseError) -> JSONValue {
    let expected = Array(word.utf8)
    let end = position + expected.count
    guard end <= bytes.count, Array(bytes[position..<end]) == expected else {
      throw error("expected a JSON value, found \(foundWord())")
    }
    position = end
    return value
  }

  private mutating func parseNumber() throws(JSONParseError) -> JSONValue {
    let start = position
    var isInteger = true
    if peek(UInt8(ascii: "-")) { position += 1 }
    guard position < bytes.count, isDigit(bytes[position]) else {
      throw error("expected a digit after '-', found \(found())")
    }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
      if position < bytes.count, isDigit(bytes[position]) {
        throw error("a number cannot have a leading zero")
      }
    } else {
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
    if peek(UInt8(ascii: ".")) {
      isInteger = false
      position += 1
      guard position < bytes.count, isDigit(bytes[position]) else {
        throw error("expected a digit after the decimal point, found \(found())")
      }
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
    if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
      isInteger = false
      position += 1
      if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { position += 1 }
      guard position < bytes.count, isDigit(bytes[position]) else {
        throw error("expected a digit in the exponent, found \(found())")
      }
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    if isInteger {
      if let value = Int64(text) { return .number(.integer(value)) }
      return .number(.bigInteger(text))
    }
    return .number(.double(Double(text) ?? .nan))
  }

  private mutating func parseString() throws(JSONParseError) -> String {
    position += 1
    var scalars = String.UnicodeScalarView()
    var runStart = position
    func flushRun(_ end: Int, into scalars: inout String.UnicodeScalarView) {
      if end > runStart {
        scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars)
      }
    }
    while true {
      guard position < bytes.count else {
        throw error("unterminated string: expected '\"' before end of input")
      }
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        flushRun(position, into: &scalars)
        position += 1
        return String(scalars)
      }
      if byte < 0x20 {
        throw error("control character \(hexName(byte)) must be escaped inside a string")
      }
      if byte != UInt8(ascii: "\\") {
        position += 1
        continue
      }
      flushRun(position, into: &scalars)
      position += 1
      guard position < bytes.count else { throw error("unterminated escape sequence at end of input") }
      let escape = bytes[position]
      position += 1
      switch escape {
      case UInt8(ascii: "\""): scalars.append("\"")
      case UInt8(ascii: "\\"): scalars.append("\\")
      case UInt8(ascii: "/"): scalars.append("/")
      case UInt8(ascii: "b"): scalars.append("\u{08}")
      case UInt8(ascii: "f"): scalars.append("\u{0C}")
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "t"): scalars.append("\t")
      case UInt8(ascii: "u"): scalars.append(try parseUnicodeEscape())
      default:
        position -= 1
        throw error("invalid escape '\\\(found(quoted: false))' in string")
      }
      runStart = position
    }
  }

  private mutating func parseUnicodeEscape() throws(JSONParseError) -> Unicode.Scalar {
    let first = try parseHex4()
    if (0xD800...0xDBFF).contains(first) {
      guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
        bytes[position + 1] == UInt8(ascii: "u")
      else {
        throw error("unpaired high surrogate \\u\(hex4(first)) must be followed by a low surrogate escape")
      }
      position += 2
      let second = try parseHex4()
      guard (0xDC00...0xDFFF).contains(second) else {
        throw error("expected a low surrogate after \\u\(hex4(first)), found \\u\(hex4(second))")
      }
      let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
      return Unicode.Scalar(combined)!
    }
    if (0xDC00...0xDFFF).contains(first) {
      throw error("unpaired low surrogate \\u\(hex4(first))")
    }
    return Unicode.Scalar(first)!
  }

  private mutating func parseHex4() throws(JSONParseError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard position < bytes.count, let digit = hexValue(bytes[position]) else {
        throw error("expected 4 hexadecimal digits after \\u, found \(found())")
      }
      value = value << 4 | digit
      position += 1
    }
    return value
  }

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        position += 1
      case UInt8(ascii: "\n"):
        position += 1
        line += 1
        lineStart = position
      default:
        return
      }
    }
  }

  private func peek(_ byte: UInt8) -> Bool {
    position < bytes.count && bytes[position] == byte
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  private func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: false)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  private func hexName(_ byte: UInt8) -> String {
    "U+00" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
  }

  /// The character at the current position, for messages: `'x'` or `end of input`.
  private func found(quoted: Bool = true) -> String {
    guard position < bytes.count else { return "end of input" }
    var end = position + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    let character = String(decoding: bytes[position..<end], as: UTF8.self)
    if bytes[position] < 0x20 { return hexName(bytes[position]) }
    return quoted ? "'\(character)'" : character
  }

  /// The run of letters at the current position, for a misspelt literal such as `True`.
  private func foundWord() -> String {
    var end = position
    while end < bytes.count, (bytes[end] >= 0x41 && bytes[end] <= 0x5A) || (bytes[end] >= 0x61 && bytes[end] <= 0x7A) {
      end += 1
    }
    if end == position { return found() }
    return "'" + String(decoding: bytes[position..<end], as: UTF8.self) + "'"
  }

  private func error(_ message: String) -> JSONParseError {
    var column = 1
    var index = lineStart
    while index < position && index < bytes.count {
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return JSONParseError(line: line, column: column, message: message)
  }
}
