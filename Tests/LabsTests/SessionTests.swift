import LineEditing
import Shell
import Testing
import TextLayout
import Transcript

@testable import Labs

/// The learner's loop, driven as the CLI drives it but with every collaborator injected: a line
/// source, a terminal, a clock and a store held in memory.
@Suite struct SessionTests {
  static let learner = AttemptMetadata.Learner(name: "Ada Lovelace", email: "ada@example.org")

  static func session(_ lab: Lab, store: RecordingStore, terminal: TerminalCapabilities = .pipe) throws -> Session {
    let clock = SteppingClock(start: 1_790_000_000_000)
    return Session(
      attempt: try Attempt(lab: lab), learner: learner, store: store, terminal: terminal, clock: clock.read)
  }

  /// A whole lab, piped: every line is echoed after its prompt, placeholders are filled, comments
  /// and blank lines are skipped, each command is committed once with its steps and progress page.
  @Test func aPipedSessionRunsAWholeLabAndCommitsEveryCommand() throws {
    let lab = try LabFixtures.probe()
    let store = RecordingStore()
    var session = try Self.session(lab, store: store)
    var source = ListLineSource(["# the probe lab", ""] + LabFixtures.probeSolution)
    let sink = CollectingSink()
    session.run(from: &source, to: sink)

    #expect(session.attempt.finished)
    #expect(session.exitStatus == 0)
    #expect(store.entries.map { $0.command?.input } == LabFixtures.probeSolution)
    #expect(store.entries.map { $0.command?.host } == ["V3", "V3", "V1", "V1"])
    #expect(store.saves.map(\.passedSteps) == [["lookup-s3"], [], ["list-bucket"], ["which-way"]])
    #expect(store.saves.map(\.wallTime.millisecondsSince1970) == [0, 1, 2, 3].map { 1_790_000_000_000 + $0 * 10_000 })
    // The last page says the lab is complete; every save carries the page as it was then.
    #expect(store.saves.last?.progressPage?.contains("**3 of 3 steps passed · 35/35 points · 0 hints used**") == true)
    #expect(store.saves.first?.progressPage?.contains("**1 of 3 steps passed") == true)

    // What was shown: each command after its prompt, its output, then the lab's notes; no colour.
    let shown = sink.text(.stdout)
    #expect(!shown.contains("# the probe lab"))
    #expect(!shown.contains("\u{1B}["))
    expectInOrder(
      shown,
      [
        "[ec2-user@ip-10-0-12-20 ~]$ nslookup s3.ap-northeast-2.amazonaws.com\n",
        "Non-authoritative answer:\nName:\ts3.ap-northeast-2.amazonaws.com\n",
        "\n✓ Step 1 of 3 passed: Look up S3 on V3 (+10 points)\n",
        "\n── Step 2 of 3: List the bucket from V1 ──\n\nList the bucket jschoi.acl from V1.\n",
        "[ec2-user@ip-10-0-12-20 ~]$ ssh V1\n",
        "[ec2-user@ip-10-0-1-10 ~]$ aws s3 ls s3://jschoi.acl\n",
        "                           PRE private1/\n",
        "2017-09-26 05:03:18      29606 jschoi.acl_test.csv\n",
        "[ec2-user@ip-10-0-1-10 ~]$ answer a\nCorrect.\n",
        "\n★ Lab complete: 35/35 points.\n",
      ])
    // What was committed is what was shown for each line (prompt and echo aside).
    let recorded = store.entries.compactMap(\.command).map(\.output).joined()
    #expect(shown.replacingPrompts() == recorded)
  }

