/// One simple command of a parsed line: its words after expansion, and what is piped into it.
public struct Invocation: Sendable, Equatable {
  /// The command name (the first word).
  public let name: String
  /// The words after the name.
  public let arguments: [String]
  /// Standard input: the previous command's standard output in a pipeline, else empty.
  public let stdin: String
  /// The words after the name as they were typed, before expansion (`$14.65` stays `$14.65`, quotes
  /// are gone), for commands that take free text.
  public let typedArguments: [String]
  /// Whether standard output is the learner's terminal (not a pipe, file or substitution):
  /// `ls` lays names out in columns only there, as the real one does.
  public let stdoutIsTerminal: Bool
  /// Whether standard input is the learner's terminal (no pipe, file or here-document), which the
  /// lab shell does not pass to commands: `stdin` is then empty because nothing could be typed.
  public let stdinIsTerminal: Bool

  public init(
    name: String, arguments: [String], stdin: String = "", typedArguments: [String]? = nil,
    stdoutIsTerminal: Bool = true, stdinIsTerminal: Bool = false
  ) {
    self.stdinIsTerminal = stdinIsTerminal
    self.name = name
    self.arguments = arguments
    self.stdin = stdin
    self.typedArguments = typedArguments ?? arguments
    self.stdoutIsTerminal = stdoutIsTerminal
  }
}
