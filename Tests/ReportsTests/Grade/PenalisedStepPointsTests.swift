import Foundation
import Testing

@testable import Labs
@testable import Reports

/// A step whose question charged for wrong tries shows what it earned, not what it is worth, in
/// every report that gives points per step: JSON's `earned`, the HTML page and Gradescope's scores.
@Suite struct PenalisedStepPointsTests {
  /// One attempt: step 1 passed at full points, step 2 passed after wrong tries cost 4 of its 10
  /// points, step 3 not passed.
  static let grade: LearnerGrade = {
    let steps = [
      StepGrade(id: "look", title: "Look", points: 10, passed: true, commands: 1, seconds: 10),
      StepGrade(id: "guess", title: "Guess", points: 10, earned: 6, passed: true, commands: 3, seconds: 20),
      StepGrade(id: "list", title: "List", points: 10, earned: 10, passed: false, commands: nil, seconds: nil),
    ]
    return LearnerGrade(
      path: "/class/ada", labID: "private-subnet", labTitle: "V3", learnerName: "Ada", learnerEmail: "ada@example.org",
      headCommit: String(repeating: "a", count: 40), seed: 1, steps: steps, points: 16, maxPoints: 30, hintsUsed: 0,
      commandsTyped: 4, firstCommitTime: 1_790_000_000, lastCommitTime: 1_790_000_100, stoppedAt: "list",
      commandsWhereStopped: [], findings: [])
  }()

  static let report = GradeReport(grades: [grade], ungraded: [])

  @Test func aStepThatDidNotPassEarnsNothing() {
    #expect(Self.grade.steps.map(\.earned) == [10, 6, 0])
  }

  @Test func jsonGivesWhatEachStepEarnedBesideItsPoints() throws {
    let text = GradeReportRenderer.render(Self.report, as: .json)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let learners = try #require(object["learners"] as? [[String: Any]])
    let steps = try #require(learners.first?["steps"] as? [[String: Any]])
    #expect(steps.compactMap { $0["earned"] as? Int } == [10, 6, 0])
    #expect(steps.compactMap { $0["points"] as? Int } == [10, 10, 10])
    #expect(learners.first?["points"] as? Int == 16)
  }

  @Test(arguments: [(ReportWords.english, "6 of 10 points"), (ReportWords(.ko), "10점 중 6점")])
  func htmlShowsTheEarnedPointsOfAPenalisedStep(words: ReportWords, shown: String) {
    let html = GradeReportRenderer.render(Self.report, as: .html, words: words)
    #expect(html.contains("Guess <span class=\"muted\">" + shown), "\(html)")
    // A step passed at full points, and one not passed, show what they are worth.
    #expect(html.contains("Look <span class=\"muted\">" + words("{count} points", ["count": "10"])))
    #expect(html.contains("List <span class=\"muted\">" + words("{count} points", ["count": "10"])))
  }

  @Test func gradescopeScoresEachStepWithWhatItEarned() throws {
    let export = try LMSExport.render(Self.report, as: .gradescope, roster: nil).get()
    let object = try #require(try JSONSerialization.jsonObject(with: Data(export.text.utf8)) as? [String: Any])
    let tests = try #require(object["tests"] as? [[String: Any]])
    #expect(tests.compactMap { $0["score"] as? Int } == [10, 6, 0])
    #expect(tests.compactMap { $0["max_score"] as? Int } == [10, 10, 10])
    // The steps' scores add up to the submission's score.
    #expect(object["score"] as? Int == 16)
  }
}