  /// On a terminal there is no echo (the terminal showed what was typed) and notes are coloured.
  @Test func aTerminalSessionColoursNotesAndDoesNotEcho() throws {
    let lab = try LabFixtures.probe()
    let store = RecordingStore()
    var session = try Self.session(lab, store: store, terminal: TerminalCapabilities(isTerminal: true, colour: true))
    var source = ListLineSource(["nslookup s3.ap-northeast-2.amazonaws.com", "# typed as a comment"])
    let sink = CollectingSink()
    session.run(from: &source, to: sink)
    let shown = sink.text(.stdout)
    #expect(!shown.contains("$ nslookup"))
    #expect(shown.contains("\n\u{1B}[32m✓ Step 1 of 3 passed: Look up S3 on V3 (+10 points)\u{1B}[0m\n"))
    // The next step's banner is bold; its instructions are rendered Markdown.
    #expect(
      shown.contains(
        "\n\u{1B}[1m── Step 2 of 3: List the bucket from V1 ──\u{1B}[0m\n\nList the bucket jschoi.acl from V1.\n"))
    // At the end of input, a terminal gets a line break so the shell's prompt starts on its own line.
    #expect(shown.hasSuffix("\n\n"))
    // A comment typed at a terminal is a line bash keeps in history: it is recorded.
    #expect(store.entries.count == 2)
    // The store keeps plain text: colour is only for the screen.
    #expect(!(store.entries.compactMap(\.command).map(\.output).joined().contains("\u{1B}")))
  }

  /// Feedback for a known mistake is yellow on a terminal, plain in the transcript.
  @Test func feedbackIsShownAfterTheOutput() throws {
    let lab = try LabFixtures.probe()
    let store = RecordingStore()
    var session = try Self.session(lab, store: store, terminal: TerminalCapabilities(isTerminal: true, colour: true))
    _ = session.handle("ssh V1")
    let shown = session.handle("nslookup s3.ap-northeast-2.amazonaws.com")
    #expect(shown.last == Shown(.stdout, "\n\u{1B}[33m»\u{1B}[0m That lookup ran on V1; this step is about V3.\n"))
    #expect(
      store.entries.last?.command?.output.hasSuffix("\n» That lookup ran on V1; this step is about V3.\n") == true)
  }

  /// A store that fails: the output is still shown, with a warning; the command is counted as
  /// unsaved, the exit status is 1 and the farewell says so. A later save works again.
  @Test func aFailedSaveIsShownAndCounted() throws {
    let lab = try LabFixtures.probe()
    let store = RecordingStore()
    var session = try Self.session(lab, store: store)
    store.failure = Failure("the disk is full")
    let shown = session.handle("hostname")
    #expect(
      shown == [
        Shown(.stdout, "ip-10-0-12-20\n"),
        Shown(
          .stderr,
          "labrun: warning: this command was not saved: the disk is full\n" + LabMessages.english.say(.notSavedUndone)
            + "\n"),
      ])
    #expect(session.unsaved == 1)
    #expect(session.exitStatus == 1)
    store.failure = nil
    _ = session.handle("hostname")
    #expect(store.entries.count == 1)
    #expect(
      session.farewell(savedIn: "/work/probe") == [
        Shown(.stdout, "Saved in /work/probe. Resume with `labrun start probe`; hand in with `labrun submit probe`.\n"),
        Shown(.stderr, "labrun: error: 1 command was not saved; see the warnings above.\n"),
      ])
  }

  /// The farewell's commands carry the options the learner gave, so that copying one opens this
  /// workspace again.
  @Test func theFarewellRepeatsTheOptionsGiven() throws {
    let session = try Self.session(try LabFixtures.probe(), store: RecordingStore())
    #expect(
      session.farewell(
        savedIn: "/tmp/ws", options: " --workspace /tmp/ws --labs /srv/labs", labsOption: " --labs /srv/labs")
        == [
          Shown(
            .stdout,
            "Saved in /tmp/ws. Resume with `labrun start probe --workspace /tmp/ws --labs /srv/labs`; hand in with `labrun submit probe --workspace /tmp/ws --labs /srv/labs`.\n"
          )
        ])
  }

  /// Issue 18: a command that could not be saved is undone: its step does not pass, `ssh` does not
  /// move the learner, and the commands saved after it record what replay of the saved ones shows.
  @Test func anUnsavedCommandIsUndoneSoTheTranscriptReplaysToWhatWasShown() throws {
    let lab = try LabFixtures.probe()
    let store = RecordingStore()
    var session = try Self.session(lab, store: store)
    var shownOutputs: [String] = []
    func type(_ line: String, failing: Bool = false) {
      store.failure = failing ? Failure("No space left on device") : nil
      let shown = session.handle(line).filter { $0.stream == .stdout }.map(\.text).joined()
      if !failing { shownOutputs.append(shown) }
    }
    type("nslookup s3.ap-northeast-2.amazonaws.com", failing: true)
    #expect(session.attempt.passed.isEmpty)
    #expect(session.attempt.commands == 0)
    type("nslookup s3.ap-northeast-2.amazonaws.com")
    #expect(session.attempt.passed == ["lookup-s3"])
    type("ssh V1", failing: true)
    #expect(session.attempt.hostName == "V3")
    type("hostname")
    #expect(shownOutputs.last == "ip-10-0-12-20\n")
    type("ssh V1")
    type("aws s3 ls s3://jschoi.acl")
    #expect(session.unsaved == 2)
    #expect(store.entries.compactMap(\.command?.host) == ["V3", "V3", "V3", "V1"])

    let (replayed, outputs) = try Attempt.replay(lab: lab, seed: lab.defaultSeed, entries: store.entries)
    #expect(outputs.map(\.text) == store.entries.compactMap(\.command?.output))
    #expect(replayed.passed == session.attempt.passed)
    #expect(replayed.prompt == session.attempt.prompt)
    #expect(replayed.commands == session.attempt.commands)
  }

  /// A Ctrl-C before a command that could not be saved still counts for the next one: its `$?` is 130.
  @Test func theStatusAnInterruptLeftSurvivesAnUnsavedCommand() throws {
    let store = RecordingStore()
    var session = try Self.session(try LabFixtures.probe(), store: store)
    session.interrupt()
    store.failure = Failure("No space left on device")
    _ = session.handle("echo $?")
    store.failure = nil
    #expect(session.handle("echo $?").first == Shown(.stdout, "130\n"))
    #expect(store.entries.compactMap(\.command?.statusBefore) == [130])
  }

  /// What a resume checkpoint holds is the replay of what was saved: a Ctrl-C at the prompt after the
  /// last line changes `$?` in the live attempt, but no saved line records it yet (issue 17).
  @Test(arguments: [
    [Input.line("false"), .interrupted],
    [.line("false"), .interrupted, .interrupted],
    [.interrupted],
    [.line("hostname"), .interrupted, .line("echo $?")],
    [.line("true"), .interrupted, .failing("echo $?")],
  ])
  func theReplayedAttemptIsWhatTheSavedLinesReplayTo(_ inputs: [Input]) throws {
    let lab = try LabFixtures.probe()
    let store = RecordingStore()
    var session = try Self.session(lab, store: store)
    for input in inputs {
      switch input {
      case .line(let line): _ = session.handle(line)
      case .failing(let line):
        store.failure = Failure("No space left on device")
        _ = session.handle(line)
        store.failure = nil
      case .interrupted: session.interrupt()
      }
    }
    let replayed = try Attempt.replay(lab: lab, seed: lab.defaultSeed, entries: store.entries).0
    #expect(session.replayedAttempt.shell == replayed.shell)
    #expect(session.replayedAttempt.savedProgress == replayed.savedProgress)
    // The live attempt keeps the 130 a pending Ctrl-C left, for the learner's next `echo $?`.
    if case .line = inputs.last {} else { #expect(session.attempt.shell.lastStatus == 130) }
  }

  enum Input: Sendable, CustomStringConvertible {
    case line(String)
    case failing(String)
    case interrupted

    var description: String {
      switch self {
      case .line(let line): line
      case .failing(let line): "\(line) (not saved)"
      case .interrupted: "^C"
      }
    }
  }

  /// A store's warning (the commit is saved, the work tree copy is not) is shown after the output.
  @Test func aStoreWarningIsShown() throws {
    let lab = try LabFixtures.probe()
    let store = RecordingStore()
    store.warning = "the files could not be updated"
    var session = try Self.session(lab, store: store)
    #expect(session.handle("hostname").last == Shown(.stderr, "labrun: warning: the files could not be updated\n"))
    #expect(session.exitStatus == 0)
  }

  /// Blank lines are not commands: nothing is run, recorded or shown.
  @Test(arguments: ["", "   ", "\t"])
  func blankLinesAreNotRecorded(_ line: String) throws {
    let store = RecordingStore()
    var session = try Self.session(try LabFixtures.probe(), store: store)
    #expect(session.handle(line) == [])
    #expect(store.saves.isEmpty)
    #expect(session.attempt.commands == 0)
  }

  /// A new attempt starts with the introduction; a resumed one with where the learner is.
  @Test func introductionAndResumption() throws {
    let lab = try LabFixtures.probe()
    let store = RecordingStore()
    var session = try Self.session(lab, store: store)
    #expect(session.introduction.map(\.text).joined().hasPrefix("Probe lab\n=========\n\nA small lab for tests.\n"))
    _ = session.handle("nslookup s3.ap-northeast-2.amazonaws.com")
    let resumed = Session(
      attempt: try Attempt.replay(lab: lab, seed: lab.defaultSeed, entries: store.entries).0, learner: Self.learner,
      store: store, terminal: .pipe, clock: { WallTime(millisecondsSince1970: 0) })
    #expect(
      resumed.resumption == [
        Shown(.stdout, "Resuming Probe lab: 1 of 3 steps passed; commands so far: 1.\n"),
        Shown(.stdout, "\n── Step 2 of 3: List the bucket from V1 ──\n\nList the bucket jschoi.acl from V1.\n\n"),
      ])
  }

  /// `exit` on the first host ends the loop and is not recorded; the lines after it are not read.
  @Test func exitOnTheFirstHostEndsTheSessionUnrecorded() throws {
    let store = RecordingStore()
    var session = try Self.session(try LabFixtures.probe(), store: store)
    var source = ListLineSource(["hostname", "exit", "hostname"])
    let sink = CollectingSink()
    session.run(from: &source, to: sink)
    #expect(session.ended)
    #expect(store.entries.compactMap { $0.command?.input } == ["hostname"])
    #expect(sink.text(.stdout).hasSuffix("[ec2-user@ip-10-0-12-20 ~]$ exit\nlogout\n"))
  }

  /// A placeholder that names nothing is said once, and the line runs as written.
  @Test func anUnfilledPlaceholderIsAWarning() throws {
    let store = RecordingStore()
    var session = try Self.session(try LabFixtures.probe(), store: store)
    var source = ListLineSource(["echo {{endpoint:s3:gateway}}"])
    let sink = CollectingSink()
    session.run(from: &source, to: sink)
    #expect(
      sink.text(.stderr)
        == "labrun: warning: {{endpoint:s3:gateway}} names nothing in the world at this point; the line runs as written\n"
    )
    #expect(store.entries.first?.command?.input == "echo {{endpoint:s3:gateway}}")
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
  }
}

