import Foundation
import Labs
import LineEditing
import Shell
import Transcript
import Workspace

#if canImport(Glibc)
  import Glibc
#endif

/// `labrun start`: opens or creates the workspace, rebuilds the attempt, and hands the terminal to
/// a `Session`, which runs, commits and shows each line.
struct LabSession {
  let lab: Lab
  let workspacePath: String
  let console: Console
  /// The language this session speaks (`--lang`, `LABRUN_LANG`, the locale, else English), in a
  /// new workspace and a resumed one alike.
  var language = Language.en
  /// labrun's sentences in `language`, for what goes wrong before the lab is open (workspace errors).
  var messages = LabMessages.english
  /// The lab in a language; nil shows it as loaded.
  var translate: (@Sendable (Language) -> Lab)?
  /// The course secret a new workspace's variant seed is derived with (`LABRUN_COURSE_SECRET`).
  var secret: CourseSecret?
  /// The `--workspace` and `--labs` given, which the farewell's commands repeat.
  var repeated = RepeatedOptions(labs: nil, workspace: nil)

  /// Runs the session until end of input or `exit`; returns the exit status.
  func run(seedOption: UInt64?, learnerOption: String?) throws -> Int32 {
    let environment = ProcessEnvironment.values
    let terminal = TerminalCapabilities.detect(
      inputIsTerminal: isatty(STDIN_FILENO) == 1, outputIsTerminal: isatty(STDOUT_FILENO) == 1,
      windowWidth: isatty(STDOUT_FILENO) == 1 ? RawTerminal.columns() : nil,
      environment: environment)
    let (workspace, attempt, resumed, checkpoints) = try openOrCreate(
      seedOption: seedOption, learnerOption: learnerOption, interactive: terminal.isTerminal)
    defer { workspace.close() }
    var session = Session(
      attempt: attempt, learner: workspace.metadata.learner, store: checkpoints, terminal: terminal,
      workspaceLanguage: workspace.metadata.language.flatMap(Language.init(rawValue:)) ?? .en,
      clock: { WallTime(millisecondsSince1970: Int64((Date().timeIntervalSince1970 * 1000).rounded())) })
    for piece in resumed ? session.resumption : session.introduction { console.write(piece) }
    if terminal.isTerminal && (environment["TERM"] ?? "") != "dumb" {
      var source = RawTerminal(history: session.history, console: console)
      session.run(from: &source, to: console)
    } else if terminal.isTerminal {
      // A dumb terminal gets plain lines: no escapes to move a cursor it cannot move.
      var source = PlainLineSource(prompting: console)
      session.run(from: &source, to: console)
    } else {
      var source = PlainLineSource(prompting: nil)
      session.run(from: &source, to: console)
    }
    // Before the farewell, so a learner who closes the terminal on it still leaves one behind.
    if session.unsaved == 0 { checkpoints.checkpoint(session.replayedAttempt) }
    for piece in session.farewell(
      savedIn: workspacePath, options: repeated.forThisLab, labsOption: repeated.forAnotherLab)
    {
      console.write(piece)
    }
    return session.exitStatus
  }

  /// The workspace and the attempt in it, whether it was resumed, and the store the session saves
  /// through, which keeps the resume checkpoint.
  private func openOrCreate(seedOption: UInt64?, learnerOption: String?, interactive: Bool) throws -> (
    Workspace, Attempt, Bool, CheckpointingStore
  ) {
    if FileManager.default.fileExists(atPath: workspacePath + "/.git") {
      let workspace: Workspace
      do {
        workspace = try Workspace.open(at: workspacePath, labID: lab.id)
      } catch let error as WorkspaceError {
        throw error.cliFailure(messages)
      }
      for note in workspace.recovery { console.err("labrun: warning: \(note)") }
      let recorded = workspace.metadata.language.flatMap(Language.init(rawValue:)) ?? .en
      let base = lab
      let translate = self.translate ?? { _ in base }
      var translations = LabTranslations(translate(recorded), translate: translate)
      // This session speaks the language chosen for it; each line records its own, so replay says
      // the earlier sessions' notes in theirs.
      let spoken = translations.lab(in: language)
      let say = spoken.messages.say
      if let seedOption, seedOption != workspace.metadata.seed {
        console.err(say(.keptSeed, ["seed": "\(workspace.metadata.seed)", "asked": "\(seedOption)"]))
      }
      if workspace.metadata.labDigest != translations.lab.digest {
        console.err(say(.labChanged, [:]))
      }
      do {
        let build = BuildIdentity.current
        let saved = build == nil ? nil : workspace.readCheckpoint().flatMap(AttemptCheckpoint.init(bytes:))
        let entries = workspace.takeEntries()
        let resumed = try Attempt.resume(
          lab: translations, seed: workspace.metadata.seed, entries: entries, checkpoint: saved, build: build)
        let checkpoints = CheckpointingStore(
          workspace: workspace, build: build, translations: resumed.translations, replayed: resumed.digest,
          checkpointed: resumed.spared)
        // A long replay is written down now, so even a session that is killed leaves it behind.
        if entries.count - resumed.spared >= CheckpointingStore.replayWorthKeeping {
          checkpoints.checkpoint(resumed.attempt)
        }
        var attempt = resumed.attempt
        attempt.speak(spoken)
        return (workspace, attempt, true, checkpoints)
      } catch {
        throw CLIFailure.badData("lab '\(lab.id)' has a world that does not build: \(error)")
      }
    }
    let identity = try LearnerIdentity.resolve(
      option: learnerOption, environment: ProcessEnvironment.values, terminal: interactive,
      messages: messages)
    let lab = translate?(language) ?? lab
    let attempt: Attempt
    do {
      // The learner's own variant unless a seed was asked for (Start refuses that with a secret).
      let seed = seedOption ?? VariantSeed.seed(labID: lab.id, email: identity.email, secret: secret)
      attempt = try Attempt(lab: lab, seed: seed)
    } catch {
      throw CLIFailure.badData("lab '\(lab.id)' has a world that does not build: \(error)")
    }
    let learner = AttemptMetadata.Learner(name: identity.name, email: identity.email)
    let metadata = AttemptMetadata(
      labID: lab.id, labDigest: lab.digest, seed: attempt.seed, labrunVersion: LabRun.version, learner: learner,
      language: language == .en ? nil : language.rawValue)
    do {
      let workspace = try Workspace.create(
        at: workspacePath, metadata: metadata,
        progressPage: ProgressPage.render(attempt, learner: learner.identity), time: Date())
      let checkpoints = CheckpointingStore(
        workspace: workspace, build: BuildIdentity.current,
        translations: LabTranslations(lab, translate: translate ?? { _ in lab }),
        replayed: ReplayDigest(),
        checkpointed: 0)
      return (workspace, attempt, false, checkpoints)
    } catch let error as WorkspaceError {
      throw error.cliFailure(messages)
    }
  }
}

/// Lines read as the C library reads them, without their line breaks: from a pipe or a file, or
/// from a terminal that can only print (`TERM=dumb`), which is shown the prompt first.
struct PlainLineSource: LineSource {
  /// Where to show the prompt; nil for a pipe, which the session echoes to itself.
  let prompting: Console?

  mutating func read(prompt: String, completer: any Completer) -> LineInput {
    prompting?.write(prompt, to: STDOUT_FILENO)
    return readLine(strippingNewline: true).map { .line($0) } ?? .end
  }
}
