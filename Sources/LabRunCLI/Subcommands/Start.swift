import ArgumentParser
import Foundation
import Labs

extension LabRun {
  struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "start",
      abstract: "Start or resume a lab in the simulated shell."
    )

    @Argument(help: "The id of the lab to start, as `labrun list` shows it.")
    var lab: String

    @Option(help: "Another variant of the lab's world than your own (a new workspace only; not with a course secret).")
    var seed: UInt64?

    @Option(help: ArgumentHelp("Who you are, for your progress history: \"Name <email>\".", valueName: "identity"))
    var learner: String?

    @OptionGroup var labs: LabsOptions
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
      let environment = ProcessEnvironment.values
      let chosen = try language.resolve(environment: environment)
      let secret = try CourseSecretOption.read(environment)
      if secret != nil, seed != nil {
        throw CLIFailure.usage(
          "--seed cannot be used with \(CourseSecret.environmentVariable): with a course secret your variant is derived from who you are, and the grader checks it. Leave out --seed."
        )
      }
      // Only the lab asked for is parsed; the whole catalogue only to say what there is instead.
      let light = try labs.catalog(summaries: false)
      let catalog = light.hasLab(lab) ? light : try labs.catalog()
      let messages = SpokenCourse(catalog: catalog, language: chosen).messages
      let loaded = try LabLookup.load(lab, in: catalog, messages: messages)
      let folder = catalog.root + "/" + lab
      let session = LabSession(
        lab: loaded, workspacePath: try workspace.path(for: lab),
        console: Console(environment: environment), language: chosen, messages: messages,
        translate: { LabTranslator(files: DiskLabFiles()).translate(loaded, folder: folder, to: $0).lab },
        secret: secret, repeated: RepeatedOptions(labs: labs.folder, workspace: workspace.folder))
      let status = try session.run(seedOption: seed, learnerOption: learner)
      if status != 0 { throw ExitCode(status) }
    }
  }
}

/// Finds a lab by id, or fails with a message listing what there is and what was probably meant.
enum LabLookup {
  static func entry(_ id: String, in catalog: Catalog, messages: LabMessages = .english) throws -> CatalogEntry {
    if let entry = catalog.entry(id: id) { return entry }
    throw CLIFailure.usage(unknownLabMessage(id, in: catalog, messages: messages))
  }

  /// Loads a lab in full; an invalid lab is refused with its diagnostics (exit 65).
  static func load(_ id: String, in catalog: Catalog, messages: LabMessages = .english) throws -> Lab {
    let broken = catalog.problems.contains { $0.path.hasSuffix("/\(id)/lab.yaml") }
    if !broken && !catalog.hasLab(id) { _ = try entry(id, in: catalog, messages: messages) }
    switch catalog.load(id) {
    case .success(let lab): return lab
    case .failure(let problems):
      throw CLIFailure.badData("lab '\(id)' is not valid:\n" + problems.description)
    }
  }

  static func unknownLabMessage(_ id: String, in catalog: Catalog, messages: LabMessages = .english) -> String {
    guard !catalog.ids.isEmpty else {
      return messages.say(.noLabsYet, ["lab": id, "root": catalog.root])
    }
    var message =
      Suggestion.closest(to: id, among: catalog.ids).map {
        messages.say(.unknownLabSuggested, ["lab": id, "suggestion": $0])
      } ?? messages.say(.unknownLab, ["lab": id])
    message += "\n" + messages.say(.availableLabs, ["labs": catalog.ids.joined(separator: ", ")])
    return message
  }
}