extension String {
  /// The text without the echoed `[user@host ~]$ command` lines of a piped session.
  fileprivate func replacingPrompts() -> String {
    split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !($0.hasPrefix("[ec2-user@") && $0.contains(" ~]$ ")) }
      .joined(separator: "\n")
  }
}

/// Fails unless `fragments` appear in `text` in this order.
func expectInOrder(_ text: String, _ fragments: [String], sourceLocation: SourceLocation = #_sourceLocation) {
  var rest = Substring(text)
  for fragment in fragments {
    guard let range = rest.range(of: fragment) else {
      Issue.record("missing, or out of order: \(fragment.debugDescription)", sourceLocation: sourceLocation)
      return
    }
    rest = rest[range.upperBound...]
  }
}

/// Commands over several lines, Ctrl-C and Ctrl-D, as bash treats them.
@Suite struct SessionLineTests {
  static func session(_ store: RecordingStore, terminal: TerminalCapabilities = .pipe) throws -> Session {
    try SessionTests.session(try LabFixtures.probe(), store: store, terminal: terminal)
  }

  /// A pasted three-line command with `\` continuations is one command: one entry, one commit.
  @Test func aBackslashContinuedCommandIsOneEntry() throws {
    let store = RecordingStore()
    var session = try Self.session(store)
    var source = ListLineSource([
      "aws ec2 describe-route-tables \\", "  --filters Name=vpc-id,Values=$VPC_ID \\",
      "  --query 'RouteTables[].RouteTableId' --output text",
    ])
    let sink = CollectingSink()
    session.run(from: &source, to: sink)
    #expect(store.entries.count == 1)
    let record = try #require(store.entries.first?.command)
    #expect(
      record.input
        == "aws ec2 describe-route-tables   --filters Name=vpc-id,Values=$VPC_ID   --query 'RouteTables[].RouteTableId' --output text"
    )
    #expect(source.prompts == ["[ec2-user@ip-10-0-12-20 ~]$ ", "> ", "> ", "[ec2-user@ip-10-0-12-20 ~]$ "])
    // Piped, the echo shows each physical line after its own prompt.
    #expect(
      sink.text(.stdout).hasPrefix(
        "[ec2-user@ip-10-0-12-20 ~]$ aws ec2 describe-route-tables \\\n>   --filters Name=vpc-id,Values=$VPC_ID \\\n>   --query"
      ))
  }

  @Test(arguments: [
    (["echo 'one", "two'"], "echo 'one\ntwo'", "one\ntwo\n"),
    (["echo \"a", "b\" c"], "echo \"a\nb\" c", "a\nb c\n"),
    (["echo abc |", "grep b"], "echo abc | grep b", "abc\n"),
    (["echo x &&", "echo y"], "echo x && echo y", "x\ny\n"),
    (["false ||", "echo z"], "false || echo z", "z\n"),
  ])
  func continuedLinesRunAsOneCommand(_ lines: [String], _ joined: String, _ printed: String) throws {
    let store = RecordingStore()
    var session = try Self.session(store)
    var source = ListLineSource(lines)
    session.run(from: &source, to: CollectingSink())
    #expect(store.entries.map { $0.command?.input } == [joined])
    #expect(store.entries.first?.command?.output == printed)
  }

  /// Ctrl-C drops the line and leaves `$?` at 130; the next command records that, so replay agrees.
  @Test func ctrlCLeaves130InTheStatusAndReplayKnowsIt() throws {
    let store = RecordingStore()
    var session = try Self.session(store, terminal: TerminalCapabilities(isTerminal: true))
    var source = ListLineSource(inputs: [.line("hostname"), .interrupted, .line("echo $?"), .line("echo $?")])
    session.run(from: &source, to: CollectingSink())
    let records = store.entries.compactMap(\.command)
    #expect(records.map(\.output) == ["ip-10-0-12-20\n", "130\n", "0\n"])
    #expect(records.map(\.statusBefore) == [nil, 130, nil])
    let lab = try LabFixtures.probe()
    let (_, outputs) = try Attempt.replay(lab: lab, seed: lab.defaultSeed, entries: store.entries)
    #expect(outputs.map(\.text) == ["ip-10-0-12-20\n", "130\n", "0\n"])
  }

  /// Ctrl-C in the middle of a continued command drops all of it.
  @Test func ctrlCDuringAContinuationDropsTheCommand() throws {
    let store = RecordingStore()
    var session = try Self.session(store, terminal: TerminalCapabilities(isTerminal: true))
    var source = ListLineSource(inputs: [.line("echo 'half"), .interrupted, .line("hostname")])
    session.run(from: &source, to: CollectingSink())
    #expect(store.entries.compactMap { $0.command?.input } == ["hostname"])
  }

  /// Ctrl-D in the middle of a continued command ends it where it stands, as bash's end of input
  /// does: bash names what is left open, `$?` is 2, and the session goes on (it is no logout).
  @Test(arguments: [
    ("echo 'half", "-bash: unexpected EOF while looking for matching `''\n"),
    ("echo abc |", "-bash: syntax error: unexpected end of file\n"),
  ])
  func ctrlDDuringAContinuationReportsWhatIsOpen(line: String, message: String) throws {
    let store = RecordingStore()
    var session = try Self.session(store, terminal: TerminalCapabilities(isTerminal: true))
    var source = ListLineSource(inputs: [.line(line), .end, .line("echo $?")])
    let sink = CollectingSink()
    session.run(from: &source, to: sink)
    #expect(store.entries.compactMap { $0.command?.input } == [line, "echo $?"])
    #expect(sink.text(.stderr) == message)
    #expect(store.entries.last?.command?.output == "2\n")
  }

  /// The session's completer says what the shell's does of its candidates: files are paths, which a
  /// listing shows by their last part; a continued line's words are completed in its command.
  @Test func theSessionsCompleterKeepsWhatTheShellSaysOfItsCandidates() throws {
    let session = try Self.session(RecordingStore(), terminal: TerminalCapabilities(isTerminal: true))
    let files = session.completer.complete(line: "cat /etc/ho", cursorOffset: 11)
    #expect(files.candidates == ["/etc/hostname", "/etc/hosts"] && files.filenames)
    let commands = session.completer.complete(line: "nsloo", cursorOffset: 5)
    #expect(commands.candidates == ["nslookup"] && !commands.filenames)
    let continued = SessionCompleter(state: session.attempt.shell, pending: "ls")
      .complete(line: "/etc/ho", cursorOffset: 7)
    #expect(continued.replaceFrom == 0 && continued.filenames)
  }

  /// A source that keeps what the session asks it to remember, as the terminal's line editor does.
  struct RememberingSource: LineSource {
    var lines: ListLineSource
    var remembered: [String] = []
    mutating func read(prompt: String, completer: any Completer) -> LineInput {
      lines.read(prompt: prompt, completer: completer)
    }
    mutating func remember(_ command: String) { remembered.append(command) }
  }

  /// A command is remembered for Up once it is whole: one continued over three lines is one
  /// entry, as bash recalls it; a command dropped with Ctrl-C is not remembered.
  @Test func aContinuedCommandIsRememberedWhole() throws {
    var session = try Self.session(RecordingStore(), terminal: TerminalCapabilities(isTerminal: true))
    var source = RememberingSource(
      lines: ListLineSource(inputs: [
        .line("echo one \\"), .line("two \\"), .line("three"), .line("echo 'open"), .interrupted,
        .line("hostname"), .line("!!"), .line("!nosuch"),
      ]))
    session.run(from: &source, to: CollectingSink())
    // `!!` is remembered as the line it ran; a line whose expansion failed ran nothing and is not.
    #expect(source.remembered == ["echo one two three", "hostname", "hostname"])
    #expect(session.history == ["echo one two three", "hostname", "hostname"])
  }

  /// Ctrl-D on a host reached with ssh goes back one host (recorded as `exit`); on the first host it leaves.
  @Test func ctrlDGoesBackOneHostThenLeaves() throws {
    let store = RecordingStore()
    var session = try Self.session(store, terminal: TerminalCapabilities(isTerminal: true))
    var source = ListLineSource(inputs: [.line("ssh V1"), .end, .line("hostname"), .end, .line("never read")])
    session.run(from: &source, to: CollectingSink())
    #expect(session.ended)
    #expect(store.entries.compactMap { $0.command?.input } == ["ssh V1", "exit", "hostname"])
    #expect(store.entries.compactMap { $0.command?.host } == ["V3", "V1", "V3"])
  }

  /// A workspace whose transcript holds `exit` on the first host (as earlier labrun recorded it)
  /// still resumes: replay does not end the attempt.
  @Test func aRecordedExitDoesNotStopAResume() throws {
    let lab = try LabFixtures.probe()
    let entries: [TranscriptEntry] = [
      .typed("hostname"), .typed("exit"), .typed("nslookup s3.ap-northeast-2.amazonaws.com"),
    ]
    let (attempt, _) = try Attempt.replay(lab: lab, seed: lab.defaultSeed, entries: entries)
    #expect(attempt.passed == ["lookup-s3"])
    let store = RecordingStore()
    var session = Session(
      attempt: attempt, learner: SessionTests.learner, store: store, terminal: .pipe,
      clock: { WallTime(millisecondsSince1970: 0) })
    var source = ListLineSource(["hostname"])
    session.run(from: &source, to: CollectingSink())
    #expect(store.entries.count == 1)
  }

  /// The line editor's history comes from the transcript: replayed lines are there after a resume.
  @Test func historyComesFromTheTranscript() throws {
    let lab = try LabFixtures.probe()
    let (attempt, _) = try Attempt.replay(
      lab: lab, seed: lab.defaultSeed, entries: [.typed("hostname"), .typed("hint"), .typed("echo 'a\nb'")])
    let session = Session(
      attempt: attempt, learner: SessionTests.learner, store: RecordingStore(), terminal: .pipe,
      clock: { WallTime(millisecondsSince1970: 0) })
    #expect(session.history == ["hostname", "hint", "echo 'a\nb'"])
  }
}

