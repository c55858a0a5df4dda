/// Why a line was not run: bash would reject it, or it uses something this lab shell refuses.
public enum ShellSyntaxError: Error, Equatable, Sendable {
  /// A construct the lab shell does not provide (`command substitution`, `redirection` …).
  case notAvailable(String)
  /// bash's `syntax error near unexpected token`; the token as bash names it (`&&`, `newline`).
  case unexpectedToken(String)
  /// An operator at the end of the line that needs something after it (`ls |`).
  case unexpectedEndOfFile
  /// An unterminated quote or `${`: the character bash was looking for.
  case unterminated(Character)

  /// What the shell prints on standard error, newline included.
  ///
  /// The prefix is `-bash:` because learners sit in an interactive login shell, and an
  /// interactive bash names no line number (unlike `bash -c`, which says `bash: -c: line 1:`).
  public var message: String {
    switch self {
    case .notAvailable(let what): return "-bash: \(what): not available in this lab shell\n"
    case .unexpectedToken(let token): return "-bash: syntax error near unexpected token `\(token)'\n"
    case .unexpectedEndOfFile: return "-bash: syntax error: unexpected end of file\n"
    case .unterminated(let character): return "-bash: unexpected EOF while looking for matching `\(character)'\n"
    }
  }

  /// The exit status: 2, as bash gives for a syntax error.
  public var status: Int32 { 2 }
}
