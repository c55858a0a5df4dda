import Cloud

/// Parses a command line into pipelines joined by `;`, `&&`, `||` and line breaks, with the
/// compound commands, redirections, here-documents and command substitutions bash has.
///
/// The whole line is parsed before anything runs, so a refused construct or a syntax error
/// anywhere in it means nothing in it runs.
public enum LineParser {
  /// The parsed line, or the first problem from the left.
  public static func parse(_ line: String) -> Result<ParsedLine, ShellSyntaxError> {
    var parser = Parser(lexer: LineLexer(line))
    do {
      return .success(try parser.parseWhole())
    } catch {
      return .failure(error.final)
    }
  }

  /// Why `text` needs more lines before it can run, or nil when it is complete (or broken in a way
  /// more lines cannot mend, which running it will report).
  public static func continuation(of text: String) -> LineContinuation? {
    var parser = Parser(lexer: LineLexer(text, final: false))
    do {
      _ = try parser.parseWhole()
      return nil
    } catch {
      if case .incomplete(let reason, _) = error { return reason }
      return nil
    }
  }

  struct Parser {
    var lexer: LineLexer
    var token: LineToken = .end
    /// Here-documents whose operator was read and whose body comes after the next line break.
    private var pending: [(delimiter: String, stripTabs: Bool, expands: Bool)] = []
    /// Bodies read so far, in the order of their operators.
    private var bodies: [HereDocument] = []
    private var warnings: [String] = []
    private var depth: Int

    init(lexer: LineLexer) {
      self.lexer = lexer
      self.depth = lexer.depth
    }

    /// Words that open a compound command bash would run and this shell does not.
    static let refusedOpeners: [String: String] = [
      "case": "compound command 'case'", "select": "compound command 'select'",
      "function": "function definition", "coproc": "coprocess", "[[": "conditional command ([[ … ]])",
      "time": "the 'time' keyword",
    ]
    /// Reserved words that can only continue a compound command; bash rejects them at a command's start.
    static let continuations: Set<String> = ["then", "else", "elif", "fi", "esac", "do", "done", "}", "]]", "in"]

    /// The whole text as one list; anything left over is a syntax error.
    mutating func parseWhole() throws(ShellSyntaxError) -> ParsedLine {
      try advance()
      var list = try parseList(stopWords: [], stopAtParen: false)
      switch token {
      case .end: break
      default: throw .unexpectedToken(token.bashName)
      }
      try finishHereDocuments()
      list.warnings = warnings
      return fill(list)
    }

    /// The inside of `$( … )`, up to and including its `)`.
    mutating func parseSubstitution() throws(ShellSyntaxError) -> ParsedLine {
      try advance()
      let list = try parseList(stopWords: [], stopAtParen: true)
      guard token == .closeParen else {
        if token == .end { throw .incomplete(.openConstruct, .unterminated(")")) }
        throw .unexpectedToken(token.bashName)
      }
      try finishHereDocuments()
      return fill(list)
    }

    mutating func advance() throws(ShellSyntaxError) {
      token = try lexer.next()
      if token == .newline, !pending.isEmpty { try readHereDocuments() }
    }

    /// Skips line breaks, which only separate commands.
    private mutating func skipNewlines() throws(ShellSyntaxError) {
      while token == .newline { try advance() }
    }

    private mutating func readHereDocuments() throws(ShellSyntaxError) {
      for document in pending {
        let (body, closed) = lexer.hereDocumentBody(delimiter: document.delimiter, stripTabs: document.stripTabs)
        if !closed { try unclosedHereDocument(document.delimiter) }
        bodies.append(try hereDocument(body, expands: document.expands))
      }
      pending = []
    }

    /// At the end of the text: here-documents still waiting for their bodies get what there is.
    private mutating func finishHereDocuments() throws(ShellSyntaxError) {
      for document in pending {
        try unclosedHereDocument(document.delimiter)
        bodies.append(try hereDocument("", expands: document.expands))
      }
      pending = []
    }

    private mutating func unclosedHereDocument(_ delimiter: String) throws(ShellSyntaxError) {
      if !lexer.final { throw .incomplete(.openConstruct, .unexpectedEndOfFile) }
      let line = lexer.scalars[..<lexer.index].filter { $0 == "\n" }.count + 1
      warnings.append(
        "-bash: warning: here-document at line \(line) delimited by end-of-file (wanted `\(delimiter)')\n")
    }

    private func hereDocument(_ body: String, expands: Bool) throws(ShellSyntaxError) -> HereDocument {
      guard expands else { return HereDocument(body: ShellWord([.literal(body, quoted: true)]), expands: false) }
      var bodyLexer = LineLexer(body, final: true, depth: depth + 1)
      return HereDocument(body: try bodyLexer.lexHereDocumentBody(), expands: true)
    }

