import ArgumentParser

extension LabRun {
  struct Submit: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Push a lab's workspace to a git remote for your instructor."
    )

    @Argument(help: "The lab whose workspace to push.")
    var lab: String

    @Option(help: "The remote to push to: a bare repository path, file:// or ssh:// URL; remembered for next time.")
    var remote: String?

    @OptionGroup var labs: LabsOptions

    func run() throws {
      _ = try LabLookup.entry(lab, in: labs.catalog())
      throw CLIFailure.notAvailableYet("submit")
    }
  }
}
