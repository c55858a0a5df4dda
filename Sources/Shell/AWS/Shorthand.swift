import Cloud

/// awscli's shorthand syntax for structured arguments: `Name=vpc-id,Values=a,b`,
/// `Key=[a,b]`, `Key={Inner=v}`, `[{A=1},{A=2}]`. Values come out as strings; `ShapeType`
/// turns them into the types the API wants.
struct Shorthand {
  struct ParseError: Error, Equatable {
    let message: String
  }

  private let characters: [Character]
  private var index = 0
  private var depth = 0
  /// Deeper structures are refused so that parsing cannot exhaust the stack (a 64 KiB line holds
  /// twenty thousand `a={`).
  static let maximumDepth = 100
  static let tooDeep = ParseError(
    message: "structures nested more than \(maximumDepth) deep: not available in this lab shell")

  private mutating func enter() throws(ParseError) {
    depth += 1
    if depth > Shorthand.maximumDepth { throw Shorthand.tooDeep }
  }

  private init(_ text: String) {
    characters = Array(text)
  }

  /// Parses one shorthand argument into an object (or a list, when it starts with `[`).
  static func parse(_ text: String) throws(ParseError) -> JSONValue {
    var parser = Shorthand(text)
    let value: JSONValue
    if parser.peek == "[" {
      value = try parser.list()
    } else {
      value = try parser.members(until: nil)
    }
    guard parser.index == parser.characters.count else {
      throw ParseError(
        message:
          "Expected: ',', received: '\(parser.characters[parser.index])' for input:\n\(text)\n\(String(repeating: " ", count: parser.index))^"
      )
    }
    return value
  }

  private var peek: Character? { index < characters.count ? characters[index] : nil }

  /// `key=value,key=value…` up to `end` (or the end of the text).
  private mutating func members(until end: Character?) throws(ParseError) -> JSONValue {
    var object = JSONObject()
    while let character = peek, character != end {
      let key = readKey()
      guard peek == "=" else {
        throw ParseError(
          message: "Expected: '=', received: '\(peek.map(String.init) ?? "EOF")' for input:\n\(String(characters))")
      }
      index += 1
      object[key] = try value(until: end)
      if peek == "," { index += 1 }
    }
    return .object(object)
  }

  private mutating func readKey() -> String {
    var key = ""
    while let character = peek, character != "=", character != "," {
      key.append(character)
      index += 1
    }
    return key.trimmingSpaces
  }

  /// A value: a list, a structure, or one or more comma-separated words (a list when several).
  private mutating func value(until end: Character?) throws(ParseError) -> JSONValue {
    if peek == "[" { return try list() }
    if peek == "{" {
      index += 1
      try enter()
      defer { depth -= 1 }
      let inner = try members(until: "}")
      guard peek == "}" else { throw ParseError(message: "Expected: '}', received: 'EOF'") }
      index += 1
      return inner
    }
    var words: [String] = [word(until: end)]
    // Further words belong to this key until one looks like `key=`.
    while peek == ",", !nextIsKey(from: index + 1) {
      index += 1
      words.append(word(until: end))
    }
    return words.count == 1 ? .string(words[0]) : .array(words.map { .string($0) })
  }

  private func nextIsKey(from start: Int) -> Bool {
    var position = start
    while position < characters.count, characters[position] != ",", characters[position] != "]",
      characters[position] != "}"
    {
      if characters[position] == "=" { return true }
      position += 1
    }
    return false
  }

  private mutating func word(until end: Character?) -> String {
    var text = ""
    if let quote = peek, quote == "'" || quote == "\"" {
      index += 1
      while let character = peek, character != quote {
        text.append(character)
        index += 1
      }
      if peek == quote { index += 1 }
      return text
    }
    while let character = peek, character != ",", character != end, character != "]" {
      text.append(character)
      index += 1
    }
    return text.trimmingSpaces
  }

  private mutating func list() throws(ParseError) -> JSONValue {
    index += 1
    try enter()
    defer { depth -= 1 }
    var items: [JSONValue] = []
    while let character = peek, character != "]" {
      if character == "{" {
        index += 1
        items.append(try members(until: "}"))
        guard peek == "}" else { throw ParseError(message: "Expected: '}', received: 'EOF'") }
        index += 1
      } else {
        items.append(.string(word(until: "]")))
      }
      if peek == "," { index += 1 }
    }
    guard peek == "]" else { throw ParseError(message: "Expected: ']', received: 'EOF'") }
    index += 1
    return .array(items)
  }
}

/// The shape of an API parameter, enough to turn shorthand strings into typed JSON.
indirect enum ShapeType: Sendable {
  case string
  case integer
  case boolean
  case list(ShapeType)
  case structure([(String, ShapeType)])

  /// Converts a parsed value to this shape; nil when it does not fit.
  func coerce(_ value: JSONValue) -> JSONValue? {
    switch self {
    case .string:
      if case .string = value { return value }
      return nil
    case .integer:
      if case .number = value { return value }
      if case .string(let text) = value, let number = Int(text) { return .int(number) }
      return nil
    case .boolean:
      if case .bool = value { return value }
      if case .string(let text) = value {
        switch text.lowercased() {
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: return nil
        }
      }
      return nil
    case .list(let element):
      let items: [JSONValue] = value.arrayValue ?? [value]
      var result: [JSONValue] = []
      for item in items {
        guard let coerced = element.coerce(item) else { return nil }
        result.append(coerced)
      }
      return .array(result)
    case .structure(let members):
      guard let object = value.objectValue else { return nil }
      var result = JSONObject()
      for member in object {
        guard let type = members.first(where: { $0.0 == member.key })?.1 else { return nil }
        guard let coerced = type.coerce(member.value) else { return nil }
        result[member.key] = coerced
      }
      return .object(result)
    }
  }
}

extension String {
  /// Without leading and trailing spaces (Foundation-free).
  var trimmingSpaces: String {
    var text = Substring(self)
    while text.first == " " { text.removeFirst() }
    while text.last == " " { text.removeLast() }
    return String(text)
  }
}
