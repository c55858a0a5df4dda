import Cloud
import Shell
import TextLayout
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
  /// What the output is rendered for; the width follows the window as the line source reports it.
  public private(set) var terminal: TerminalCapabilities
  /// How many commands could not be saved; each was undone, so the attempt is always what was saved.
  public private(set) var unsaved = 0
  /// Whether the learner has left the lab (`exit` or Ctrl-D on its first host).
  public private(set) var ended = false
  /// The `$?` a Ctrl-C left, for the next command's record.
  private var statusBefore: Int32?
  /// The `$?` the last line left, while a Ctrl-C at the prompt has put another in its place that no
  /// saved line records yet.
  private var statusOfLastLine: Int32?
  private let store: any TranscriptStore
  private let clock: () -> WallTime
  private let learner: AttemptMetadata.Learner
  /// The language the workspace was started in: lines said in it record none, as before languages
  /// could change between sessions.
  private let workspaceLanguage: Language

  /// A session on `attempt` (new, or rebuilt by replay and put into this session's language),
  /// committing to `store`; `workspaceLanguage` is the one `labrun.json` records (nil: the attempt's).
  public init(
    attempt: Attempt, learner: AttemptMetadata.Learner, store: any TranscriptStore,
    terminal: TerminalCapabilities, workspaceLanguage: Language? = nil, clock: @escaping () -> WallTime
  ) {
    self.attempt = attempt
    self.workspaceLanguage = workspaceLanguage ?? attempt.lab.language
    self.learner = learner
    self.store = store
    self.terminal = terminal
    self.clock = clock
  }

  /// The window is now `columns` wide: what follows is rendered for it.
  public mutating func setWidth(_ columns: Int) {
    terminal.width = max(1, columns)
  }

  /// The prompt to show before the next line.
  public var prompt: String { attempt.prompt }

  /// The progress page for the workspace, as it is now.
  public var progressPage: String { ProgressPage.render(attempt, learner: learner.identity) }

  /// How labrun's own words are laid out for this terminal.
  public var renderer: TerminalRenderer { TerminalRenderer(width: terminal.width, colour: terminal.colour) }

  /// What a new attempt shows first: the lab's title, summary and how to get help, then the first step.
  public var introduction: [Shown] {
    let lab = attempt.lab
    let title = style(lab.title, bold: true)
    var text = "\(title)\n\(String(repeating: "=", count: lab.title.displayWidth))\n"
    if !lab.summary.isEmpty { text += "\n" + renderer.render(markdown: lab.summary) }
    text += "\n" + renderer.render(markdown: attempt.helpLine)
    return [Shown(.stdout, text + render(attempt.currentNote) + "\n")]
  }

  /// What a resumed attempt shows first: where the learner is.
  public var resumption: [Shown] {
    let lab = attempt.lab
    let values = [
      "title": lab.title, "passed": "\(attempt.passed.count)", "count": "\(lab.steps.count)",
      "commands": "\(attempt.commands)",
    ]
    let summary = fitted(lab.messages.say(.resuming, values)) + "\n"
    return [Shown(.stdout, summary), Shown(.stdout, render(attempt.currentNote) + "\n")]
  }

  /// What the session says when it ends; `location` names where the work is kept.
  ///
  /// The commands it suggests carry `options` (` --workspace DIR --labs DIR`, as the learner gave
  /// them) so that they open this workspace again, and the next lab's carries `labsOption`.
  public func farewell(savedIn location: String, options: String = "", labsOption: String = "") -> [Shown] {
    let id = attempt.lab.id
    let messages = attempt.lab.messages
    let values = ["location": location, "lab": id, "options": options]
    var shown: [Shown]
    if attempt.finished {
      var text = messages.say(.savedComplete, values)
      if let next = attempt.lab.nextLabID {
        text += " " + messages.say(.savedNext, ["next": next, "labs": labsOption])
      }
      shown = [Shown(.stdout, fitted(text) + "\n")]
    } else {
      shown = [Shown(.stdout, fitted(messages.say(.saved, values)) + "\n")]
    }
    if unsaved > 0 {
      shown.append(
        Shown(
          .stderr,
          messages.say(unsaved == 1 ? .unsavedOne : .unsavedMany, ["count": "\(unsaved)"]) + "\n"))
    }
    return shown
  }

  /// A line of labrun's own broken at its spaces to fit a terminal (Hangul two columns a syllable),
  /// so a Korean sentence never breaks inside a word; a pipe gets it whole, as scripts expect.
  private func fitted(_ line: String) -> String {
    guard terminal.isTerminal, line.displayWidth > terminal.width else { return line }
    return line.wrapped(toWidth: terminal.width).joined(separator: "\n")
  }

  /// The language each line of this session records: nil when it is the workspace's own.
  var recordedLanguage: String? {
    attempt.lab.language == workspaceLanguage ? nil : attempt.lab.language.rawValue
  }

  /// The session's exit status: 1 when a command could not be saved, else 0.
  public var exitStatus: Int32 { unsaved > 0 ? 1 : 0 }

  /// Tab completion from the simulated world as it is now.
  public var completer: SessionCompleter { SessionCompleter(state: attempt.shell, pending: "") }

  /// The lines typed so far in this lab (replayed ones too), oldest first, for the line editor's history.
  public var history: [String] { attempt.shell.history }

  /// Runs one line the learner typed: records and commits it, then hands back what to show.
  ///
  /// A blank line does nothing and is not recorded. Leaving the first host (`exit`, `logout`) is
  /// not a command either: it ends the session and is not recorded, so replay never meets it.
  public mutating func handle(_ line: String) -> [Shown] {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    if words.isEmpty { return [] }
    if words.count == 1, ["exit", "logout"].contains(words[0]), attempt.shell.hostStack.isEmpty {
      ended = true
      return [Shown(.stdout, "logout\n")]
    }
    let host = attempt.hostName
    let before = statusBefore
    // Kept until the save succeeds: a command that could not be saved is undone, so the attempt
    // stays exactly what its transcript replays to.
    let lastSaved = attempt
    if let before { attempt.setStatus(before) }
    statusBefore = nil
    let output = attempt.run(line)
    if output.leaves { ended = true }
    let record = CommandRecord(
      host: host, input: Attempt.recordedInput(line), simulatedTime: attempt.shell.world.now, exitStatus: output.status,
      output: output.text, statusBefore: before, language: recordedLanguage)
    var warning: String?
    do {
      if let problem = try store.save(
        .command(record), passedSteps: output.passedSteps, progressPage: progressPage, wallTime: clock())
      {
        warning = "labrun: warning: \(problem)\n"
      }
      statusOfLastLine = nil
    } catch {
      unsaved += 1
      attempt = lastSaved
      statusBefore = before
      let messages = attempt.lab.messages
      warning = messages.say(.notSaved, ["error": "\(error)"]) + "\n" + messages.say(.notSavedUndone) + "\n"
    }
    let renderer = self.renderer
    var shown = output.output.map { Shown($0.stream, renderer.show($0)) }
    shown += output.notes.map { Shown(.stdout, render($0)) }
    if let warning { shown.append(Shown(.stderr, warning)) }
    return shown
  }

  /// `handle(line)`, with what the shell's history kept of the line, as bash's history keeps it:
  /// a continued command whole, the line after history expansion (`!!` as the line it ran), nil
  /// for a line that ran nothing or was undone. A terminal's line editor recalls exactly that.
  public mutating func handleKeepingHistory(_ line: String) -> (shown: [Shown], kept: String?) {
    let count = attempt.shell.history.count
    let shown = handle(line)
    return (shown, attempt.shell.history.count > count ? attempt.shell.history.last : nil)
  }

  /// The attempt as replaying the saved transcript rebuilds it, which is what a resume checkpoint
  /// holds: `attempt` without a `$?` that a Ctrl-C at the prompt set and no saved line records.
  public var replayedAttempt: Attempt {
    guard let statusOfLastLine else { return attempt }
    var replayed = attempt
    replayed.setStatus(statusOfLastLine)
    return replayed
  }

  /// A Ctrl-C at the prompt: the line being typed is dropped and `$?` becomes 130, as in bash.
  public mutating func interrupt() {
    if statusOfLastLine == nil { statusOfLastLine = attempt.shell.lastStatus }
    statusBefore = 130
    attempt.setStatus(130)
  }

  /// The end of input. Ctrl-D at a terminal's empty prompt on a host reached with `ssh` goes back
  /// one host, as `exit` does; on the first host, or when a pipe ends, it leaves the lab.
  public mutating func endOfInput() -> [Shown] {
    if terminal.isTerminal && !attempt.shell.hostStack.isEmpty { return handle("exit") }
    ended = true
    return terminal.isTerminal ? [Shown(.stdout, "\n")] : []
  }

  /// Reads and runs lines from `source` until it ends or the learner leaves, writing to `sink`.
  ///
  /// A line that is not a whole command yet (a trailing `\`, an open quote, a trailing `|`, `&&` or
  /// `||`) goes on after a `> ` prompt, and the lines run as one command: one entry, one commit.
  /// Piped input (`terminal.isTerminal` false) follows the same rules and is a script besides:
  /// `#` comment lines are skipped as `verify-solutions` skips them, `{{…}}` placeholders are filled
  /// from the world as the line runs, and each line is echoed after its prompt, so the output reads
  /// like a terminal's.
  public mutating func run(from source: inout some LineSource, to sink: some OutputSink) {
    while !ended {
      let shownPrompt = prompt
      var line: String
      switch source.read(prompt: shownPrompt, completer: completer) {
      case .line(let text): line = text
      case .interrupted:
        interrupt()
        continue
      case .end:
        for piece in endOfInput() { sink.write(piece.text, to: piece.stream) }
        continue
      }
      if let width = source.windowWidth { terminal.width = width }
      if !terminal.isTerminal && SolutionScript.isComment(line) { continue }
      var echo = shownPrompt + line + "\n"
      var interrupted = false
      continuing: while let reason = LineContinuation.of(line) {
        let continuing = SessionCompleter(state: attempt.shell, pending: reason.join(line, ""))
        switch source.read(prompt: LineContinuation.prompt, completer: continuing) {
        case .line(let more):
          echo += LineContinuation.prompt + more + "\n"
          line = reason.join(line, more)
        case .interrupted:
          interrupted = true
          break continuing
        case .end:
          // Ctrl-D (or the end of a pipe) ends the command where it stands: bash then reports
          // what is left open (`unexpected EOF while looking for matching`…), status 2.
          break continuing
        }
      }
      if interrupted {
        // Ctrl-C in the middle of a continued command drops all of it, as bash does.
        interrupt()
        continue
      }
      if !terminal.isTerminal {
        switch SolutionScript.expand(line, world: attempt.shell.world) {
        case .success(let expanded): line = expanded
        case .failure(let error):
          sink.write("labrun: warning: \(error.placeholder) \(error.reason); the line runs as written\n", to: .stderr)
        }
        sink.write(echo, to: .stdout)
      }
      let (shown, kept) = handleKeepingHistory(line)
      for piece in shown { sink.write(piece.text, to: piece.stream) }
      if let kept { source.remember(kept) }
    }
  }

  /// A lab note as the terminal shows it: its Markdown rendered for the window, passed steps in
  /// green and feedback behind a yellow `»` when colour is on. The transcript keeps `note.text`.
  func render(_ note: AttemptNote) -> String {
    switch note {
    case .stepPassed, .labComplete:
      let text = note.text(attempt.lab.messages)
      guard terminal.colour else { return text }
      // Colour each line on its own, so no escape spans a line break.
      return text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : "\u{1B}[32m\($0)\u{1B}[0m" }.joined(separator: "\n")
    case .feedback(let message):
      let lead = terminal.colour ? "\u{1B}[33m»\u{1B}[0m " : "» "
      return "\n" + renderer.render(markdown: message, lead: lead)
    case .stepBegins(let number, let count, let title, let instructions):
      let words = attempt.lab.messages.say(.stepBegins, ["number": "\(number)", "count": "\(count)", "title": title])
      let banner = style(words, bold: true)
      return "\n\(banner)\n\n" + renderer.render(markdown: instructions)
    }
  }

  /// `text` in bold when colour is on.
  private func style(_ text: String, bold: Bool) -> String {
    terminal.colour && bold ? "\u{1B}[1m\(text)\u{1B}[0m" : text
  }
}
