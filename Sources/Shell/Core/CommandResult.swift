import Cloud

/// What one simulated command did: what it printed on each stream, its exit status, and what
/// happened in the world while it ran.
public struct CommandResult: Sendable, Equatable {
  public var stdout: String
  public var stderr: String
  public var status: Int32
  public var events: [Event]

  public init(stdout: String = "", stderr: String = "", status: Int32 = 0, events: [Event] = []) {
    self.stdout = stdout
    self.stderr = stderr
    self.status = status
    self.events = events
  }

  /// A result that printed `text` on standard output and succeeded.
  public static func output(_ text: String) -> CommandResult { CommandResult(stdout: text) }

  /// A result that printed `text` on standard error with `status`.
  public static func failure(_ text: String, status: Int32) -> CommandResult {
    CommandResult(stderr: text, status: status)
  }
}
