/// A `NAME=value` word before the command name.
public struct Assignment: Equatable, Sendable {
  public var name: String
  public var value: ShellWord

  public init(name: String, value: ShellWord) {
    self.name = name
    self.value = value
  }
}

/// One simple command: leading assignments, then the words (name first), and its redirections.
public struct SimpleCommand: Equatable, Sendable {
  public var assignments: [Assignment]
  public var words: [ShellWord]
  /// Redirections in the order typed; bash applies them left to right.
  public var redirections: [Redirection]

  public init(assignments: [Assignment] = [], words: [ShellWord], redirections: [Redirection] = []) {
    self.assignments = assignments
    self.words = words
    self.redirections = redirections
  }
}

/// One command of a pipeline: a simple command, or a compound one with redirections of its own.
public indirect enum Command: Equatable, Sendable {
  case simple(SimpleCommand)
  case compound(CompoundCommand, redirections: [Redirection])

  /// The simple command, when this is one.
  public var simple: SimpleCommand? {
    if case .simple(let command) = self { return command }
    return nil
  }
}

/// Commands joined by `|`, optionally negated with a leading `!`.
public struct Pipeline: Equatable, Sendable {
  public var negated: Bool
  public var commands: [Command]

  public init(negated: Bool = false, commands: [Command]) {
    self.negated = negated
    self.commands = commands
  }

  /// A pipeline of simple commands only.
  public init(negated: Bool = false, simple commands: [SimpleCommand]) {
    self.init(negated: negated, commands: commands.map(Command.simple))
  }
}

/// How a pipeline is joined to the one before it.
public enum ListConnector: Equatable, Sendable {
  /// `;`, a line break, or the first pipeline of a list: always runs.
  case sequence
  /// `&&`: runs when the previous status is 0.
  case and
  /// `||`: runs when the previous status is not 0.
  case or
}

/// A parsed command list: pipelines in order, each with the connector that precedes it.
/// An empty list is a blank line or a comment. The whole typed line is one; so is the body of a
/// loop, a branch of an `if`, and the inside of a command substitution.
public struct ParsedLine: Equatable, Sendable {
  public struct Item: Equatable, Sendable {
    public var connector: ListConnector
    public var pipeline: Pipeline

    public init(_ connector: ListConnector, _ pipeline: Pipeline) {
      self.connector = connector
      self.pipeline = pipeline
    }
  }

  public var items: [Item]
  /// bash's warnings found while parsing (a here-document that ran to the end of the input),
  /// printed before anything runs.
  public var warnings: [String]

  public init(items: [Item], warnings: [String] = []) {
    self.items = items
    self.warnings = warnings
  }
}
