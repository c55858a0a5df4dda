/// A compound command of the kinds tutorials use: loops, conditionals, and groups.
public indirect enum CompoundCommand: Equatable, Sendable {
  /// `for NAME [in WORDS]; do BODY; done`; without `in`, the positional parameters (none here).
  case forLoop(variable: String, words: [ShellWord]?, body: ParsedLine)
  /// `if COND; then BODY; [elif COND; then BODY;]… [else BODY;] fi`.
  case conditional(branches: [ConditionalBranch], otherwise: ParsedLine?)
  /// `while COND; do BODY; done`, or `until` when `until` is true.
  case loop(condition: ParsedLine, body: ParsedLine, until: Bool)
  /// `{ LIST; }`: runs in the current shell.
  case group(ParsedLine)
  /// `( LIST )`: runs in a subshell, so variable and directory changes do not outlive it.
  case subshell(ParsedLine)
}

/// One `if`/`elif` arm: the condition list and the body run when it succeeds.
public struct ConditionalBranch: Equatable, Sendable {
  public var condition: ParsedLine
  public var body: ParsedLine

  public init(condition: ParsedLine, body: ParsedLine) {
    self.condition = condition
    self.body = body
  }
}
