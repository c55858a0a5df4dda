import Testing

@testable import Labs

/// A wrong-answer fixture may target a question: the feedback it expects is what `answer` says
/// about the known wrong answer, in English or, in a translated lab, in the translation.
@Suite struct WrongAnswerFixtureTests {
  static let lab: Lab = try! LabFixtures.lab(LabFixtures.yaml(steps: WrongWordsTests.step))

  static func fixture(_ lines: [String], feedback: String) -> SolutionScript {
    SolutionScript(
      path: "/solutions/mini.wrong/x.sh",
      text: "# targets: route\n# feedback: \(feedback)\n" + lines.joined(separator: "\n") + "\n")
  }

  @Test func theFeedbackOfAWrongAnswerCounts() throws {
    let run = try SolutionVerifier.run(
      Self.fixture(["answer vpce-0a1b"], feedback: "the route's target"), lab: Self.lab
    )
    .get()
    #expect(run.1 == "That is the endpoint's ID, the route's target.\n")
    #expect(!run.0.passed.contains("route"))
  }

  @Test func anOrdinaryCommandsOutputDoesNotCount() throws {
    // `echo` prints the same words, but only the lab's feedback is feedback.
    let run = try SolutionVerifier.run(Self.fixture(["echo '» the route'"], feedback: "the route"), lab: Self.lab).get()
    #expect(run.1 == "")
  }
}
