import ArgumentParser
import Reports

extension ReportFormat: ExpressibleByArgument {}

extension LabRun {
  struct Grade: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Regrade learners' workspaces by replay and report the results."
    )

    @Argument(help: "Workspaces, bare repositories, or folders to search for them.")
    var paths: [String]

    @Option(help: "The report format.")
    var format: ReportFormat = .table

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @OptionGroup var labs: LabsOptions

    func validate() throws {
      if paths.isEmpty {
        throw ValidationError("Name at least one workspace or folder to grade.")
      }
    }

    func run() throws {
      throw CLIFailure.notAvailableYet("grade")
    }
  }
}