/// labrun's own words are laid out for the window; the transcript keeps them as written.
@Suite struct SessionRenderingTests {
  @Test(arguments: [60, 100, 160])
  func theIntroductionFitsTheWindow(_ width: Int) throws {
    let lab = try GradingFixture.lab("interface-endpoint")
    let session = Session(
      attempt: try Attempt(lab: lab), learner: SessionTests.learner, store: RecordingStore(),
      terminal: TerminalCapabilities(isTerminal: true, width: width), clock: { WallTime(millisecondsSince1970: 0) })
    let text = session.introduction.map(\.text).joined()
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count > 8)
    for line in lines { #expect(line.displayWidth <= width, "\(line)") }
    // Reflowed, not cut: the summary's words are all there, in order.
    let words = { (text: String) in text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) }
    #expect(words(text).joined(separator: " ").contains(words(lab.summary).joined(separator: " ")))
    if width == 160 { #expect(lines.contains { $0.displayWidth > 100 }) }
  }

  /// `help` fits the default 80-column terminal as written, in both languages, lab commands
  /// included: no line needs folding, so its columns stay where they are.
  @Test(arguments: ["en", "ko"])
  func helpFitsEightyColumns(_ language: String) throws {
    let both = try SessionLanguageTests.both("interface-endpoint")
    let lab = language == "ko" ? both.korean : both.english
    var session = Session(
      attempt: try Attempt(lab: lab), learner: SessionTests.learner, store: RecordingStore(),
      terminal: TerminalCapabilities(isTerminal: true, width: 80), clock: { WallTime(millisecondsSince1970: 0) })
    let shown = session.handle("help").map(\.text).joined()
    let lines = shown.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count > 30)
    for line in lines { #expect(line.displayWidth <= 79, "\(line)") }
    // As written: the terminal folded nothing.
    var attempt = try Attempt(lab: lab)
    #expect(shown == attempt.run("help").text)
  }

