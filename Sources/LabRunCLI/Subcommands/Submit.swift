import ArgumentParser
import Foundation
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

    func run() throws {
      let console = Console(environment: ProcessEnvironment.values)
      _ = try LabLookup.entry(lab, in: try labs.catalog())
      let path = try workspace.path(for: lab)
      guard FileManager.default.fileExists(atPath: path + "/.git") else {
        throw CLIFailure.usage("there is no workspace for '\(lab)' at \(path); start it with `labrun start \(lab)`.")
      }
      do {
        let opened = try Workspace.open(at: path, labID: lab)
        defer { opened.close() }
        let commit = try opened.push(to: remote)
        let destination = opened.remoteURL ?? remote ?? "the remembered remote"
        console.out("Pushed \(lab) (commit \(commit.prefix(12))) to \(destination).")
      } catch let error as WorkspaceError {
        throw error.cliFailure
      }
    }
  }
}
