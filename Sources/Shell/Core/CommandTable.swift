/// Runs one simulated command against the shell's state.
public typealias CommandHandler = @Sendable (Invocation, inout ShellState) -> CommandResult

/// The simulated commands by name: the only things a typed line can run.
///
/// There is deliberately no fallback to a real program: a name that is not here is
/// `command not found`, so nothing a learner types can reach the operating system.
public struct CommandTable: Sendable {
  private var handlers: [String: CommandHandler]

  public init(_ handlers: [String: CommandHandler] = [:]) {
    self.handlers = handlers
  }

  /// The handler for a command name, if the shell simulates it.
  public func handler(for name: String) -> CommandHandler? { handlers[name] }

  /// Adds or replaces the handler for `name`.
  public mutating func register(_ name: String, _ handler: @escaping CommandHandler) {
    handlers[name] = handler
  }

  /// Adds every handler of `other`, replacing same-named ones.
  public mutating func merge(_ other: CommandTable) {
    for (name, handler) in other.handlers { handlers[name] = handler }
  }

  /// The simulated command names, sorted.
  public var names: [String] { handlers.keys.sorted() }
}
