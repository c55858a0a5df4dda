/// One line of a learner's transcript: a command run on a simulated host, or a reset of the lab.
///
/// This is the only shape a transcript line has. The workspace stores it (one JSON line each), live
/// sessions append it, and the grader replays it; nothing converts between copies of it.
public enum TranscriptEntry: Equatable, Sendable {
  /// A command line run on a simulated host, with what it printed.
  case command(CommandRecord)
  /// The learner reset the lab, to its start (`step` nil) or to the start of the step with this id.
  case reset(step: String?)

  /// The command, for a command entry.
  public var command: CommandRecord? {
    if case .command(let record) = self { return record }
    return nil
  }
}

/// A command typed at a simulated host's prompt, and its result.
public struct CommandRecord: Equatable, Sendable {
  /// The simulated host the command ran on, e.g. `V3`.
  public var host: String
  /// The command line as it ran (a logical line: continuation lines joined as the shell joins them).
  public var input: String
  /// The simulated clock **after** the command, in milliseconds since the Unix epoch (UTC).
  ///
  /// After, not before: replay checks it against the clock the command left behind, so a command
  /// that took five simulated minutes (an `aws s3 ls` into a blackhole) proves it took them.
  public var simulatedTime: Int64
  /// The command's exit status.
  public var exitStatus: Int32
  /// Everything the line showed the learner, output and lab notes, as plain text.
  public var output: String
  /// The `$?` the line started with when something other than the previous line set it (Ctrl-C at
  /// the prompt leaves 130, as in bash); nil when it is the previous line's status.
  public var statusBefore: Int32?
  /// The language the session that ran the line spoke (`en`, `ko`), which its lab notes in `output`
  /// are in; nil when it is the workspace's own (`AttemptMetadata.language`), as in every line
  /// recorded before sessions could change language.
  ///
  /// Kept per line rather than per workspace because each session speaks the language chosen for
  /// it: replay must say each line's notes in the language the learner saw them in.
  public var language: String?

  public init(
    host: String, input: String, simulatedTime: Int64, exitStatus: Int32, output: String, statusBefore: Int32? = nil,
    language: String? = nil
  ) {
    self.host = host
    self.input = input
    self.simulatedTime = simulatedTime
    self.exitStatus = exitStatus
    self.output = output
    self.statusBefore = statusBefore
    self.language = language
  }
}
