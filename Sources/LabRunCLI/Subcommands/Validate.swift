import ArgumentParser

extension LabRun {
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check lab files for mistakes and report each as file:line:col."
    )

    @Argument(help: "Lab folders to check; every lab of the course when omitted.")
    var paths: [String] = []

    @OptionGroup var labs: LabsOptions

    func run() throws {
      throw CLIFailure.notAvailableYet("validate")
    }
  }
}
