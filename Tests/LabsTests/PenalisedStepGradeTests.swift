import Testing

@testable import Labs

/// Points lost to wrong tries show per step, not only in the total: the grader's step grades, the
/// progress page and `steps` give what a penalised step earned.
@Suite struct PenalisedStepGradeTests {
  static let lab: Lab = {
    let steps =
      LabFixtures.step("guess", points: 10, checks: "        - answer: {choices: [yes, no], correct: a, penalty: 3}\n")
      + LabFixtures.step("again", points: 5, checks: "        - answer: {words: [done]}\n")
    return try! LabFixtures.lab(LabFixtures.yaml(steps: steps))
  }()

  @Test func theGraderGivesEachStepWhatItEarned() throws {
    let record = try GradingFixture.record(Self.lab, script: ["answer no", "answer yes", "answer done"])
    let grade = try GradingFixture.grade(record, Self.lab)
    #expect(grade.points == 12)
    #expect(grade.steps.map(\.points) == [10, 5])
    #expect(grade.steps.map(\.earned) == [7, 5])
    #expect(grade.steps.map(\.earned).reduce(0, +) == grade.points)
  }

  @Test func aStepNotPassedEarnsNothing() throws {
    let record = try GradingFixture.record(Self.lab, script: ["answer no", "answer no"])
    let grade = try GradingFixture.grade(record, Self.lab)
    #expect(grade.steps.map(\.earned) == [0, 0])
  }

  @Test func theProgressPageAndStepsShowThePenalisedPoints() throws {
    var attempt = try Attempt(lab: Self.lab)
    _ = attempt.run("answer no")
    _ = attempt.run("answer yes")
    let page = ProgressPage.render(attempt, learner: "Ada <ada@example.org>")
    #expect(page.contains("| ✓ | 1. Step guess | 7/10 |"), "\(page)")
    #expect(page.contains("| → | 2. Step again | 5 |"), "\(page)")
    let steps = attempt.run("steps").output.map(\.text).joined()
    #expect(steps.contains("Step guess (7/10 points)"), "\(steps)")
    #expect(steps.contains("Step again (5 points)"), "\(steps)")
    #expect(steps.hasSuffix("7/15 points\n"), "\(steps)")
  }
}
