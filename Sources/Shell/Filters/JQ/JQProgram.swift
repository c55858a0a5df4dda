import Cloud

/// A jq filter of the subset the lab shell runs: paths (`.a`, `."k"`, `.[N]`, `.[]`, `..`),
/// `|`, `,`, `==`/`!=`, literals, `[…]` collection, `(…)`, and `keys`, `keys_unsorted`,
/// `length`, `type`, `not`, `empty`, `select(…)`.
indirect enum JQFilter: Equatable {
  case identity
  case recurse
  case field(JQFilter, String)
  case index(JQFilter, Int)
  case iterate(JQFilter)
  case pipe(JQFilter, JQFilter)
  case comma(JQFilter, JQFilter)
  case compare(JQFilter, JQFilter, equal: Bool)
  case literal(JSONValue)
  case collect(JQFilter)
  case builtin(String)
  case select(JQFilter)
}

/// A jq compile error: what jq 1.6 prints, and exit status 3.
struct JQCompileError: Error {
  let text: String
}

/// Tokenises and parses a jq program, producing jq 1.6's messages for the mistakes learners make.
struct JQProgramParser {
  private enum Kind: Equatable {
    case dot, dotDot
    case field(String)
    case identifier(String)
    case string(String)
    case number(JSONValue)
    case variable(String)
    case open(Character)
    case close(Character)
    case pipe, comma, equal, notEqual, question, semicolon
    case invalid, unterminatedString, end
  }

  private struct Token {
    let kind: Kind
    let offset: Int
  }

  private let program: String
  private var tokens: [Token] = []
  private var index = 0
  private var undefined: [(String, Int)] = []
  private var depth = 0
  /// Deeper filters are refused so that parsing and evaluation cannot exhaust the stack.
  static let maximumDepth = 200
  /// Longer programs are refused: every token makes at most one node of the filter, so this also
  /// bounds how deep a chain (`not|not|…`, `.a.a.a…`) nests, and with it the evaluator's recursion.
  static let maximumTokens = 1_000

  init(_ program: String) {
    self.program = program
  }

  static func parse(_ program: String) throws(JQCompileError) -> JQFilter {
    var parser = JQProgramParser(program)
    parser.tokenize()
    // The end marker is a token too.
    if parser.tokens.count > maximumTokens + 1 {
      throw JQCompileError(
        text:
          "jq: error: filters longer than \(maximumTokens) tokens: not available in this lab shell\njq: 1 compile error\n"
      )
    }
    let filter: JQFilter
    if parser.tokens.first?.kind == .end {
      filter = .identity
    } else {
      filter = try parser.parsePipe()
      guard parser.current.kind == .end else { throw parser.syntaxError(expectingEnd: true) }
    }
    if let (name, offset) = parser.undefined.first {
      throw parser.compileError("\(name) is not defined", offset: offset)
    }
    return filter
  }

  private var current: Token { tokens[index] }

  private func compileError(_ message: String, offset: Int) -> JQCompileError {
    // jq 1.6 prints the program line, then as many spaces as the error's offset (a caret that
    // never got printed).
    JQCompileError(
      text:
        "jq: error: \(message) at <top-level>, line 1:\n\(program)\(String(repeating: " ", count: offset))\njq: 1 compile error\n"
    )
  }

  private func syntaxError(expectingEnd: Bool) -> JQCompileError {
    let token = current
    var name: String
    var offset = token.offset
    switch token.kind {
    case .end:
      name = "$end"
      offset = index > 0 ? tokens[index - 1].offset : 0
    case .unterminatedString:
      return compileError(
        "syntax error, unexpected $end, expecting QQSTRING_TEXT or QQSTRING_INTERP_START or QQSTRING_END (Unix shell quoting issues?)",
        offset: token.offset + 1)
    case .identifier: name = "IDENT"
    case .field: name = "FIELD"
    case .dotDot: name = ".."
    case .number: name = "LITERAL"
    case .string: name = "QQSTRING_START"
    case .variable: name = "'$'"
    case .invalid: name = "INVALID_CHARACTER"
    case .dot: name = "'.'"
    case .pipe: name = "'|'"
    case .comma: name = "','"
    case .equal: name = "\"==\""
    case .notEqual: name = "\"!=\""
    case .question: name = "'?'"
    case .semicolon: name = "';'"
    case .open(let character), .close(let character): name = "'\(character)'"
    }
    let expecting = expectingEnd && token.kind != .end ? ", expecting $end" : ""
    return compileError("syntax error, unexpected \(name)\(expecting) (Unix shell quoting issues?)", offset: offset)
  }

