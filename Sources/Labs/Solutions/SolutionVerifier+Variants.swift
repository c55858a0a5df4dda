extension SolutionVerifier {
  /// How many learners' variants `labrun verify-solutions` tries per lab, besides the default seed.
  public static let variantCount = 20

  /// Runs the solution and an empty attempt in each variant of `seeds`: the solution must pass every
  /// step, the empty attempt none. Returns how many variants were proven and a problem per failure.
  public static func verifyVariants(lab: Lab, solution: SolutionScript, seeds: [UInt64]) -> (
    proven: Int, problems: [String]
  ) {
    var proven = 0
    var problems: [String] = []
    for seed in seeds {
      let empty: Attempt
      do {
        empty = try Attempt(lab: lab, seed: seed)
      } catch {
        problems.append("\(lab.id): the world of variant seed \(seed) does not build: \(error)")
        continue
      }
      if let first = empty.passed.first {
        problems.append("\(lab.id): in variant seed \(seed), an empty attempt already passes step '\(first)'")
        continue
      }
      switch run(solution, lab: lab, seed: seed) {
      case .failure(let problem):
        problems.append("\(lab.id): \(solution.path) in variant seed \(seed): \(problem)")
      case .success(let (attempt, _)):
        if let step = attempt.step {
          let missing = attempt.unmetChecks.map(\.missingDescription).joined(separator: "; ")
          problems.append(
            "\(lab.id): in variant seed \(seed) the solution does not pass step '\(step.id)' (\(attempt.passed.count) of \(lab.steps.count) passed); still missing: \(missing)"
          )
        } else {
          proven += 1
        }
      }
    }
    return (proven, problems)
  }
}
