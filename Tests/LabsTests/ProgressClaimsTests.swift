import Testing

@testable import Labs

/// What a progress page claims, read line by line: the summary's steps and points, and the ticked
/// rows of the table. Pages are the learner's to edit, so odd ones must read as the plain ones do.
@Suite struct ProgressClaimsTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let page: String
    let steps: Int?
    let points: Int?
    let ticked: [Int]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "the page labrun writes",
      page:
        "# Public subnet\n\n**2 of 3 steps passed · 20/30 points · 1 hints used**\n\n| | step | points |\n| --- | --- | --- |\n| ✓ | 1. One | 10 |\n| ✓ | 2. Two | 10 |\n|   | 3. Three | 10 |\n",
      steps: 2, points: 20, ticked: [1, 2]),
    Case(
      name: "bold headings before the summary", page: "**Note**\n**Progress**\n**1 of 3 steps passed · 5/30 points**",
      steps: 1, points: 5, ticked: []),
    Case(name: "a bold line that only mentions steps", page: "**steps passed**\n", steps: nil, points: nil, ticked: []),
    Case(
      name: "CRLF line ends", page: "**3 of 3 steps passed · 30/30 points**\r\n| ✓ | 3. Three | 10 |\r\n",
      steps: 3, points: 30, ticked: [3]),
    Case(
      name: "a row past the last step", page: "| ✓ | 99. Ninety-nine | 10 |\n| ✓ | 0. Zero |\n", steps: nil,
      points: nil,
      ticked: []),
    Case(name: "a row with spaces before its number", page: "| ✓ |    2. Two |", steps: nil, points: nil, ticked: [2]),
    Case(name: "blank lines only", page: "\n\n\n", steps: nil, points: nil, ticked: []),
    Case(name: "nothing", page: "", steps: nil, points: nil, ticked: []),
    Case(
      name: "Korean around the claims",
      page: "# 공개 서브넷\n**요약**\n**1 of 3 steps passed · 10/30 points · 힌트 0개**\n| ✓ | 1. 하나 | 10 |\n",
      steps: 1, points: 10, ticked: [1]),
  ]

  @Test(arguments: cases)
  func claimsAreReadFromTheirLines(_ testCase: Case) throws {
    let lab = try GradingFixture.lab("public-subnet")
    try #require(lab.steps.count >= 3)
    let claims = ProgressClaims(page: testCase.page, lab: lab)
    #expect(claims.stepsPassed == testCase.steps)
    #expect(claims.points == testCase.points)
    #expect(claims.tickedSteps == testCase.ticked.map { lab.steps[$0 - 1].id })
  }
}
