import ArgumentParser
import Workspace

extension LabRun {
  struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "version",
      abstract: "Print the version of labrun and of the libgit2 it uses."
    )

    func run() throws {
      let console = Console(environment: [:])
      console.out("labrun \(LabRun.version)")
      console.out("libgit2 \(GitLibrary.version)")
    }
  }
}