  private mutating func tokenize() {
    let characters = Array(program)
    var position = 0
    var depth: [Character] = []
    // Byte offsets of every character, counted once: counting from the start at each token made
    // tokenising quadratic in the program's length.
    var byteOffsets: [Int] = []
    byteOffsets.reserveCapacity(characters.count + 1)
    var bytes = 0
    for character in characters {
      byteOffsets.append(bytes)
      bytes += character.utf8.count
    }
    byteOffsets.append(bytes)
    func offset(_ at: Int) -> Int { byteOffsets[at] }
    while position < characters.count {
      let character = characters[position]
      let start = position
      if character.isWhitespace {
        position += 1
        continue
      }
      func isIdentifier(_ c: Character) -> Bool { c == "_" || (c.isASCII && (c.isLetter || c.isNumber)) }
      var kind: Kind
      switch character {
      case ".":
        if position + 1 < characters.count, characters[position + 1] == "." {
          position += 2
          kind = .dotDot
        } else if position + 1 < characters.count, characters[position + 1].isASCII,
          characters[position + 1].isLetter || characters[position + 1] == "_"
        {
          position += 1
          var name = ""
          while position < characters.count, isIdentifier(characters[position]) {
            name.append(characters[position])
            position += 1
          }
          kind = .field(name)
        } else {
          position += 1
          kind = .dot
        }
      case "\"":
        var end = position + 1
        var escaped = false
        while end < characters.count, escaped || characters[end] != "\"" {
          escaped = !escaped && characters[end] == "\\"
          end += 1
        }
        if end >= characters.count {
          kind = .unterminatedString
          position = characters.count
        } else {
          let literal = String(characters[position...end])
          position = end + 1
          if let value = try? JSONValue.parse(literal), case .string(let text) = value {
            kind = .string(text)
          } else {
            kind = .invalid
          }
        }
      case "|", ",", "?", ";":
        position += 1
        kind = character == "|" ? .pipe : character == "," ? .comma : character == "?" ? .question : .semicolon
      case "=", "!":
        if position + 1 < characters.count, characters[position + 1] == "=" {
          position += 2
          kind = character == "=" ? .equal : .notEqual
        } else {
          position += 1
          kind = .invalid
        }
      case "(", "[", "{":
        position += 1
        depth.append(character)
        kind = .open(character)
      case ")", "]", "}":
        position += 1
        let opener: Character = character == ")" ? "(" : character == "]" ? "[" : "{"
        // jq's lexer only knows a closing bracket that closes something.
        if depth.last == opener {
          depth.removeLast()
          kind = .close(character)
        } else {
          kind = .invalid
        }
      case "$":
        position += 1
        var name = ""
        while position < characters.count, isIdentifier(characters[position]) {
          name.append(characters[position])
          position += 1
        }
        kind = name.isEmpty ? .invalid : .variable(name)
      default:
        let negative =
          character == "-" && position + 1 < characters.count && characters[position + 1].isASCII
          && characters[position + 1].isNumber
        if negative || (character.isASCII && character.isNumber) {
          var text = negative ? "-" : ""
          if negative { position += 1 }
          while position < characters.count,
            characters[position].isASCII && (characters[position].isNumber || characters[position] == ".")
          {
            text.append(characters[position])
            position += 1
          }
          kind = JQInputReader.number(text).map { .number($0) } ?? .invalid
        } else if character.isASCII && (character.isLetter || character == "_") {
          var name = ""
          while position < characters.count, isIdentifier(characters[position]) {
            name.append(characters[position])
            position += 1
          }
          kind = .identifier(name)
        } else {
          position += 1
          kind = .invalid
        }
      }
      tokens.append(Token(kind: kind, offset: offset(start)))
      if kind == .unterminatedString { break }
    }
    tokens.append(Token(kind: .end, offset: characters.isEmpty ? 0 : offset(characters.count)))
  }

  private mutating func advance() { if index < tokens.count - 1 { index += 1 } }