  /// A wrong answer's feedback (`» …`) and `answer`'s other replies are folded to the window like
  /// labrun's other words, the feedback's lines under its text; the transcript keeps each as one line.
  @Test(arguments: [60, 80])
  func aWrongAnswersFeedbackFitsTheWindow(_ width: Int) throws {
    let lab = try GradingFixture.lab("interface-endpoint")
    let store = RecordingStore()
    var session = Session(
      attempt: try Attempt(lab: lab), learner: SessionTests.learner, store: store,
      terminal: TerminalCapabilities(isTerminal: true, width: width), clock: { WallTime(millisecondsSince1970: 0) })
    // The solution up to the step's question, then a wrong choice (by its text: the letters follow
    // the seed) and an answer that names none.
    let toQuestion = GradingFixture.solution("interface-endpoint").prefix { !$0.hasPrefix("answer") }
    for line in toQuestion {
      _ = session.handle(try SolutionScript.expand(line, world: session.attempt.shell.world).get())
    }
    #expect(session.attempt.step?.id == "predict-s3-private-dns")
    let shown =
      (session.handle("answer EC2 creates it and quietly leaves out private DNS")
      + session.handle("answer \"EC2 answers: S3 would too\""))
      .map(\.text).joined()
    let lines = shown.split(separator: "\n", omittingEmptySubsequences: false)
    for line in lines { #expect(line.displayWidth <= width, "\(line)") }
    let feedback = try #require(lines.firstIndex { $0.hasPrefix("» EC2 does not drop a parameter") })
    #expect(lines[feedback + 1].hasPrefix("    "))
    // Recorded as said: the feedback on one line.
    let recorded = store.entries.compactMap(\.command).suffix(2).map(\.output)
    #expect(
      recorded.first?.contains(
        "» EC2 does not drop a parameter it cannot honour: a request it cannot carry out as asked is refused with an error.\n"
      )
        == true)
  }

  /// What is recorded does not depend on the window: the same line at 60 and 160 columns.
  @Test func theTranscriptDoesNotDependOnTheWidth() throws {
    let lab = try GradingFixture.lab("public-subnet")
    var outputs: [String] = []
    for width in [60, 160] {
      let store = RecordingStore()
      var session = Session(
        attempt: try Attempt(lab: lab), learner: SessionTests.learner, store: store,
        terminal: TerminalCapabilities(isTerminal: true, width: width), clock: { WallTime(millisecondsSince1970: 0) })
      for line in GradingFixture.solution("public-subnet") {
        _ = session.handle(try SolutionScript.expand(line, world: session.attempt.shell.world).get())
      }
      outputs.append(store.entries.compactMap(\.command).map(\.output).joined())
    }
    #expect(outputs[0] == outputs[1])
  }
}
