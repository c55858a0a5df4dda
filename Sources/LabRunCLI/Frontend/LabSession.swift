#if canImport(Glibc)
  import Glibc
#endif
import Foundation
import Labs
import Shell
import Workspace

/// A learner's session in a lab: open or create the workspace, replay it, then read, run, save and
/// print one line at a time. Every command is committed before its output is shown.
struct LabSession {
  let lab: Lab
  let workspacePath: String
  let console: Console

  /// Runs the session until end of input or `exit`; returns the exit status.
  func run(seedOption: UInt64?, learnerOption: String?) throws -> Int32 {
    let interactive = isatty(STDIN_FILENO) == 1
    let (workspace, attemptStart) = try openOrCreate(seedOption: seedOption, learnerOption: learnerOption, interactive: interactive)
    var attempt = attemptStart
    defer { workspace.close() }
    let learner = "\(workspace.metadata.learner.name) <\(workspace.metadata.learner.email)>"
    var unsaved = 0

    while !attempt.sessionEnded {
      let read = interactive ? LineEditor.read(prompt: attempt.prompt) : readLine(strippingNewline: true)
      guard var line = read else {
        if interactive { console.out() }
        break
      }
      if !interactive {
        // Scripts name resources created along the way with {{…}} placeholders (labs/FORMAT.md);
        // the line is recorded as it ran, IDs filled in.
        switch SolutionScript.expand(line, world: attempt.shell.world) {
        case .success(let expanded): line = expanded
        case .failure(let error): console.err("labrun: warning: \(error.placeholder) \(error.reason); the line runs as written")
        }
        console.out(attempt.prompt + line)
      }
      if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
      let host = attempt.hostName
      let output = attempt.run(line)
      let record = CommandRecord(
        host: host, input: line, simulatedTime: attempt.shell.world.now, exitStatus: output.status, output: output.text)
      var warning: String?
      do {
        let receipt = try workspace.append(
          .command(record), passedSteps: output.passedSteps,
          progressPage: ProgressPage.render(attempt, learner: learner), time: Date())
        if let problem = receipt.workTreeProblem { warning = "labrun: warning: \(problem)" }
      } catch let error as WorkspaceError {
        unsaved += 1
        warning = "labrun: warning: this command was not saved: \(error.description)"
      }
      show(output)
      if let warning { console.err(warning) }
    }
    console.out("Saved in \(workspacePath). Resume with `labrun start \(lab.id)`; hand in with `labrun submit \(lab.id)`.")
    if unsaved > 0 {
      console.err("labrun: error: \(unsaved) command\(unsaved == 1 ? " was" : "s were") not saved; see the warnings above.")
      return 1
    }
    return 0
  }

  private func openOrCreate(seedOption: UInt64?, learnerOption: String?, interactive: Bool) throws -> (Workspace, Attempt) {
    if FileManager.default.fileExists(atPath: workspacePath + "/.git") {
      let workspace: Workspace
      do {
        workspace = try Workspace.open(at: workspacePath, labID: lab.id)
      } catch let error as WorkspaceError {
        throw error.cliFailure
      }
      for note in workspace.recovery { console.err("labrun: warning: \(note)") }
      if let seedOption, seedOption != workspace.metadata.seed {
        console.err("labrun: warning: this workspace was started with seed \(workspace.metadata.seed); it keeps that seed (not \(seedOption)).")
      }
      if workspace.metadata.labDigest != lab.digest {
        console.err("labrun: warning: the lab has changed since this workspace was started; your work is replayed on the current version.")
      }
      let entries = workspace.entries.map { ReplayEntryBridge($0).entry }
      let attempt: Attempt
      do {
        attempt = try Attempt.replay(lab: lab, seed: workspace.metadata.seed, entries: entries).0
      } catch {
        throw CLIFailure.badData("lab '\(lab.id)' has a world that does not build: \(error)")
      }
      console.out("Resuming \(lab.title): \(attempt.passed.count) of \(lab.steps.count) steps passed, \(attempt.commands) commands so far.")
      if let step = attempt.step {
        console.out(AttemptNote.stepBegins(number: attempt.currentStep + 1, of: lab.steps.count, title: step.title, instructions: step.instructions).text)
      } else {
        console.out(AttemptNote.labComplete(points: attempt.points, maxPoints: lab.maxPoints).text)
      }
      return (workspace, attempt)
    }
    let identity = try LearnerIdentity.resolve(option: learnerOption, environment: ProcessInfo.processInfo.environment, terminal: interactive)
    let attempt: Attempt
    do {
      attempt = try Attempt(lab: lab, seed: seedOption)
    } catch {
      throw CLIFailure.badData("lab '\(lab.id)' has a world that does not build: \(error)")
    }
    let metadata = WorkspaceMetadata(
      labID: lab.id, labDigest: lab.digest, seed: attempt.seed, labrunVersion: LabRun.version,
      learner: .init(name: identity.name, email: identity.email))
    let workspace: Workspace
    do {
      workspace = try Workspace.create(
        at: workspacePath, metadata: metadata,
        progressPage: ProgressPage.render(attempt, learner: "\(identity.name) <\(identity.email)>"), time: Date())
    } catch let error as WorkspaceError {
      throw error.cliFailure
    }
    console.out(attempt.introduction)
    return (workspace, attempt)
  }

  /// Prints a line's output on its streams, then the lab's notes.
  private func show(_ output: AttemptOutput) {
    for chunk in output.output {
      console.write(chunk.text, to: chunk.stream == .stdout ? STDOUT_FILENO : STDERR_FILENO)
    }
    for note in output.notes {
      switch note {
      case .stepPassed, .labComplete: console.write(console.green(note.text), to: STDOUT_FILENO)
      case .feedback: console.write(console.yellow(note.text), to: STDOUT_FILENO)
      case .stepBegins: console.write(note.text, to: STDOUT_FILENO)
      }
    }
  }
}
