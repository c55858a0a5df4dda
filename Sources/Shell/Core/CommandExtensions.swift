/// Commands that a layer above the shell adds to it, which also see that layer's own state.
///
/// The lab layer registers `hint`, `check`, `answer` … here: they are parsed, piped, sequenced and
/// set `$?` like every other command, and they read and change the lab's progress (`Context`)
/// as the built-ins read and change the shell's state. A name here shadows a shell command of the
/// same name (the lab's `help` extends the shell's).
public struct CommandExtensions<Context>: Sendable {
  /// Runs one extension command against the shell's state and the layer's own.
  public typealias Handler = @Sendable (Invocation, inout ShellState, inout Context) -> CommandResult

  private var handlers: [String: Handler] = [:]
  private var looksBack: Set<String> = []
  private var prose: Set<String> = []

  public init() {}

  /// Adds or replaces the command `name`.
  ///
  /// - Parameters:
  ///   - reflective: the command only looks at the session, so a line of it keeps what `why` explains.
  ///   - takesProse: the command's words are free text (`answer b)`, `answer it's public`): a line
  ///     that starts with it and is not valid shell syntax runs it with the rest of the line as one
  ///     argument, instead of failing with a syntax error.
  public mutating func register(
    _ name: String, reflective: Bool = false, takesProse: Bool = false, _ handler: @escaping Handler
  ) {
    handlers[name] = handler
    if reflective { looksBack.insert(name) } else { looksBack.remove(name) }
    if takesProse { prose.insert(name) } else { prose.remove(name) }
  }

  /// Whether `name`'s words are free text.
  public func takesProse(_ name: String) -> Bool { prose.contains(name) }

  /// The handler for `name`, if the layer adds it.
  public func handler(for name: String) -> Handler? { handlers[name] }

  /// Whether `name` only looks at the session.
  public func isReflective(_ name: String) -> Bool { looksBack.contains(name) }

  /// The added command names, sorted.
  public var names: [String] { handlers.keys.sorted() }
}