    /// Commands up to the end, a `)` when `stopAtParen`, or one of `stopWords` where a command would start.
    mutating func parseList(stopWords: Set<String>, stopAtParen: Bool) throws(ShellSyntaxError) -> ParsedLine {
      var items: [ParsedLine.Item] = []
      var connector = ListConnector.sequence
      while true {
        try skipNewlines()
        if token == .end { return ParsedLine(items: items) }
        if stopAtParen && token == .closeParen { return ParsedLine(items: items) }
        if case .word(let word) = token, let text = word.unquotedText, stopWords.contains(text) {
          return ParsedLine(items: items)
        }
        items.append(ParsedLine.Item(connector, try parsePipeline()))
        connector = .sequence
        switch token {
        case .end:
          return ParsedLine(items: items)
        case .semicolon, .newline:
          try advance()
        case .and, .or:
          connector = token == .and ? .and : .or
          try advance()
          try skipNewlines()
          if token == .end { throw .incomplete(.operatorAtEnd, .unexpectedEndOfFile) }
        case .closeParen where stopAtParen:
          return ParsedLine(items: items)
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
        if token == .end { throw .incomplete(.openConstruct, .unexpectedEndOfFile) }
      }
      var commands = [try parseCommand()]
      while token == .pipe || token == .pipeBoth {
        if token == .pipeBoth {
          // `a |& b` is `a 2>&1 | b`.
          let last = commands.count - 1
          commands[last] = Parser.addingRedirection(Redirection(2, .duplicate(1)), to: commands[last])
        }
        try advance()
        try skipNewlines()
        if token == .end { throw .incomplete(.operatorAtEnd, .unexpectedEndOfFile) }
        commands.append(try parseCommand())
      }
      return Pipeline(negated: negated, commands: commands)
    }

    static func addingRedirection(_ redirection: Redirection, to command: Command) -> Command {
      switch command {
      case .simple(var simple):
        simple.redirections.append(redirection)
        return .simple(simple)
      case .compound(let compound, let redirections):
        return .compound(compound, redirections: redirections + [redirection])
      }
    }

    mutating func parseCommand() throws(ShellSyntaxError) -> Command {
      switch token {
      case .word(let word):
        if let text = word.unquotedText {
          if let what = Parser.refusedOpeners[text] { throw .notAvailable(what) }
          if let compound = try parseCompound(text) {
            return .compound(compound, redirections: try parseTrailingRedirections())
          }
          if Parser.continuations.contains(text) { throw .unexpectedToken(text) }
        }
      case .redirect:
        break
      case .openParen(let double):
        if double { throw .notAvailable("arithmetic command ((( … )))") }
        try enter()
        try advance()
        let body = try parseList(stopWords: [], stopAtParen: true)
        guard token == .closeParen else {
          if token == .end { throw .incomplete(.openConstruct, .unexpectedEndOfFile) }
          throw .unexpectedToken(token.bashName)
        }
        if body.items.isEmpty { throw .unexpectedToken(")") }
        depth -= 1
        try advance()
        return .compound(.subshell(body), redirections: try parseTrailingRedirections())
      case .end:
        throw .incomplete(.openConstruct, .unexpectedEndOfFile)
      default:
        throw .unexpectedToken(token.bashName)
      }
      return .simple(try parseSimpleCommand())
    }

    private mutating func parseSimpleCommand() throws(ShellSyntaxError) -> SimpleCommand {
      var assignments: [Assignment] = []
      var words: [ShellWord] = []
      var redirections: [Redirection] = []
      while true {
        if case .word(let word) = token {
          if words.isEmpty, let assignment = Parser.assignment(word) {
            assignments.append(assignment)
          } else {
            words.append(word)
          }
          try advance()
        } else if case .redirect(let descriptor, let op) = token {
          redirections.append(try parseRedirection(descriptor: descriptor, op))
        } else {
          break
        }
      }
      if case .openParen = token {
        if words.count == 1 && assignments.isEmpty && redirections.isEmpty {
          throw .notAvailable("function definition")
        }
        throw .unexpectedToken("(")
      }
      return SimpleCommand(assignments: assignments, words: words, redirections: redirections)
    }

    private mutating func parseTrailingRedirections() throws(ShellSyntaxError) -> [Redirection] {
      var redirections: [Redirection] = []
      while case .redirect(let descriptor, let op) = token {
        redirections.append(try parseRedirection(descriptor: descriptor, op))
      }
      return redirections
    }

    /// One redirection: the operator is the current token; its word follows.
    private mutating func parseRedirection(descriptor: Int?, _ op: RedirectOperator) throws(ShellSyntaxError)
      -> Redirection
    {
      try advance()
      guard case .word(let word) = token else {
        if token == .end || token == .newline { throw .unexpectedToken("newline") }
        throw .unexpectedToken(token.bashName)
      }
      let redirection = try redirection(descriptor: descriptor, op, word)
      // The token after the word may be the line break that starts a here-document's body, so
      // the body must be pending before it is read.
      try advance()
      return redirection
    }

    private mutating func redirection(descriptor: Int?, _ op: RedirectOperator, _ word: ShellWord)
      throws(ShellSyntaxError) -> Redirection
    {
      let output = descriptor ?? 1
      let input = descriptor ?? 0
      switch op {
      case .write: return Redirection(output, .write(word, append: false))
      case .append: return Redirection(output, .write(word, append: true))
      case .read: return Redirection(input, .read(word))
      case .writeBoth: return Redirection(1, .writeBoth(word, append: false))
      case .appendBoth: return Redirection(1, .writeBoth(word, append: true))
      case .hereString: return Redirection(input, .hereString(word))
      case .duplicateOutput, .duplicateInput:
        let target = op == .duplicateOutput ? output : input
        if let text = word.unquotedText {
          if text == "-" { return Redirection(target, .close) }
          if LineLexer.isDigits(text), let number = Int(text) { return Redirection(target, .duplicate(number)) }
        }
        // `>& FILE` with a file name is `&> FILE`.
        guard op == .duplicateOutput, descriptor == nil else { throw .ambiguousRedirect(word.typedText) }
        return Redirection(1, .writeBoth(word, append: false))
      case .hereDocument(let stripTabs):
        let quoted = word.parts.contains { part in
          if case .literal(_, quoted: true) = part { return true }
          return false
        }
        pending.append((Parser.delimiterText(word), stripTabs, !quoted))
        return Redirection(input, .hereDocument(HereDocument(body: ShellWord([]), expands: !quoted)))
      }
    }

    /// The end word of a here-document after quote removal; `$NAME` in it is not expanded.
    static func delimiterText(_ word: ShellWord) -> String {
      word.parts.map { part in
        switch part {
        case .literal(let text, _): text
        case .parameter(let name, _): "$" + name
        case .tilde(let prefix): "~" + prefix
        case .badSubstitution(let text): text
        case .operation(_, let source, _): source
        case .commandSubstitution(_, let source, _): "$(" + source + ")"
        }
      }.joined()
    }

    /// `NAME=value` when the word starts with unquoted `NAME=`; quoting any of it makes a plain word.
    static func assignment(_ word: ShellWord) -> Assignment? {
      // An ASCII word (nearly every word) is searched at its bytes: a "=" is never part of a CRLF,
      // and walking the characters of every command's first word cost more than parsing the rest.
      guard case .literal(let text, quoted: false)? = word.parts.first,
        let equals = ASCIIText.holds(text) ? text.utf8.firstIndex(of: UInt8(ascii: "=")) : text.firstIndex(of: "=")
      else { return nil }
      let name = String(text[..<equals])
      guard LineLexer.isName(name) else { return nil }
      var valueParts: [WordPart] = []
      let rest = String(text[text.index(after: equals)...])
      if !rest.isEmpty { valueParts.append(.literal(rest, quoted: false)) }
      valueParts.append(contentsOf: word.parts.dropFirst())
      return Assignment(name: name, value: ShellWord(valueParts))
    }

    /// One level deeper into a compound command; refuses past the limit.
    mutating func enter() throws(ShellSyntaxError) {
      depth += 1
      if depth > ShellLimits.maximumNestingDepth { throw .nestedTooDeeply }
    }

    mutating func leave() { depth -= 1 }

    /// Puts the here-document bodies, read after their commands, into their redirections, in order.
    private func fill(_ list: ParsedLine) -> ParsedLine {
      var filler = HereDocumentFiller(bodies: bodies)
      return filler.fill(list)
    }
  }
}

/// Walks a parsed list in source order and gives each here-document redirection its body.
private struct HereDocumentFiller {
  let bodies: [HereDocument]
  var next = 0

