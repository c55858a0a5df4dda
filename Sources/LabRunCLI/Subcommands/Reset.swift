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
    @OptionGroup var language: LanguageOptions

    func run() throws {
      let environment = ProcessEnvironment.values
      let console = Console(environment: environment)
      let chosen = try language.resolve(environment: environment)
      let catalog = try labs.catalog()
      let course = SpokenCourse(catalog: catalog, language: chosen)
      let loaded = try LabLookup.load(lab, in: catalog, messages: course.messages)
      // The learner's language for what this command says; the lab's own texts too.
      let spoken = course.speaking(loaded)
      let say = course.messages.say
      let target = try to.map { try Self.step($0, in: spoken, messages: course.messages) }
      let path = try workspace.path(for: lab)
      guard FileManager.default.fileExists(atPath: path + "/.git") else {
        throw CLIFailure.usage(say(.noWorkspace, ["lab": lab, "path": path]))
      }
      if !yes && isatty(STDIN_FILENO) == 1 {
        let question =
          target.map {
            say(.resetAskStep, ["lab": lab, "number": "\($0.number)", "title": $0.step.title])
          } ?? say(.resetAskStart, ["lab": lab])
        console.write(question, to: STDOUT_FILENO)
        // `y` in any language: the prompt shows `[y/N]` in Korean too.
        guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else {
          console.out(say(.resetNothing, [:]))
          return
        }
      }
      let opened: Workspace
      do {
        opened = try Workspace.open(at: path, labID: lab)
      } catch let error as WorkspaceError {
        throw error.cliFailure(course.messages)
      }
      defer { opened.close() }
      // The transcript names the step by id, which stays right when steps are added before it.
      let stepID = target?.step.id
      let entries = opened.entries + [.reset(step: stepID)]
      let translations = SpokenCourse.translations(
        of: loaded, root: catalog.root, workspaceLanguage: opened.metadata.language)
      var attempt = try Attempt.replay(lab: translations, seed: opened.metadata.seed, entries: entries).0
      // The progress page in the language this command speaks, as a session in it would write it.
      attempt.speak(spoken)
      let learner = opened.metadata.learner.identity
      do {
        try opened.reset(toStep: stepID, progressPage: ProgressPage.render(attempt, learner: learner), time: Date())
      } catch let error as WorkspaceError {
        throw error.cliFailure(course.messages)
      }
      let count = "\(spoken.steps.count)"
      let options = RepeatedOptions(labs: labs.folder, workspace: workspace.folder).forThisLab
      console.out(
        attempt.step.map {
          say(
            .resetDone,
            ["lab": lab, "number": "\(attempt.currentStep + 1)", "count": count, "title": $0.title, "options": options])
        } ?? say(.resetDoneComplete, ["lab": lab, "count": count, "options": options]))
    }

    /// The step `given` names, with its number: an id first (ids are exact), else a number from 1.
    static func step(_ given: String, in lab: Lab, messages: LabMessages = .english) throws -> (
      number: Int, step: Step
    ) {
      if let index = lab.steps.firstIndex(where: { $0.id == given }) { return (index + 1, lab.steps[index]) }
      if let number = Int(given), lab.steps.indices.contains(number - 1) { return (number, lab.steps[number - 1]) }
      let values = [
        "lab": lab.id, "step": given, "count": "\(lab.steps.count)", "ids": lab.steps.map(\.id).joined(separator: ", "),
      ]
      throw CLIFailure.usage(messages.say(.resetNoStep, values))
    }
  }
}
