import ArgumentParser

extension LabRun {
  struct VerifySolutions: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verify-solutions",
      abstract: "Prove that every lab's reference solution passes and that wrong attempts fail."
    )

    @OptionGroup var labs: LabsOptions

    func run() throws {
      throw CLIFailure.notAvailableYet("verify-solutions")
    }
  }
}
