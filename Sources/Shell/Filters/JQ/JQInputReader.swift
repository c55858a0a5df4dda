import Cloud

/// Reads the stream of JSON texts jq takes on standard input, with jq 1.6's own parse errors
/// (`Invalid numeric literal at line 1, column 6`, `Unfinished JSON term at EOF at line 2, column 0`).
///
/// A restatement of jq's character-by-character parser: bare words are "literals" checked when
/// they end, positions count bytes and are taken after the character that revealed the problem.
struct JQInputReader {
  private enum Container {
    case array([JSONValue])
    case object(JSONObject, key: String?)
  }

  private let bytes: [UInt8]
  private var position = 0
  private var line = 1
  private var column = 0
  private var stack: [Container] = []
  private var pending: JSONValue?
  private var token: [UInt8] = []
  private var values: [JSONValue] = []

  init(_ text: String) {
    bytes = Array(text.utf8)
  }

  /// Every value before the first error, and the error message (`parse error: …`), if any.
  static func read(_ text: String) -> (values: [JSONValue], error: String?) {
    var reader = JQInputReader(text)
    do {
      try reader.run()
      return (reader.values, nil)
    } catch {
      return (reader.values, "parse error: \(error.message) at line \(reader.line), column \(reader.column)\n")
    }
  }

  struct Failure: Error {
    let message: String
  }

  private mutating func run() throws(Failure) {
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      advanceLocation(byte)
      switch byte {
      case 0x20, 0x09, 0x0D, 0x0A:
        try checkLiteral()
      case UInt8(ascii: "\""):
        try checkLiteral()
        try readString()
      case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "]"),
        UInt8(ascii: "}"):
        try checkLiteral()
        try structure(byte)
      default:
        token.append(byte)
      }
    }
    try checkLiteral()
    if !stack.isEmpty { throw Failure(message: "Unfinished JSON term at EOF") }
  }

  private mutating func advanceLocation(_ byte: UInt8) {
    if byte == 0x0A {
      line += 1
      column = 0
    } else {
      column += 1
    }
  }

  private mutating func readString() throws(Failure) {
    let start = position - 1
    var escaped = false
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      advanceLocation(byte)
      if escaped {
        escaped = false
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else if byte == UInt8(ascii: "\"") {
        let literal = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = try? JSONValue.parse(literal) else { throw Failure(message: "Invalid escape") }
        try push(value)
        return
      }
    }
    throw Failure(message: "Unfinished string at EOF")
  }

  private mutating func checkLiteral() throws(Failure) {
    guard !token.isEmpty else { return }
    let text = String(decoding: token, as: UTF8.self)
    token.removeAll()
    if text.hasPrefix("t") || text.hasPrefix("f") {
      let isTrue = text.hasPrefix("t")
      guard text == (isTrue ? "true" : "false") else { throw Failure(message: "Invalid literal") }
      try push(.bool(isTrue))
      return
    }
    // jq 1.6 reads a three-letter word starting with n as a number, so that `nan` parses.
    if text.hasPrefix("n") && text.utf8.count != 3 {
      guard text == "null" else { throw Failure(message: "Invalid literal") }
      try push(.null)
      return
    }
    guard let number = JQInputReader.number(text) else { throw Failure(message: "Invalid numeric literal") }
    try push(number)
  }

  /// A number as C's `strtod` reads it (decimal forms, `nan`, `inf`); NaN becomes null as jq prints it.
  static func number(_ text: String) -> JSONValue? {
    let lowered = text.lowercased()
    let unsigned = lowered.hasPrefix("-") || lowered.hasPrefix("+") ? String(lowered.dropFirst()) : lowered
    if unsigned == "nan" { return .null }
    if unsigned == "inf" || unsigned == "infinity" {
      return .double(lowered.hasPrefix("-") ? -.infinity : .infinity)
    }
    var scalars = Substring(unsigned)
    var digits = 0
    while let first = scalars.first, first.isASCII, first.isNumber {
      digits += 1
      scalars = scalars.dropFirst()
    }
    if scalars.first == "." {
      scalars = scalars.dropFirst()
      while let first = scalars.first, first.isASCII, first.isNumber {
        digits += 1
        scalars = scalars.dropFirst()
      }
    }
    guard digits > 0 else { return nil }
    if scalars.first == "e" {
      scalars = scalars.dropFirst()
      if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
      guard let first = scalars.first, first.isASCII, first.isNumber else { return nil }
      scalars = scalars.drop { $0.isASCII && $0.isNumber }
    }
    guard scalars.isEmpty else { return nil }
    if let exact = try? JSONValue.parse(text), case .number(let number) = exact {
      // Int64 has no negative zero; jq keeps the sign of `-0`.
      if text.hasPrefix("-"), number.doubleValue == 0 { return .double(-0.0) }
      return exact
    }
    return Double(text.hasPrefix("+") ? String(text.dropFirst()) : text).map { .double($0) }
  }

  private mutating func push(_ value: JSONValue) throws(Failure) {
    if pending != nil { throw Failure(message: "Expected separator between values") }
    if stack.isEmpty {
      values.append(value)
    } else {
      pending = value
    }
  }

  private mutating func structure(_ byte: UInt8) throws(Failure) {
    switch byte {
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      if pending != nil { throw Failure(message: "Expected separator between values") }
      // jq 1.6's MAX_PARSING_DEPTH.
      if stack.count >= 256 { throw Failure(message: "Exceeds depth limit for parsing") }
      stack.append(byte == UInt8(ascii: "[") ? .array([]) : .object(JSONObject(), key: nil))
    case UInt8(ascii: ":"):
      guard case .object(let object, let key)? = stack.last else {
        throw Failure(message: "':' not as part of an object")
      }
      guard let value = pending, key == nil else { throw Failure(message: "Expected string key before ':'") }
      guard case .string(let name) = value else { throw Failure(message: "Object keys must be strings") }
      stack[stack.count - 1] = .object(object, key: name)
      pending = nil
    case UInt8(ascii: ","):
      guard let value = pending else { throw Failure(message: "Expected value before ','") }
      // Taken off the stack to be changed, so the container is not copied for every member.
      switch stack.popLast() {
      case .array(var items)?:
        items.append(value)
        stack.append(.array(items))
      case .object(var object, let key)?:
        guard let key else {
          stack.append(.object(object, key: key))
          throw Failure(message: "Objects must consist of key:value pairs")
        }
        object[key] = value
        stack.append(.object(object, key: nil))
      case nil:
        throw Failure(message: "',' not as part of an object or array")
      }
      pending = nil
    case UInt8(ascii: "]"):
      guard case .array(var items)? = stack.last else { throw Failure(message: "Unmatched ']'") }
      if let value = pending {
        items.append(value)
      } else if !items.isEmpty {
        throw Failure(message: "Expected another array element")
      }
      stack.removeLast()
      pending = nil
      try push(.array(items))
    default:
      guard case .object(var object, let key)? = stack.last else { throw Failure(message: "Unmatched '}'") }
      if let value = pending {
        guard let key else { throw Failure(message: "Objects must consist of key:value pairs") }
        object[key] = value
      } else if key != nil {
        throw Failure(message: "Expected value after ':'")
      } else if !object.isEmpty {
        throw Failure(message: "Expected another key-value pair")
      }
      stack.removeLast()
      pending = nil
      try push(.object(object))
    }
  }
}
