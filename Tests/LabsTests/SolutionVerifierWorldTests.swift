import Testing

@testable import Cloud
@testable import Labs

/// A lab whose world does not build cannot be verified, and the verifier says so instead of
/// quietly skipping the empty attempt.
@Suite struct SolutionVerifierWorldTests {
  /// The probe lab with its first subnet's CIDR broken after loading (the loader would refuse it).
  static func brokenProbe() throws -> Lab {
    let lab = try LabFixtures.probe()
    var world = lab.world
    world.vpc.subnets[0].cidr = "10.0.300.0/24"
    return Lab(
      id: lab.id, title: lab.title, summary: lab.summary, era: lab.era, startHost: lab.startHost,
      defaultSeed: lab.defaultSeed, world: world, steps: lab.steps, digest: lab.digest)
  }

  @Test func aWorldThatDoesNotBuildIsReportedOnce() throws {
    let lab = try Self.brokenProbe()
    let solution = SolutionScript(path: "/solutions/probe.sh", text: LabFixtures.probeSolution.joined(separator: "\n"))
    let wrong = SolutionScript(path: "/solutions/probe.wrong/a.sh", text: "# targets: lookup-s3\nhostname\n")
    for (solution, wrong) in [(nil, []), (solution, [wrong])] as [(SolutionScript?, [SolutionScript])] {
      let report = SolutionVerifier.verify(lab: lab, solution: solution, wrong: wrong)
      #expect(report.scriptsRun == 0)
      #expect(report.problems.count == 1, "\(report.problems)")
      let problem = try #require(report.problems.first)
      #expect(problem.hasPrefix("probe: the lab's world does not build: "), "\(problem)")
      #expect(problem.contains("10.0.300.0/24"), "\(problem)")
    }
  }
}
