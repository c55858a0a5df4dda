extension LineParser.Parser {
  /// The compound command that `word` opens, parsed to its end; nil when `word` opens none.
  mutating func parseCompound(_ word: String) throws(ShellSyntaxError) -> CompoundCommand? {
    switch word {
    case "for": break
    case "if": break
    case "while", "until": break
    case "{": break
    default: return nil
    }
    try enter()
    defer { leave() }
    try advance()
    switch word {
    case "for": return try parseFor()
    case "if": return try parseIf()
    case "while", "until":
      let condition = try parseBody(until: ["do"])
      try expect("do")
      let body = try parseBody(until: ["done"])
      try expect("done")
      return .loop(condition: condition, body: body, until: word == "until")
    default:
      let body = try parseBody(until: ["}"])
      try expect("}")
      return .group(body)
    }
  }

  /// `for NAME [in WORDS] ; do LIST ; done`, from the token after `for`.
  private mutating func parseFor() throws(ShellSyntaxError) -> CompoundCommand {
    if case .openParen = token { throw .notAvailable("arithmetic for loop (for (( … )))") }
    guard case .word(let nameWord) = token else { throw missingOrUnexpected() }
    guard let name = nameWord.unquotedText, LineLexer.isName(name) else {
      throw .notAValidIdentifier(nameWord.typedText)
    }
    try advance()
    var words: [ShellWord]?
    if token == .semicolon {
      try advance()
    }
    while token == .newline { try advance() }
    if case .word(let word) = token, word.unquotedText == "in" {
      try advance()
      var list: [ShellWord] = []
      while case .word(let item) = token {
        list.append(item)
        try advance()
      }
      switch token {
      case .semicolon, .newline: try advance()
      case .end: throw .incomplete(.openConstruct, .unexpectedEndOfFile)
      default: throw .unexpectedToken(token.bashName)
      }
      words = list
    }
    while token == .newline { try advance() }
    try expect("do")
    let body = try parseBody(until: ["done"])
    try expect("done")
    return .forLoop(variable: name, words: words, body: body)
  }

  /// `if LIST; then LIST; [elif LIST; then LIST;]… [else LIST;] fi`, from the token after `if`.
  private mutating func parseIf() throws(ShellSyntaxError) -> CompoundCommand {
    var branches: [ConditionalBranch] = []
    var otherwise: ParsedLine?
    while true {
      let condition = try parseBody(until: ["then"])
      try expect("then")
      let body = try parseBody(until: ["elif", "else", "fi"])
      branches.append(ConditionalBranch(condition: condition, body: body))
      guard case .word(let word) = token, let text = word.unquotedText else { throw missingOrUnexpected() }
      try advance()
      if text == "elif" { continue }
      if text == "else" {
        otherwise = try parseBody(until: ["fi"])
        try expect("fi")
      }
      return .conditional(branches: branches, otherwise: otherwise)
    }
  }

  /// A list that must not be empty, up to one of `words`.
  private mutating func parseBody(until words: Set<String>) throws(ShellSyntaxError) -> ParsedLine {
    let list = try parseList(stopWords: words, stopAtParen: false)
    if token == .end { throw .incomplete(.openConstruct, .unexpectedEndOfFile) }
    if list.items.isEmpty { throw .unexpectedToken(token.bashName) }
    return list
  }

  /// The reserved word `word` as the current token, then the token after it.
  private mutating func expect(_ word: String) throws(ShellSyntaxError) {
    guard case .word(let found) = token, found.unquotedText == word else { throw missingOrUnexpected() }
    try advance()
  }

  /// The error for a token where a reserved word should be: the end of the text asks for more.
  private func missingOrUnexpected() -> ShellSyntaxError {
    token == .end ? .incomplete(.openConstruct, .unexpectedEndOfFile) : .unexpectedToken(token.bashName)
  }
}
