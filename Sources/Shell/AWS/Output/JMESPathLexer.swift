import Cloud

/// The kinds of token; the raw values are jmespath's own names, which its error messages print.
enum JMESPathTokenKind: String, Sendable {
  case dot, star, rbracket, comma, colon, current, lparen, rparen, lbrace, rbrace
  case lbracket, flatten, filter, pipe, or, and, expref, not, eq, ne, lt, lte, gt, gte
  case unquotedIdentifier = "unquoted_identifier"
  case quotedIdentifier = "quoted_identifier"
  case literal, number, eof

  /// How tightly the token binds as an infix operator (jmespath's binding powers); tokens below
  /// 10 end a projection.
  var bindingPower: Int {
    switch self {
    case .pipe: return 1
    case .or: return 2
    case .and: return 3
    case .eq, .ne, .lt, .lte, .gt, .gte: return 5
    case .flatten: return 9
    case .star: return 20
    case .filter: return 21
    case .dot: return 40
    case .not: return 45
    case .lbrace: return 50
    case .lbracket: return 55
    case .lparen: return 60
    default: return 0
    }
  }
}

/// One token, with its value as Python's `str()` shows it in parse errors.
struct JMESPathToken: Sendable {
  let kind: JMESPathTokenKind
  /// What error messages print as the token's value.
  let text: String
  /// Offset of the token's first character, counted in Unicode scalars (Python characters).
  let start: Int
  var number = 0
  var literal: JSONValue = .null
  var identifier = ""
}

/// Splits an expression into tokens the way jmespath's lexer does, including its error positions.
struct JMESPathLexer {
  private let expression: String
  private let chars: [Unicode.Scalar]
  private var position = 0

  init(_ expression: String) {
    self.expression = expression
    chars = Array(expression.unicodeScalars)
  }

  private var current: Unicode.Scalar? { position < chars.count ? chars[position] : nil }

  private static let simple: [Unicode.Scalar: JMESPathTokenKind] = [
    ".": .dot, "*": .star, "]": .rbracket, ",": .comma, ":": .colon, "@": .current,
    "(": .lparen, ")": .rparen, "{": .lbrace, "}": .rbrace,
  ]

  static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
    (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_"
  }

