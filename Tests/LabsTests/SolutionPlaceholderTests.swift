import Testing

@testable import Cloud
@testable import Labs

/// The placeholder kinds FORMAT.md must document are the ones the expander fills.
@Suite struct SolutionPlaceholderTests {
  /// Every documented placeholder form is one the expander fills (here in a world with an S3
  /// interface endpoint, where each names something).
  @Test func everyPlaceholderKindExpands() throws {
    let world = """
        base: course
        vpc:
          endpoints:
            - {name: s3-if, type: Interface, service: s3, subnets: [private-a], securityGroups: [vpce-sg]}

      """
    let lab = try LabFixtures.lab(
      LabFixtures.yaml(world: world, steps: LabFixtures.step("s", checks: "      - lookup: {host: V3}")))
    let state = try Attempt(lab: lab).shell.world
    let arguments = ["NAME": "private-a", "SERVICE": "s3", "TYPE": "interface"]
    for kind in SolutionScript.Placeholder.allCases {
      var syntax = kind.syntax
      for (word, value) in arguments { syntax = syntax.replacingOccurrences(of: ":" + word, with: ":" + value) }
      if kind == .sg { syntax = "{{sg:vpce-sg}}" }
      let expanded = SolutionScript.expand(syntax, world: state)
      guard case .success(let value) = expanded else {
        Issue.record("\(syntax) did not expand: \(expanded)")
        continue
      }
      #expect(!value.isEmpty && !value.contains("{{"), "\(syntax) → \(value)")
    }
  }

  /// A placeholder with too few or too many arguments names nothing, even where its kind would.
  @Test(arguments: ["{{vpc:lab-vpc}}", "{{subnet}}", "{{subnet:private-a:extra}}", "{{endpoint:s3}}", "{{}}"])
  func aPlaceholderWithTheWrongArgumentsNamesNothing(placeholder: String) throws {
    let lab = try LabFixtures.lab(LabFixtures.yaml(steps: LabFixtures.step("s", checks: "      - lookup: {host: V3}")))
    let world = try Attempt(lab: lab).shell.world
    #expect(
      SolutionScript.expand("echo " + placeholder, world: world)
        == .failure(PlaceholderError(placeholder: placeholder, reason: "names nothing in the world at this point")))
  }
}
