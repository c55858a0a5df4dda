import ArgumentParser
import Foundation
import Workspace

/// `--workspace DIR`: the workspace folder, instead of `$LABRUN_HOME/<lab>` or `~/labrun/<lab>`.
struct WorkspaceOptions: ParsableArguments {
  @Option(
    name: .customLong("workspace"),
    help: ArgumentHelp("The workspace folder to use (default: $LABRUN_HOME/LAB or ~/labrun/LAB).", valueName: "dir"))
  var folder: String?

  /// The workspace path for a lab.
  func path(for lab: String) throws -> String {
    let environment = ProcessEnvironment.values
    do {
      return try WorkspaceLocation.path(
        labID: lab, explicitDirectory: folder, environment: environment,
        homeDirectory: environment["HOME"] ?? NSHomeDirectory(),
        currentDirectory: FileManager.default.currentDirectoryPath)
    } catch let error as WorkspaceError {
      throw CLIFailure.usage(error.description)
    }
  }
}