  private mutating func parsePipe() throws(JQCompileError) -> JQFilter {
    depth += 1
    defer { depth -= 1 }
    if depth > JQProgramParser.maximumDepth {
      throw JQCompileError(
        text:
          "jq: error: filters nested more than \(JQProgramParser.maximumDepth) deep: not available in this lab shell\njq: 1 compile error\n"
      )
    }
    var left = try parseComma()
    while current.kind == .pipe {
      advance()
      left = .pipe(left, try parseComma())
    }
    return left
  }

  private mutating func parseComma() throws(JQCompileError) -> JQFilter {
    var left = try parseComparison()
    while current.kind == .comma {
      advance()
      left = .comma(left, try parseComparison())
    }
    return left
  }

  private mutating func parseComparison() throws(JQCompileError) -> JQFilter {
    let left = try parsePostfix()
    if current.kind == .equal || current.kind == .notEqual {
      let equal = current.kind == .equal
      advance()
      return .compare(left, try parsePostfix(), equal: equal)
    }
    return left
  }

  private mutating func parsePostfix() throws(JQCompileError) -> JQFilter {
    var filter = try parseTerm()
    while true {
      switch current.kind {
      case .field(let name):
        advance()
        filter = .field(filter, name)
      case .dot:
        advance()
        if case .string(let key) = current.kind {
          advance()
          filter = .field(filter, key)
        } else if current.kind == .open("[") {
          filter = try parseBracketSuffix(filter)
        } else {
          throw syntaxError(expectingEnd: false)
        }
      case .open("["):
        filter = try parseBracketSuffix(filter)
      case .question:
        advance()
      default:
        return filter
      }
    }
  }

  private mutating func parseBracketSuffix(_ base: JQFilter) throws(JQCompileError) -> JQFilter {
    advance()
    if current.kind == .close("]") {
      advance()
      return .iterate(base)
    }
    var result: JQFilter
    switch current.kind {
    case .number(let value):
      guard let number = value.numberValue, let whole = Int(exactly: number.doubleValue.rounded(.down)) else {
        throw syntaxError(expectingEnd: false)
      }
      result = .index(base, whole)
      advance()
    case .string(let key):
      result = .field(base, key)
      advance()
    default:
      throw syntaxError(expectingEnd: false)
    }
    guard current.kind == .close("]") else { throw syntaxError(expectingEnd: false) }
    advance()
    return result
  }

  private mutating func parseTerm() throws(JQCompileError) -> JQFilter {
    let token = current
    switch token.kind {
    case .dot:
      advance()
      if case .string(let key) = current.kind {
        advance()
        return .field(.identity, key)
      }
      return .identity
    case .dotDot:
      advance()
      return .recurse
    case .field(let name):
      advance()
      return .field(.identity, name)
    case .string(let text):
      advance()
      return .literal(.string(text))
    case .number(let value):
      advance()
      return .literal(value)
    case .open("("):
      advance()
      let inner = try parsePipe()
      guard current.kind == .close(")") else { throw syntaxError(expectingEnd: false) }
      advance()
      return inner
    case .open("["):
      advance()
      if current.kind == .close("]") {
        advance()
        return .literal(.array([]))
      }
      let inner = try parsePipe()
      guard current.kind == .close("]") else { throw syntaxError(expectingEnd: false) }
      advance()
      return .collect(inner)
    case .open("{"):
      throw JQCompileError(
        text: "jq: error: object construction: not available in this lab shell\njq: 1 compile error\n")
    case .variable(let name):
      advance()
      undefined.append(("$\(name)", token.offset))
      return .identity
    case .identifier(let name):
      advance()
      var arguments: [JQFilter] = []
      if current.kind == .open("(") {
        advance()
        arguments.append(try parsePipe())
        while current.kind == .semicolon {
          advance()
          arguments.append(try parsePipe())
        }
        guard current.kind == .close(")") else { throw syntaxError(expectingEnd: false) }
        advance()
      }
      switch (name, arguments.count) {
      case ("true", 0): return .literal(.bool(true))
      case ("false", 0): return .literal(.bool(false))
      case ("null", 0): return .literal(.null)
      case ("keys", 0), ("keys_unsorted", 0), ("length", 0), ("type", 0), ("not", 0), ("empty", 0):
        return .builtin(name)
      case ("select", 1): return .select(arguments[0])
      default:
        undefined.append(("\(name)/\(arguments.count)", token.offset))
        return .identity
      }
    default:
      // At the very start an empty program would be complete, so bison also expects the end.
      throw syntaxError(expectingEnd: index == 0)
    }
  }
}
