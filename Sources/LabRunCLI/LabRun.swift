import ArgumentParser
import Foundation
// Re-exported so every subcommand reads lab files through the one disk reader the server uses too.
@_exported import LabFilesOnDisk
import Transcript
import Workspace

/// The `labrun` command: hands-on cloud-networking labs in a simulated shell.
public struct LabRun: ParsableCommand {
  public static let version = Release.version
  /// When this release's first commit was made (2026-11-29 11:44:34 UTC): no workspace commit it
  /// makes can be older, so `labrun grade` flags one that is.
  public static let releaseTime: Int64 = 1_795_952_674

  public static let configuration = CommandConfiguration(
    commandName: "labrun",
    abstract: "Hands-on labs on private access to Amazon S3 from a VPC, in a simulated shell, offline.",
    discussion: """
      Exit status: 0 success; 1 runtime failure; 2 graded and not passed; \
      64 usage error; 65 bad data (a lab file or a workspace).
      """,
    version: "labrun \(version)",
    subcommands: [
      List.self, Start.self, Status.self, Reset.self, Grade.self, Submit.self,
      Validate.self, VerifySolutions.self, Version.self, HashAnswer.self,
    ]
  )

  public init() {}

  /// Parses the process arguments, runs the chosen subcommand and exits with its status.
  public static func main() {
    let console = Console(environment: ProcessEnvironment.values)
    if ProcessEnvironment.values["LABRUN_FSYNC"] == "1" { GitLibrary.setDurableWrites(true) }
    do {
      if let quick = QuickCommandLine.parse(Array(CommandLine.arguments.dropFirst())) {
        try quick.run()
      } else {
        var command = try parseAsRoot()
        try command.run()
      }
    } catch let failure as CLIFailure {
      console.err("labrun: error: \(failure.message)")
      Foundation.exit(failure.exitCode)
    } catch {
      // Help and version requests, and every English session, as ArgumentParser says them.
      let code = exitCode(for: error)
      let language = UsageErrorWords.language(
        arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessEnvironment.values)
      guard code != .success, language == .ko else { exit(withError: error) }
      console.err(UsageErrorWords.korean(fullMessage(for: error)))
      Foundation.exit(code.rawValue)
    }
  }
}