  static func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
    isIdentifierStart(c) || isDigit(c)
  }

  static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

  /// Every token of the expression, ending with `eof`. The whole expression is lexed before
  /// parsing starts, so a lexer error wins over any parse error.
  mutating func tokenize() throws(JMESPathError) -> [JMESPathToken] {
    guard !chars.isEmpty else {
      throw JMESPathError(
        stage: .compile, message: "Invalid JMESPath expression: cannot be empty.", expression: expression)
    }
    var tokens: [JMESPathToken] = []
    while let c = current {
      let start = position
      if let kind = JMESPathLexer.simple[c] {
        tokens.append(JMESPathToken(kind: kind, text: String(c), start: start))
        position += 1
      } else if JMESPathLexer.isIdentifierStart(c) {
        while let next = current, JMESPathLexer.isIdentifierPart(next) { position += 1 }
        let name = String(String.UnicodeScalarView(chars[start..<position]))
        tokens.append(JMESPathToken(kind: .unquotedIdentifier, text: name, start: start, identifier: name))
      } else if c == " " || c == "\t" || c == "\n" || c == "\r" {
        position += 1
      } else if c == "[" {
        position += 1
        if current == "]" {
          position += 1
          tokens.append(JMESPathToken(kind: .flatten, text: "[]", start: start))
        } else if current == "?" {
          position += 1
          tokens.append(JMESPathToken(kind: .filter, text: "[?", start: start))
        } else {
          tokens.append(JMESPathToken(kind: .lbracket, text: "[", start: start))
        }
      } else if c == "'" {
        let body = try consumeUntil("'").replacingOccurrences("\\'", with: "'")
        tokens.append(JMESPathToken(kind: .literal, text: body, start: start, literal: .string(body)))
      } else if c == "|" {
        tokens.append(matchOrElse("|", .or, .pipe))
      } else if c == "&" {
        tokens.append(matchOrElse("&", .and, .expref))
      } else if c == "`" {
        tokens.append(try consumeLiteral())
      } else if JMESPathLexer.isDigit(c) || c == "-" {
        position += 1
        while let next = current, JMESPathLexer.isDigit(next) { position += 1 }
        let digits = String(String.UnicodeScalarView(chars[start..<position]))
        guard digits != "-" else {
          throw JMESPathError.lexer("Unknown token '-'", column: start, expression: expression)
        }
        // Python ints are unbounded; an index this large misses every list anyway.
        let value = Int(digits) ?? (digits.hasPrefix("-") ? Int.min : Int.max)
        tokens.append(JMESPathToken(kind: .number, text: digits, start: start, number: value))
      } else if c == "\"" {
        tokens.append(try consumeQuotedIdentifier())
      } else if c == "<" {
        tokens.append(matchOrElse("=", .lte, .lt))
      } else if c == ">" {
        tokens.append(matchOrElse("=", .gte, .gt))
      } else if c == "!" {
        tokens.append(matchOrElse("=", .ne, .not))
      } else if c == "=" {
        position += 1
        guard current == "=" else {
          throw JMESPathError.lexer("Unknown token '='", column: start, expression: expression)
        }
        position += 1
        tokens.append(JMESPathToken(kind: .eq, text: "==", start: start))
      } else {
        throw JMESPathError.lexer("Unknown token \(c)", column: start, expression: expression)
      }
    }
    tokens.append(JMESPathToken(kind: .eof, text: "", start: chars.count))
    return tokens
  }

  private mutating func matchOrElse(
    _ second: Unicode.Scalar, _ matched: JMESPathTokenKind, _ otherwise: JMESPathTokenKind
  ) -> JMESPathToken {
    let start = position
    let first = chars[position]
    position += 1
    if current == second {
      position += 1
      return JMESPathToken(kind: matched, text: String(first) + String(second), start: start)
    }
    return JMESPathToken(kind: otherwise, text: String(first), start: start)
  }

  /// The text up to the closing `delimiter`, with backslashes kept (a backslash also keeps the
  /// character after it from closing the text).
  private mutating func consumeUntil(_ delimiter: Unicode.Scalar) throws(JMESPathError) -> String {
    let start = position
    var body = String.UnicodeScalarView()
    position += 1
    while current != delimiter {
      if current == "\\" {
        body.append("\\")
        position += 1
      }
      guard let c = current else {
        throw JMESPathError.lexer("Unclosed \(delimiter) delimiter", column: start, expression: expression)
      }
      body.append(c)
      position += 1
    }
    position += 1
    return String(body)
  }

  private mutating func consumeLiteral() throws(JMESPathError) -> JMESPathToken {
    let start = position
    let lexeme = try consumeUntil("`").replacingOccurrences("\\`", with: "`")
    var value: JSONValue
    if let parsed = try? JSONValue.parse(lexeme) {
      value = parsed
    } else if let parsed = try? JSONValue.parse("\"" + lexeme.droppingLeadingWhitespace() + "\"") {
      // jmespath still accepts the deprecated `foo` form as the string "foo".
      value = parsed
    } else {
      throw JMESPathError.lexer("Bad token \(lexeme)", column: start, expression: expression)
    }
    return JMESPathToken(kind: .literal, text: PythonValue.str(value), start: start, literal: value)
  }

  private mutating func consumeQuotedIdentifier() throws(JMESPathError) -> JMESPathToken {
    let start = position
    let body = try consumeUntil("\"")
    switch JMESPathQuotedIdentifier(body: Array(body.unicodeScalars)) {
    case .name(let name):
      return JMESPathToken(kind: .quotedIdentifier, text: name, start: start, identifier: name)
    case .flaw(let reason):
      throw JMESPathError.lexer(reason, column: start, expression: expression)
    }
  }
}

extension String {
  fileprivate func replacingOccurrences(_ target: String, with replacement: String) -> String {
    replacing(target, with: replacement)
  }

  /// Python's `str.lstrip()`.
  fileprivate func droppingLeadingWhitespace() -> String {
    String(drop(while: { $0.isWhitespace }))
  }
}
