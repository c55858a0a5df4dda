/// Parses a command line into pipelines joined by `;`, `&&` and `||`.
///
/// The whole line is parsed before anything runs, so a refused construct or a syntax error
/// anywhere in it means nothing in it runs.
public enum LineParser {
  /// The parsed line, or the first problem from the left.
  public static func parse(_ line: String) -> Result<ParsedLine, ShellSyntaxError> {
    var parser = Parser(lexer: LineLexer(line))
    do {
      return .success(try parser.parseLine())
    } catch {
      return .failure(error)
    }
  }
}

private struct Parser {
  var lexer: LineLexer
  var token: LineToken = .end

  /// Words that open a compound command bash would run and this shell does not.
  static let compoundOpeners: [String: String] = [
    "if": "compound command 'if'", "case": "compound command 'case'", "for": "compound command 'for'",
    "select": "compound command 'select'", "while": "compound command 'while'",
    "until": "compound command 'until'", "function": "function definition", "coproc": "coprocess",
    "{": "brace group", "[[": "conditional command ([[ … ]])", "time": "the 'time' keyword",
  ]
  /// Reserved words that can only continue a compound command; bash rejects them at a command's start.
  static let compoundContinuations: Set<String> = ["then", "else", "elif", "fi", "esac", "do", "done", "}", "]]"]

  mutating func advance() throws(ShellSyntaxError) {
    token = try lexer.next()
  }

  mutating func parseLine() throws(ShellSyntaxError) -> ParsedLine {
    try advance()
    var items: [ParsedLine.Item] = []
    if token == .end { return ParsedLine(items: items) }
    var connector = ListConnector.sequence
    while true {
      items.append(ParsedLine.Item(connector, try parsePipeline()))
      switch token {
      case .end:
        return ParsedLine(items: items)
      case .semicolon:
        try advance()
        if token == .end { return ParsedLine(items: items) }
        connector = .sequence
      case .and, .or:
        connector = token == .and ? .and : .or
        try advance()
        if token == .end { throw .unexpectedEndOfFile }
      default:
        throw .unexpectedToken(token.bashName)
      }
    }
  }

  mutating func parsePipeline() throws(ShellSyntaxError) -> Pipeline {
    var negated = false
    if case .word(let word) = token, word.unquotedText == "!" {
      negated = true
      try advance()
      if token == .end { throw .unexpectedEndOfFile }
    }
    var commands = [try parseCommand()]
    while token == .pipe {
      try advance()
      if token == .end { throw .unexpectedEndOfFile }
      commands.append(try parseCommand())
    }
    return Pipeline(negated: negated, commands: commands)
  }

  mutating func parseCommand() throws(ShellSyntaxError) -> SimpleCommand {
    switch token {
    case .word: break
    case .openParen(let double): throw .notAvailable(double ? "arithmetic command ((( … )))" : "subshell")
    default: throw .unexpectedToken(token.bashName)
    }
    var assignments: [Assignment] = []
    var words: [ShellWord] = []
    while case .word(let word) = token {
      if words.isEmpty, let assignment = Parser.assignment(word) {
        assignments.append(assignment)
      } else {
        if words.isEmpty, let text = word.unquotedText {
          if let what = Parser.compoundOpeners[text] { throw .notAvailable(what) }
          if Parser.compoundContinuations.contains(text) { throw .unexpectedToken(text) }
        }
        words.append(word)
      }
      try advance()
    }
    if case .openParen = token {
      if words.count == 1 && assignments.isEmpty { throw .notAvailable("function definition") }
      throw .unexpectedToken("(")
    }
    return SimpleCommand(assignments: assignments, words: words)
  }

  /// `NAME=value` when the word starts with unquoted `NAME=`; quoting any of it makes a plain word.
  static func assignment(_ word: ShellWord) -> Assignment? {
    guard case .literal(let text, quoted: false)? = word.parts.first,
      let equals = text.firstIndex(of: "=")
    else { return nil }
    let name = String(text[..<equals])
    guard LineLexer.isName(name) else { return nil }
    var valueParts: [WordPart] = []
    let rest = String(text[text.index(after: equals)...])
    if !rest.isEmpty { valueParts.append(.literal(rest, quoted: false)) }
    valueParts.append(contentsOf: word.parts.dropFirst())
    return Assignment(name: name, value: ShellWord(valueParts))
  }
}
