import ArgumentParser

extension LabRun {
  struct Reset: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Start a lab over, or go back to one of its steps, keeping the history."
    )

    @Argument(help: "The lab to reset.")
    var lab: String

    @Option(help: "The id of the step to go back to.")
    var to: String?

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    @OptionGroup var labs: LabsOptions

    func run() throws {
      _ = try LabLookup.entry(lab, in: labs.catalog())
      throw CLIFailure.notAvailableYet("reset")
    }
  }
}