  mutating func fill(_ list: ParsedLine) -> ParsedLine {
    guard !bodies.isEmpty else { return list }
    var list = list
    for index in list.items.indices {
      list.items[index].pipeline.commands = list.items[index].pipeline.commands.map { fill($0) }
    }
    return list
  }

  mutating func fill(_ command: Command) -> Command {
    switch command {
    case .simple(var simple):
      simple.redirections = simple.redirections.map { fill($0) }
      return .simple(simple)
    case .compound(let compound, let redirections):
      let inner: CompoundCommand
      switch compound {
      case .forLoop(let variable, let words, let body):
        inner = .forLoop(variable: variable, words: words, body: fill(body))
      case .conditional(let branches, let otherwise):
        let filled = branches.map { ConditionalBranch(condition: fill($0.condition), body: fill($0.body)) }
        inner = .conditional(branches: filled, otherwise: otherwise.map { fill($0) })
      case .loop(let condition, let body, let until):
        let filledCondition = fill(condition)
        inner = .loop(condition: filledCondition, body: fill(body), until: until)
      case .group(let body): inner = .group(fill(body))
      case .subshell(let body): inner = .subshell(fill(body))
      }
      return .compound(inner, redirections: redirections.map { fill($0) })
    }
  }

  mutating func fill(_ redirection: Redirection) -> Redirection {
    guard case .hereDocument = redirection.target, next < bodies.count else { return redirection }
    defer { next += 1 }
    return Redirection(redirection.descriptor, .hereDocument(bodies[next]))
  }
}
