import Cloud

/// What one simulated command did: what it printed on each stream, its exit status, and what
/// happened in the world while it ran.
public struct CommandResult: Sendable, Equatable {
  public var stdout: String
  public var stderr: String
  public var status: Int32
  public var events: [Event]
  /// Whose words the command printed, on both streams: `.verbatim` for every simulated tool; labrun's
  /// own commands say `.markdown` or `.lines`, so the terminal may fit them to its window.
  public var form: OutputForm
  /// The command wrote its standard error before its standard output (awscli's `--debug` log
  /// comes before the answer), so where both streams meet (`2>&1`) that order is kept.
  public var stderrFirst: Bool = false

  public init(
    stdout: String = "", stderr: String = "", status: Int32 = 0, events: [Event] = [], form: OutputForm = .verbatim
  ) {
    self.stdout = stdout
    self.stderr = stderr
    self.status = status
    self.events = events
    self.form = form
  }

  /// A result that printed `text` on standard output and succeeded.
  public static func output(_ text: String, form: OutputForm = .verbatim) -> CommandResult {
    CommandResult(stdout: text, form: form)
  }

  /// A result that printed `text` on standard error with `status`.
  public static func failure(_ text: String, status: Int32, form: OutputForm = .verbatim) -> CommandResult {
    CommandResult(stderr: text, status: status, form: form)
  }
}
