/// A redirection operator as typed.
enum RedirectOperator: Equatable {
  /// `>`, `>|`
  case write
  /// `>>`
  case append
  /// `<`
  case read
  /// `>&` (followed by a descriptor, `-`, or a file name)
  case duplicateOutput
  /// `<&`
  case duplicateInput
  /// `&>`
  case writeBoth
  /// `&>>`
  case appendBoth
  /// `<<`, or `<<-` when `stripTabs`
  case hereDocument(stripTabs: Bool)
  /// `<<<`
  case hereString

  var text: String {
    switch self {
    case .write: ">"
    case .append: ">>"
    case .read: "<"
    case .duplicateOutput: ">&"
    case .duplicateInput: "<&"
    case .writeBoth: "&>"
    case .appendBoth: "&>>"
    case .hereDocument(let strip): strip ? "<<-" : "<<"
    case .hereString: "<<<"
    }
  }
}

/// A token of a command line: a word or one of the operators the lab shell runs.
enum LineToken: Equatable {
  case word(ShellWord)
  case semicolon
  case doubleSemicolon
  case and
  case or
  case pipe
  /// `|&`: standard output and standard error into the pipe.
  case pipeBoth
  /// `(`; `double` when another `(` follows at once (`((`).
  case openParen(double: Bool)
  case closeParen
  /// A line break: separates commands like `;`, and starts the bodies of pending here-documents.
  case newline
  /// A redirection operator, with the descriptor number typed right before it (`2>`), if any.
  case redirect(descriptor: Int?, RedirectOperator)
  case end

  /// How bash names the token in `syntax error near unexpected token`.
  var bashName: String {
    switch self {
    case .word(let word): return word.unquotedText ?? word.typedText
    case .semicolon: return ";"
    case .doubleSemicolon: return ";;"
    case .and: return "&&"
    case .or: return "||"
    case .pipe: return "|"
    case .pipeBoth: return "|&"
    case .openParen: return "("
    case .closeParen: return ")"
    case .newline, .end: return "newline"
    case .redirect(_, let op): return op.text
    }
  }
}

/// Splits a line into tokens on demand, so that the first problem from the left is the one
/// reported, as bash's parser pulling tokens from its lexer does.
///
/// Command substitutions are parsed as they are met, by a nested `LineParser` over the same text,
/// so the commands inside are checked before anything runs. Constructs that would need a real
/// process (process substitution, background jobs) are refused here.
struct LineLexer {
  let scalars: [Unicode.Scalar]
  var index = 0
  /// False while deciding whether a typed line needs more lines: the end of the text is then
  /// where the learner pressed Enter, not the end of all input.
  let final: Bool
  /// How deep the parser that owns this lexer is nested (substitutions, compound commands).
  let depth: Int

  init(_ line: String, final: Bool = true, depth: Int = 0) {
    self.init(scalars: Array(line.unicodeScalars), index: 0, final: final, depth: depth)
  }

  init(scalars: [Unicode.Scalar], index: Int, final: Bool, depth: Int) {
    self.scalars = scalars
    self.index = index
    self.final = final
    self.depth = depth
  }

