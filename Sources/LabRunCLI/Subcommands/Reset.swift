import ArgumentParser
import Foundation
import Labs
import Workspace

#if canImport(Glibc)
  import Glibc
#endif

extension LabRun {
  struct Reset: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "reset",
      abstract: "Start a lab over, or go back to one of its steps, keeping the history."
    )

    @Argument(help: "The lab to reset.")
    var lab: String

    @Option(
      help: ArgumentHelp(
        "The step to go back to: its number (1 is the first) or its id, as `steps` shows them.", valueName: "step"))
    var to: String?

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    @OptionGroup var labs: LabsOptions
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
      let console = Console(environment: ProcessInfo.processInfo.environment)
      let catalog = try labs.catalog()
      let loaded = try LabLookup.load(lab, in: catalog)
      let target = try to.map { try Self.step($0, in: loaded) }
      let path = try workspace.path(for: lab)
      guard FileManager.default.fileExists(atPath: path + "/.git") else {
        throw CLIFailure.usage("there is no workspace for '\(lab)' at \(path); start it with `labrun start \(lab)`.")
      }
      if !yes && isatty(STDIN_FILENO) == 1 {
        let place = target.map { "back to step \($0.number) (\($0.step.title))" } ?? "to the start"
        console.write("Reset \(lab) \(place)? Your history is kept. [y/N] ", to: STDOUT_FILENO)
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
      // The transcript names the step by id, which stays right when steps are added before it.
      let stepID = target?.step.id
      let entries = opened.entries + [.reset(step: stepID)]
      let translations = SpokenCourse.translations(
        of: loaded, root: catalog.root, workspaceLanguage: opened.metadata.language)
      let attempt = try Attempt.replay(lab: translations, seed: opened.metadata.seed, entries: entries).0
      let learner = opened.metadata.learner.identity
      do {
        try opened.reset(toStep: stepID, progressPage: ProgressPage.render(attempt, learner: learner), time: Date())
      } catch let error as WorkspaceError {
        throw error.cliFailure
      }
      console.out(
        "Reset \(lab): now at step \(attempt.currentStep + 1) of \(loaded.steps.count)\(attempt.step.map { " (\($0.title))" } ?? ""). Resume with `labrun start \(lab)`."
      )
    }

    /// The step `given` names, with its number: an id first (ids are exact), else a number from 1.
    static func step(_ given: String, in lab: Lab) throws -> (number: Int, step: Step) {
      if let index = lab.steps.firstIndex(where: { $0.id == given }) { return (index + 1, lab.steps[index]) }
      if let number = Int(given), lab.steps.indices.contains(number - 1) { return (number, lab.steps[number - 1]) }
      throw CLIFailure.usage(
        "lab '\(lab.id)' has no step '\(given)'; give a step number from 1 to \(lab.steps.count) or a step id: "
          + lab.steps.map(\.id).joined(separator: ", ") + ".")
    }
  }
}
