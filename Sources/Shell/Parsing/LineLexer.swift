/// A token of a command line: a word or one of the operators the lab shell runs.
enum LineToken: Equatable {
  case word(ShellWord)
  case semicolon
  case doubleSemicolon
  case and
  case or
  case pipe
  /// `(`; `double` when another `(` follows at once (`((`).
  case openParen(double: Bool)
  case closeParen
  case end

  /// How bash names the token in `syntax error near unexpected token`.
  var bashName: String {
    switch self {
    case .word(let word): return word.unquotedText ?? "word"
    case .semicolon: return ";"
    case .doubleSemicolon: return ";;"
    case .and: return "&&"
    case .or: return "||"
    case .pipe: return "|"
    case .openParen: return "("
    case .closeParen: return ")"
    case .end: return "newline"
    }
  }
}

/// Splits a line into tokens on demand, so that the first problem from the left is the one
/// reported, as bash's parser pulling tokens from its lexer does.
///
/// Every construct that would need a real process or file (command substitution, redirection,
/// process substitution, background jobs) is refused here, before anything runs.
struct LineLexer {
  private let scalars: [Unicode.Scalar]
  private var index = 0

  init(_ line: String) {
    scalars = Array(line.unicodeScalars)
  }

  private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    let position = index + offset
    return position < scalars.count ? scalars[position] : nil
  }

  static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

  /// Characters that end an unquoted word.
  static func isMetacharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case " ", "\t", ";", "&", "|", "<", ">", "(", ")": return true
    default: return false
    }
  }

  mutating func next() throws(ShellSyntaxError) -> LineToken {
    while let scalar = peek(), LineLexer.isBlank(scalar) { index += 1 }
    guard let scalar = peek() else { return .end }
    switch scalar {
    case "#":
      // A comment runs to the end of the line; `#` only starts one at the start of a word.
      index = scalars.count
      return .end
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
      if peek(1) == ">" { throw .notAvailable("redirection") }
      throw .notAvailable("background job (&)")
    case "|":
      if peek(1) == "|" {
        index += 2
        return .or
      }
      if peek(1) == "&" { throw .notAvailable("stderr pipe (|&)") }
      index += 1
      return .pipe
    case "<", ">":
      if peek(1) == "(" { throw .notAvailable("process substitution") }
      throw .notAvailable("redirection")
    case "(":
      index += 1
      return .openParen(double: peek() == "(")
    case ")":
      index += 1
      return .closeParen
    default:
      return .word(try lexWord())
    }
  }

  private mutating func lexWord() throws(ShellSyntaxError) -> ShellWord {
    var builder = WordBuilder()
    if peek() == "~", peek(1).map({ $0 == "/" || LineLexer.isMetacharacter($0) }) ?? true {
      builder.append(.tilde)
      index += 1
    }
    while let scalar = peek(), !LineLexer.isMetacharacter(scalar) {
      switch scalar {
      case "\\":
        if let escaped = peek(1) {
          builder.appendText(String(escaped), quoted: true)
          index += 2
        } else {
          // A trailing backslash stays literal, as `bash -c 'echo \'` prints it; an interactive
          // shell would ask for a continuation line, which a one-line lab shell cannot.
          builder.appendText("\\", quoted: true)
          index += 1
        }
      case "'":
        index += 1
        guard let close = scalars[index...].firstIndex(of: "'") else { throw .unterminated("'") }
        builder.appendText(text(index..<close), quoted: true)
        index = close + 1
      case "\"":
        index += 1
        try lexDoubleQuoted(into: &builder)
      case "$":
        try lexDollar(into: &builder, quoted: false)
      case "`":
        throw .notAvailable("command substitution")
      default:
        builder.appendText(String(scalar), quoted: false)
        index += 1
      }
    }
    return builder.word
  }

  private mutating func lexDoubleQuoted(into builder: inout WordBuilder) throws(ShellSyntaxError) {
    builder.appendText("", quoted: true)
    while true {
      guard let scalar = peek() else { throw .unterminated("\"") }
      switch scalar {
      case "\"":
        index += 1
        return
      case "\\":
        // Inside double quotes a backslash only escapes $ ` " \ ; before anything else it stays.
        if let escaped = peek(1), "$`\"\\".unicodeScalars.contains(escaped) {
          builder.appendText(String(escaped), quoted: true)
          index += 2
        } else {
          builder.appendText("\\", quoted: true)
          index += 1
        }
      case "$":
        try lexDollar(into: &builder, quoted: true)
      case "`":
        throw .notAvailable("command substitution")
      default:
        builder.appendText(String(scalar), quoted: true)
        index += 1
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
      throw .notAvailable(peek(2) == "(" ? "arithmetic expansion" : "command substitution")
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

  private mutating func lexBraceParameter(into builder: inout WordBuilder, quoted: Bool) throws(ShellSyntaxError) {
    let start = index + 2
    guard let close = scalars[start...].firstIndex(of: "}") else { throw .unterminated("}") }
    let content = text(start..<close)
    index = close + 1
    if LineLexer.isName(content) || LineLexer.isSpecialParameter(content) || LineLexer.isDigits(content) {
      builder.append(.parameter(content, quoted: quoted))
      return
    }
    let nameEnd =
      content.unicodeScalars.firstIndex { !LineLexer.isNameCharacter($0) } ?? content.unicodeScalars.endIndex
    let name = String(content.unicodeScalars[..<nameEnd])
    let rest = content.unicodeScalars[nameEnd...]
    let operatorStarts: Set<Unicode.Scalar> = [":", "-", "=", "+", "?", "#", "%", "/", "^", ",", "["]
    if content.hasPrefix("#") || content.hasPrefix("!")
      || (LineLexer.isName(name) && rest.first.map(operatorStarts.contains) == true)
    {
      throw .notAvailable("parameter expansion operators (${…})")
    }
    builder.append(.badSubstitution("${\(content)}"))
  }

  private func text(_ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
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

  var word: ShellWord { ShellWord(parts) }
}
