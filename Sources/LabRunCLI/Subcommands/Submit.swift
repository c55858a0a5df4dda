import ArgumentParser
import Foundation
import Labs
import Workspace

extension LabRun {
  struct Submit: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "submit",
      abstract: "Push a lab's workspace to a git remote for your instructor."
    )

    @Argument(help: "The lab whose workspace to push.")
    var lab: String

    @Option(help: "The remote to push to: a bare repository path, file:// or ssh:// URL; remembered for next time.")
    var remote: String?

    @OptionGroup var labs: LabsOptions
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
      let environment = ProcessEnvironment.values
      let console = Console(environment: environment)
      let catalog = try labs.catalog()
      let messages = SpokenCourse(catalog: catalog, language: try language.resolve(environment: environment)).messages
      _ = try LabLookup.entry(lab, in: catalog, messages: messages)
      let path = try workspace.path(for: lab)
      guard FileManager.default.fileExists(atPath: path + "/.git") else {
        throw CLIFailure.usage(messages.say(.noWorkspace, ["lab": lab, "path": path]))
      }
      do {
        let opened = try Workspace.open(at: path, labID: lab)
        defer { opened.close() }
        let commit = try opened.push(to: remote)
        let values = ["lab": lab, "commit": String(commit.prefix(12))]
        if let destination = opened.remoteURL ?? remote {
          console.out(messages.say(.submitPushed, values.merging(["destination": destination]) { $1 }))
        } else {
          console.out(messages.say(.submitPushedRemembered, values))
        }
      } catch let error as WorkspaceError {
        throw error.cliFailure(messages)
      }
    }
  }
}
