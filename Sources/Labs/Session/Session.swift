import Cloud
import Shell
import Transcript

/// The learner's loop as a value: a line in → the attempt runs it → the entry is committed through
/// the store → what to show comes back.
///
/// The CLI, the end-to-end helpers and the benchmarks are adapters over it: they choose the line
/// source, the output sink, the terminal, the clock and the store, and write this sequence nowhere
/// else. Every command is committed before its output is shown, so nothing shown is ever lost.
public struct Session {
  /// The attempt, after every line so far.
  public private(set) var attempt: Attempt
  /// What the output is rendered for.
  public let terminal: TerminalCapabilities
  /// How many commands could not be saved.
  public private(set) var unsaved = 0
  private let store: any TranscriptStore
  private let clock: () -> WallTime
  private let learner: AttemptMetadata.Learner

  /// A session on `attempt` (new, or rebuilt by replay), committing to `store`.
  public init(
    attempt: Attempt, learner: AttemptMetadata.Learner, store: any TranscriptStore,
    terminal: TerminalCapabilities, clock: @escaping () -> WallTime
  ) {
    self.attempt = attempt
    self.learner = learner
    self.store = store
    self.terminal = terminal
    self.clock = clock
  }

  /// Whether the learner has left the lab (`exit` on its first host).
  public var ended: Bool { attempt.sessionEnded }

  /// The prompt to show before the next line.
  public var prompt: String { attempt.prompt }

  /// The progress page for the workspace, as it is now.
  public var progressPage: String { ProgressPage.render(attempt, learner: learner.identity) }

  /// What a new attempt shows first: the lab's introduction and the first step.
  public var introduction: [Shown] { [Shown(.stdout, attempt.introduction + "\n")] }

  /// What a resumed attempt shows first: where the learner is.
  public var resumption: [Shown] {
    let lab = attempt.lab
    let summary =
      "Resuming \(lab.title): \(attempt.passed.count) of \(lab.steps.count) steps passed, \(attempt.commands) commands so far.\n"
    return [Shown(.stdout, summary), Shown(.stdout, attempt.currentNote.text + "\n")]
  }

  /// What the session says when it ends; `location` names where the work is kept.
  public func farewell(savedIn location: String) -> [Shown] {
    let id = attempt.lab.id
    var shown = [
      Shown(.stdout, "Saved in \(location). Resume with `labrun start \(id)`; hand in with `labrun submit \(id)`.\n")
    ]
    if unsaved > 0 {
      shown.append(
        Shown(
          .stderr,
          "labrun: error: \(unsaved) command\(unsaved == 1 ? " was" : "s were") not saved; see the warnings above.\n"))
    }
    return shown
  }

  /// The session's exit status: 1 when a command could not be saved, else 0.
  public var exitStatus: Int32 { unsaved > 0 ? 1 : 0 }

  /// Runs one line the learner typed: records and commits it, then hands back what to show.
  ///
  /// A blank line does nothing and is not recorded.
  public mutating func handle(_ line: String) -> [Shown] {
    if line.allSatisfy({ $0 == " " || $0 == "\t" }) { return [] }
    let host = attempt.hostName
    let output = attempt.run(line)
    let record = CommandRecord(
      host: host, input: line, simulatedTime: attempt.shell.world.now, exitStatus: output.status,
      output: output.text)
    var warning: String?
    do {
      if let problem = try store.save(
        .command(record), passedSteps: output.passedSteps, progressPage: progressPage, wallTime: clock())
      {
        warning = "labrun: warning: \(problem)\n"
      }
    } catch {
      unsaved += 1
      warning = "labrun: warning: this command was not saved: \(error)\n"
    }
    var shown = output.output.map { Shown($0.stream, $0.text) }
    shown += output.notes.map { Shown(.stdout, render($0)) }
    if let warning { shown.append(Shown(.stderr, warning)) }
    return shown
  }

  /// Reads and runs lines from `source` until it ends or the learner leaves, writing to `sink`.
  ///
  /// Piped input (`terminal.isTerminal` false) is a script: `#` comment lines are skipped as
  /// `verify-solutions` skips them, `{{…}}` placeholders are filled from the world as the line runs,
  /// and each line is echoed after its prompt, so the output reads like a terminal's.
  public mutating func run(from source: inout some LineSource, to sink: some OutputSink) {
    while !ended {
      guard var line = source.read(prompt: prompt) else {
        if terminal.isTerminal { sink.write("\n", to: .stdout) }
        return
      }
      if !terminal.isTerminal {
        if SolutionScript.isComment(line) { continue }
        switch SolutionScript.expand(line, world: attempt.shell.world) {
        case .success(let expanded): line = expanded
        case .failure(let error):
          sink.write("labrun: warning: \(error.placeholder) \(error.reason); the line runs as written\n", to: .stderr)
        }
        sink.write(prompt + line + "\n", to: .stdout)
      }
      for piece in handle(line) { sink.write(piece.text, to: piece.stream) }
    }
  }

  /// A lab note as the terminal shows it: passed steps in green, feedback in yellow, when colour is on.
  func render(_ note: AttemptNote) -> String {
    guard terminal.colour else { return note.text }
    switch note {
    case .stepPassed, .labComplete: return "\u{1B}[32m\(note.text)\u{1B}[0m"
    case .feedback: return "\u{1B}[33m\(note.text)\u{1B}[0m"
    case .stepBegins: return note.text
    }
  }
}
