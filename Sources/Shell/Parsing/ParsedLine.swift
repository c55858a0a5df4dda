/// A `NAME=value` word before the command name.
public struct Assignment: Equatable, Sendable {
  public var name: String
  public var value: ShellWord

  public init(name: String, value: ShellWord) {
    self.name = name
    self.value = value
  }
}

/// One simple command: leading assignments, then the words (name first).
public struct SimpleCommand: Equatable, Sendable {
  public var assignments: [Assignment]
  public var words: [ShellWord]

  public init(assignments: [Assignment] = [], words: [ShellWord]) {
    self.assignments = assignments
    self.words = words
  }
}

/// Commands joined by `|`, optionally negated with a leading `!`.
public struct Pipeline: Equatable, Sendable {
  public var negated: Bool
  public var commands: [SimpleCommand]

  public init(negated: Bool = false, commands: [SimpleCommand]) {
    self.negated = negated
    self.commands = commands
  }
}

/// How a pipeline is joined to the one before it.
public enum ListConnector: Equatable, Sendable {
  /// `;` (or the first pipeline of the line): always runs.
  case sequence
  /// `&&`: runs when the previous status is 0.
  case and
  /// `||`: runs when the previous status is not 0.
  case or
}

/// A parsed command line: pipelines in order, each with the connector that precedes it.
/// An empty list is a blank line or a comment.
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

  public init(items: [Item]) {
    self.items = items
  }
}
