#if canImport(Glibc)
  import Glibc
#endif
import ArgumentParser
import Foundation
import Labs
import Workspace

extension LabRun {
  struct Reset: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Start a lab over, or go back to one of its steps, keeping the history."
    )

    @Argument(help: "The lab to reset.")
    var lab: String

    @Option(help: "The id of the step to go back to.")
    var to: String?

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    @OptionGroup var labs: LabsOptions
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
      let console = Console(environment: ProcessInfo.processInfo.environment)
      let loaded = try LabLookup.load(lab, in: try labs.catalog())
      if let to, loaded.step(to) == nil {
        throw CLIFailure.usage("lab '\(lab)' has no step '\(to)'; its steps are \(loaded.steps.map(\.id).joined(separator: ", ")).")
      }
      let path = try workspace.path(for: lab)
      guard FileManager.default.fileExists(atPath: path + "/.git") else {
        throw CLIFailure.usage("there is no workspace for '\(lab)' at \(path); start it with `labrun start \(lab)`.")
      }
      if !yes && isatty(STDIN_FILENO) == 1 {
        console.write("Reset \(lab) \(to.map { "back to step '\($0)'" } ?? "to the start")? Your history is kept. [y/N] ", to: STDOUT_FILENO)
        guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else {
          console.out("Nothing changed.")
          return
        }
      }
      let opened: Workspace
      do {
        opened = try Workspace.open(at: path, labID: lab)
      } catch let error as WorkspaceError {
        throw error.cliFailure
      }
      defer { opened.close() }
      let entries = opened.entries + [.reset(step: to)]
      let attempt = try Attempt.replay(lab: loaded, seed: opened.metadata.seed, entries: entries).0
      let learner = opened.metadata.learner.identity
      do {
        try opened.reset(toStep: to, progressPage: ProgressPage.render(attempt, learner: learner), time: Date())
      } catch let error as WorkspaceError {
        throw error.cliFailure
      }
      console.out("Reset \(lab): now at step \(attempt.currentStep + 1) of \(loaded.steps.count)\(attempt.step.map { " (\($0.title))" } ?? ""). Resume with `labrun start \(lab)`.")
    }
  }
}
