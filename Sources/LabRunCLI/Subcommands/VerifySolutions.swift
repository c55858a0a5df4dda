import ArgumentParser
import Foundation
import Labs

extension LabRun {
  struct VerifySolutions: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verify-solutions",
      abstract: "Prove that every lab's reference solution passes and that wrong attempts fail."
    )

    @Argument(help: "Labs to verify; all of them when omitted.")
    var ids: [String] = []

    @Option(
      help: ArgumentHelp("The folder of solutions (default: solutions/ beside the labs folder).", valueName: "dir"))
    var solutions: String?

    @OptionGroup var labs: LabsOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
      let environment = ProcessEnvironment.values
      let console = Console(environment: environment)
      let spoken = try language.resolve(environment: environment)
      let catalog = try labs.catalog()
      let chosen = ids.isEmpty ? catalog.ids : ids
      if chosen.isEmpty { console.out("No labs in \(catalog.root).") }
      var failed = 0
      for id in chosen {
        let english: Lab
        do {
          english = try LabLookup.load(id, in: catalog)
        } catch let failure as CLIFailure {
          failed += 1
          console.err("labrun: error: \(failure.message)")
          continue
        }
        let scripts = catalog.solutions(
          for: id, folder: solutions.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        let lab = LabTranslator(files: DiskLabFiles()).translate(english, folder: catalog.root + "/" + id, to: spoken)
          .lab
        var report = SolutionVerifier.verify(
          lab: lab, solution: scripts.solution, wrong: scripts.wrong, english: spoken == .en ? nil : english)
        // Learners get variants of their own: the solution must pass in every one tried, not only the default.
        var variants = 0
        if report.passed, let solution = scripts.solution {
          let seeds = VariantSeed.samples(labID: id, count: SolutionVerifier.variantCount)
          let proof = SolutionVerifier.verifyVariants(lab: lab, solution: solution, seeds: seeds)
          variants = proof.proven
          report.problems += proof.problems
        }
        if report.passed {
          console.out(
            "\(id): ok (solution passes \(lab.steps.count) steps in the default world and \(variants) learner variants; empty attempt passes none; \(scripts.wrong.count) wrong attempts caught)"
          )
        } else {
          failed += 1
          for problem in report.problems { console.err("labrun: error: \(problem)") }
        }
      }
      if failed > 0 {
        console.err(
          "labrun: error: \(failed) of \(chosen.count) lab\(chosen.count == 1 ? "" : "s") failed verification.")
        throw ExitCode(65)
      }
    }
  }
}
