import ArgumentParser

extension LabRun {
  struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show your progress in one lab or in all of them."
    )

    @Argument(help: "The lab to show; all labs when omitted.")
    var lab: String?

    @Flag(help: "Print the progress as JSON.")
    var json = false

    @OptionGroup var labs: LabsOptions

    func run() throws {
      if let lab { _ = try LabLookup.entry(lab, in: labs.catalog()) }
      throw CLIFailure.notAvailableYet("status")
    }
  }
}