  func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    let position = index + offset
    return position < scalars.count ? scalars[position] : nil
  }

  static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

  /// Characters that end an unquoted word.
  static func isMetacharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case " ", "\t", "\n", ";", "&", "|", "<", ">", "(", ")": return true
    default: return false
    }
  }

  mutating func next() throws(ShellSyntaxError) -> LineToken {
    while true {
      while let scalar = peek(), LineLexer.isBlank(scalar) { index += 1 }
      // A backslash before a line break joins the lines, between words too.
      if peek() == "\\" && peek(1) == "\n" {
        index += 2
        continue
      }
      break
    }
    guard let scalar = peek() else { return .end }
    switch scalar {
    case "#":
      // A comment runs to the end of its line; `#` only starts one at the start of a word.
      while let next = peek(), next != "\n" { index += 1 }
      return try next()
    case "\n":
      index += 1
      return .newline
    case ";":
      index += 1
      if peek() == ";" {
        index += 1
        return .doubleSemicolon
      }
      return .semicolon
    case "&":
      if peek(1) == "&" {
        index += 2
        return .and
      }
      if peek(1) == ">" {
        let append = peek(2) == ">"
        index += append ? 3 : 2
        return .redirect(descriptor: nil, append ? .appendBoth : .writeBoth)
      }
      throw .notAvailable("background job (&)")
    case "|":
      if peek(1) == "|" {
        index += 2
        return .or
      }
      if peek(1) == "&" {
        index += 2
        return .pipeBoth
      }
      index += 1
      return .pipe
    case "<", ">":
      return try redirection(descriptor: nil)
    case "(":
      index += 1
      return .openParen(double: peek() == "(")
    case ")":
      index += 1
      return .closeParen
    case "0"..."9":
      // `2>file`: digits right before `<` or `>` name the descriptor.
      var end = index
      while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
      if end < scalars.count, scalars[end] == "<" || scalars[end] == ">" {
        let digits = text(index..<end)
        index = end
        return try redirection(descriptor: Int(digits) ?? Int.max)
      }
      return .word(try lexWord())
    default:
      return .word(try lexWord())
    }
  }

  private mutating func redirection(descriptor: Int?) throws(ShellSyntaxError) -> LineToken {
    let first = peek()!
    if peek(1) == "(" { throw .notAvailable("process substitution") }
    let op: RedirectOperator
    var length = 2
    if first == ">" {
      switch peek(1) {
      case ">": op = .append
      case "&": op = .duplicateOutput
      case "|": op = .write
      default:
        op = .write
        length = 1
      }
    } else {
      switch peek(1) {
      case "<":
        if peek(2) == "<" {
          op = .hereString
          length = 3
        } else if peek(2) == "-" {
          op = .hereDocument(stripTabs: true)
          length = 3
        } else {
          op = .hereDocument(stripTabs: false)
        }
      case "&": op = .duplicateInput
      case ">": throw .notAvailable("read-write redirection (<>)")
      default:
        op = .read
        length = 1
      }
    }
    index += length
    return .redirect(descriptor: descriptor, op)
  }

  /// The lines after the current position up to a line that is `delimiter`, and whether that line
  /// came; the position moves past it.
  mutating func hereDocumentBody(delimiter: String, stripTabs: Bool) -> (body: String, closed: Bool) {
    var body = String.UnicodeScalarView()
    while index < scalars.count {
      var end = index
      while end < scalars.count, scalars[end] != "\n" { end += 1 }
      var start = index
      if stripTabs { while start < end, scalars[start] == "\t" { start += 1 } }
      let line = text(start..<end)
      index = min(end + 1, scalars.count)
      if line == delimiter { return (String(body), true) }
      body.append(contentsOf: scalars[start..<end])
      if end < scalars.count { body.append("\n") }
    }
    return (String(body), false)
  }

  mutating func lexWord() throws(ShellSyntaxError) -> ShellWord {
    var builder = WordBuilder()
    lexTildePrefix(into: &builder)
    // In a word shaped like an assignment (`NAME=…`, an argument too, as bash does outside POSIX
    // mode), a tilde prefix may also follow the first `=` and every `:` after it: `PATH=~/bin:~/x`.
    var inAssignmentValue = false
    while let scalar = peek(), !LineLexer.isMetacharacter(scalar) {
      switch scalar {
      case "\\":
        if let escaped = peek(1) {
          if escaped != "\n" { builder.appendText(String(escaped), quoted: true) }
          index += 2
        } else if !final {
          throw .incomplete(.backslash, .unexpectedEndOfFile)
        } else {
          // A trailing backslash at the very end of the input stays literal, as `bash -c 'echo \'`
          // prints it.
          builder.appendText("\\", quoted: true)
          index += 1
        }
      case "'":
        index += 1
        guard let close = scalars[index...].firstIndex(of: "'") else {
          throw .incomplete(.openQuote("'"), .unterminated("'"))
        }
        builder.appendText(text(index..<close), quoted: true)
        index = close + 1
      case "\"":
        index += 1
        try lexDoubleQuoted(into: &builder)
      case "$":
        try lexDollar(into: &builder, quoted: false)
      case "`":
        try lexBackquoted(into: &builder, quoted: false)
      default:
        // A run of plain characters at once: one string, not one per character, cut only where a
        // tilde prefix follows an assignment's `=` or `:`.
        let runStart = index
        var start = index
        var braced = false
        while let next = peek(), !LineLexer.isMetacharacter(next), !LineLexer.isWordSpecial(next) {
          index += 1
          if next == "{" { braced = true }
          let opensValue = next == "=" && !inAssignmentValue && builder.isName(before: text(start..<index - 1))
          if opensValue || (next == ":" && inAssignmentValue) {
            inAssignmentValue = true
            guard peek() == "~" else { continue }
            builder.appendText(text(start..<index), quoted: false)
            lexTildePrefix(into: &builder)
            start = index
          }
        }
        if braced && LineLexer.holdsBraceExpansion(scalars[runStart..<index]) {
          throw .notAvailable("brace expansion ({a,b}, {1..3})")
        }
        if start < index { builder.appendText(text(start..<index), quoted: false) }
      }
    }
    return builder.word
  }

  /// A tilde prefix at `index`, as bash reads one: `~` and the unquoted characters after it up to a
  /// `/`, a `:` or the end of the word (`~`, `~root`, `~+`, `~-`), taken as one part; a prefix with
  /// a quote, a backslash or an expansion in it is left as text.
  private mutating func lexTildePrefix(into builder: inout WordBuilder) {
    guard peek() == "~" else { return }
    var end = index + 1
    while end < scalars.count, !LineLexer.isMetacharacter(scalars[end]), scalars[end] != "/", scalars[end] != ":" {
      if LineLexer.isWordSpecial(scalars[end]) { return }
      end += 1
    }
    builder.append(.tilde(text(index + 1..<end)))
    index = end
  }

  /// Whether a run of unquoted characters holds what bash's brace expansion would expand: a `{`
  /// with its matching `}` around a comma at its own level (`a{b,c}d`) or a sequence of integers
  /// or of letters (`{1..3}`, `{a..e..2}`); `{}`, `{a}` and a lone brace stay text, as in bash.
  static func holdsBraceExpansion(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
    var opens: [Int] = []
    var commaAt: [Bool] = []
    for index in run.indices {
      switch run[index] {
      case "{":
        opens.append(index)
        commaAt.append(false)
      case ",":
        if !commaAt.isEmpty { commaAt[commaAt.count - 1] = true }
      case "}":
        guard let open = opens.popLast(), let comma = commaAt.popLast() else { continue }
        if comma || isSequence(String(String.UnicodeScalarView(run[(open + 1)..<index]))) { return true }
      default:
        continue
      }
    }
    return false
  }

  /// `X..Y` or `X..Y..STEP`: integers, or single letters, as bash's sequence expression.
  private static func isSequence(_ text: String) -> Bool {
    // Split at each `..` (Shell does without Foundation).
    var parts: [String] = []
    var rest = Substring(text)
    while let dots = rest.firstRange(of: "..") {
      parts.append(String(rest[..<dots.lowerBound]))
      rest = rest[dots.upperBound...]
    }
    parts.append(String(rest))
    guard parts.count == 2 || parts.count == 3 else { return false }
    func integer(_ part: String) -> Bool {
      let digits = part.hasPrefix("-") || part.hasPrefix("+") ? String(part.dropFirst()) : part
      return !digits.isEmpty && digits.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }
    func letter(_ part: String) -> Bool {
      part.unicodeScalars.count == 1
        && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
    }
    let ends = parts[0...1]
    guard ends.allSatisfy(integer) || ends.allSatisfy(letter) else { return false }
    return parts.count == 2 || integer(parts[2])
  }

  /// The characters that end a run of plain characters inside a word.
  static func isWordSpecial(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\\", "'", "\"", "$", "`": return true
    default: return false
    }
  }

  private mutating func lexDoubleQuoted(into builder: inout WordBuilder) throws(ShellSyntaxError) {
    // Inside double quotes a backslash only escapes $ ` " \ and a line break.
    try lexExpanding(into: &builder, closing: "\"", escapable: "$`\"\\\n")
  }

  /// The whole text, read as the body of a here-document whose end word was not quoted: a backslash
  /// escapes only `$`, `` ` ``, `\` and a line break; parameters and substitutions expand.
  mutating func lexHereDocumentBody() throws(ShellSyntaxError) -> ShellWord {
    var builder = WordBuilder()
    try lexExpanding(into: &builder, closing: nil, escapable: "$`\\\n")
    return builder.word
  }

  /// Quoted text in which `$` and backquotes still expand and a backslash escapes only the
  /// `escapable` characters (a line break after it vanishes); up to and past `closing`, or to the
  /// end of the text when there is none.
  private mutating func lexExpanding(
    into builder: inout WordBuilder, closing: Unicode.Scalar?, escapable: String
  ) throws(ShellSyntaxError) {
    builder.appendText("", quoted: true)
    while true {
      guard let scalar = peek() else {
        if closing == nil { return }
        throw .incomplete(.openQuote("\""), .unterminated("\""))
      }
      switch scalar {
      case closing:
        index += 1
        return
      case "\\":
        if let escaped = peek(1), escapable.unicodeScalars.contains(escaped) {
          if escaped != "\n" { builder.appendText(String(escaped), quoted: true) }
          index += 2
        } else {
          builder.appendText("\\", quoted: true)
          index += 1
        }
      case "$":
        try lexDollar(into: &builder, quoted: true)
      case "`":
        try lexBackquoted(into: &builder, quoted: true)
      default:
        let start = index
        index += 1
        while let next = peek(), next != closing, next != "\\", next != "$", next != "`" { index += 1 }
        builder.appendText(text(start..<index), quoted: true)
      }
    }
  }

  private mutating func lexDollar(into builder: inout WordBuilder, quoted: Bool) throws(ShellSyntaxError) {
    guard let next = peek(1) else {
      builder.appendText("$", quoted: quoted)
      index += 1
      return
    }
    switch next {
    case "(":
      if peek(2) == "(" { throw .notAvailable("arithmetic expansion") }
      try lexDollarParen(into: &builder, quoted: quoted)
    case "[":
      throw .notAvailable("arithmetic expansion")
    case "{":
      try lexBraceParameter(into: &builder, quoted: quoted)
    case "'" where !quoted:
      throw .notAvailable("ANSI-C quoting ($'…')")
    case "\"" where !quoted:
      // `$"…"` is a translatable string; with no message catalogue it is plain `"…"`.
      index += 1
    case "?", "$", "#", "@", "*", "!", "-", "0"..."9":
      builder.append(.parameter(String(next), quoted: quoted))
      index += 2
    default:
      guard LineLexer.isNameStart(next) else {
        builder.appendText("$", quoted: quoted)
        index += 1
        return
      }
      var end = index + 1
      while end < scalars.count, LineLexer.isNameCharacter(scalars[end]) { end += 1 }
      builder.append(.parameter(text(index + 1..<end), quoted: quoted))
      index = end
    }
  }

  /// `$( … )`: the commands inside are parsed now, by a parser over the same text.
  private mutating func lexDollarParen(into builder: inout WordBuilder, quoted: Bool) throws(ShellSyntaxError) {
    if depth >= ShellLimits.maximumNestingDepth { throw .nestedTooDeeply }
    let start = index + 2
    var inner = LineParser.Parser(
      lexer: LineLexer(scalars: scalars, index: start, final: final, depth: depth + 1))
    let list = try inner.parseSubstitution()
    let close = inner.lexer.index - 1
    builder.append(.commandSubstitution(list, source: text(start..<close), quoted: quoted))
    index = inner.lexer.index
  }

  /// `` `…` ``: the text up to the next unescaped backquote, with `\``, `\\` and `\$` unescaped,
  /// parsed as a line of its own.
  private mutating func lexBackquoted(into builder: inout WordBuilder, quoted: Bool) throws(ShellSyntaxError) {
    if depth >= ShellLimits.maximumNestingDepth { throw .nestedTooDeeply }
    var inner = String.UnicodeScalarView()
    var position = index + 1
    while true {
      guard position < scalars.count else {
        throw .incomplete(.openConstruct, .unterminated("`"))
      }
      let scalar = scalars[position]
      if scalar == "`" { break }
      if scalar == "\\", position + 1 < scalars.count {
        let escaped = scalars[position + 1]
        if escaped == "`" || escaped == "\\" || escaped == "$" || (quoted && escaped == "\"") {
          inner.append(escaped)
          position += 2
          continue
        }
      }
      inner.append(scalar)
      position += 1
    }
    let source = String(inner)
    var parser = LineParser.Parser(lexer: LineLexer(source, final: final, depth: depth + 1))
    let list = try parser.parseWhole()
    builder.append(.commandSubstitution(list, source: source, quoted: quoted))
    index = position + 1
  }

  private mutating func lexBraceParameter(into builder: inout WordBuilder, quoted: Bool) throws(ShellSyntaxError) {
    let start = index + 2
    guard let close = LineLexer.closingBrace(scalars, from: start, inDoubleQuotes: quoted) else {
      throw .unterminated("}")
    }
    let content = text(start..<close)
    index = close + 1
    if LineLexer.isName(content) || LineLexer.isSpecialParameter(content) || LineLexer.isDigits(content) {
      builder.append(.parameter(content, quoted: quoted))
      return
    }
    switch ParameterOperation.read(content) {
    case .operation(let operation): builder.append(.operation(operation, source: "${\(content)}", quoted: quoted))
    case .notAvailable(let what): throw .notAvailable(what)
    case .bad: builder.append(.badSubstitution("${\(content)}"))
    }
  }

  /// The `}` that closes a `${` whose contents start at `start`: one inside quotes, or closing a
  /// `${…}` nested in it, does not; nil when the line ends first. Inside double quotes a single
  /// quote is an ordinary character.
  static func closingBrace(_ scalars: [Unicode.Scalar], from start: Int, inDoubleQuotes: Bool) -> Int? {
    var index = start
    var depth = 0
    var single = false
    var double = false
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\\" && !single {
        index += 2
        continue
      }
      if scalar == "'" && !double && !inDoubleQuotes {
        single.toggle()
      } else if scalar == "\"" && !single {
        double.toggle()
      } else if !single && scalar == "$" && index + 1 < scalars.count && scalars[index + 1] == "{" {
        depth += 1
        index += 2
        continue
      } else if !single && !double && scalar == "}" || (!single && double && scalar == "}" && depth > 0) {
        if depth == 0 { return index }
        depth -= 1
      }
      index += 1
    }
    return nil
  }

  func text(_ range: Range<Int>) -> String {
    // Encoded by hand, straight into the string's storage, sized exactly so that a short word is
    // a small string with no allocation at all: appending scalars to a String's scalar view cost
    // thousands of instructions a call, and every run of plain characters in a line comes here.
    var length = 0
    for scalar in scalars[range] { length += UTF8.width(scalar) }
    return String(unsafeUninitializedCapacity: length) { buffer in
      var count = 0
      for scalar in scalars[range] {
        UTF8.encode(scalar) {
          buffer[count] = $0
          count += 1
        }
      }
      return count
    }
  }

  static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
    isNameStart(scalar) || ("0"..."9").contains(scalar)
  }

  /// A shell variable name: a letter or `_`, then letters, digits and `_`.
  static func isName(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, isNameStart(first) else { return false }
    return text.unicodeScalars.allSatisfy(isNameCharacter)
  }

  static func isSpecialParameter(_ text: String) -> Bool {
    ["?", "$", "#", "@", "*", "!", "-"].contains(text)
  }

  static func isDigits(_ text: String) -> Bool {
    !text.isEmpty && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
  }
}

/// Collects the parts of one word, merging neighbouring text of the same quoting.
struct WordBuilder {
  private(set) var parts: [WordPart] = []

  mutating func append(_ part: WordPart) {
    parts.append(part)
  }

  mutating func appendText(_ text: String, quoted: Bool) {
    if case .literal(let previous, let previousQuoted)? = parts.last, previousQuoted == quoted {
      parts[parts.count - 1] = .literal(previous + text, quoted: quoted)
    } else {
      parts.append(.literal(text, quoted: quoted))
    }
  }

  /// Whether the word so far, followed by `text`, is a shell variable name: all of it unquoted
  /// text (the first `=` of such a word makes it an assignment).
  func isName(before text: String) -> Bool {
    switch parts.count {
    case 0: return LineLexer.isName(text)
    case 1:
      guard case .literal(let previous, quoted: false) = parts[0] else { return false }
      return LineLexer.isName(previous + text)
    default: return false
    }
  }

  var word: ShellWord { ShellWord(parts) }
}
