/// One simple command of a parsed line: its words after expansion, and what is piped into it.
public struct Invocation: Sendable, Equatable {
  /// The command name (the first word).
  public let name: String
  /// The words after the name.
  public let arguments: [String]
  /// Standard input: the previous command's standard output in a pipeline, else empty.
  public let stdin: String

  public init(name: String, arguments: [String], stdin: String = "") {
    self.name = name
    self.arguments = arguments
    self.stdin = stdin
  }
}
