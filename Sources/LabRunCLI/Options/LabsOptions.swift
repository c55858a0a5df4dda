import ArgumentParser
import Foundation
import Labs

/// The option that picks which labs folder to use, shared by every subcommand that reads labs.
struct LabsOptions: ParsableArguments {
  @Option(
    name: .customLong("labs"),
    help: ArgumentHelp("The folder of labs to use instead of the bundled course (also LABRUN_LABS).", valueName: "dir"))
  var folder: String?

  /// The labs folder's catalogue; without `summaries` the labs' files are not parsed (see `Catalog`).
  func catalog(summaries: Bool = true, memo: (any SummaryMemo)? = nil) throws -> Catalog {
    try Self.catalog(folder: folder, summaries: summaries, memo: memo)
  }

  /// `catalog(summaries:memo:)` for a `--labs` value read without ArgumentParser (`QuickCommandLine`).
  static func catalog(folder: String?, summaries: Bool = true, memo: (any SummaryMemo)? = nil) throws -> Catalog {
    let root = try LabsLocator().locate(
      explicit: folder,
      environment: ProcessEnvironment.values,
      executablePath: LabsLocator.currentExecutablePath()
    )
    return Catalog(root: root, files: DiskLabFiles(), summaries: summaries, memo: memo)
  }
}
