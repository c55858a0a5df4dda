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
    Case(
      name: "blanks around the claims",
      page: "  **2 of 3 steps passed · 20/30 points**  \n\t| ✓ | 1. One | 10 | \r\n", steps: 2, points: 20,
      ticked: [1]),
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

  /// A page written in Korean says its totals in the Korean template's words: they are claims too.
  @Test func aKoreanPageClaimsWhatItsSummarySays() throws {
    let (_, korean) = try SessionLanguageTests.both("public-subnet")
    var attempt = try Attempt(lab: korean)
    _ = attempt.run("nslookup s3.ap-northeast-2.amazonaws.com")
    let page = ProgressPage.render(attempt, learner: "A <a@x>")
    let claims = ProgressClaims(page: page, lab: korean)
    #expect(claims.stepsPassed == 1)
    #expect(claims.points == attempt.points)
    #expect(claims.tickedSteps == [korean.steps[0].id])
    // Only the summary edited, the table left alone: the claim is still read.
    let summary = try #require(page.split(separator: "\n").first { $0.contains("단계 통과") })
    let edited = page.replacingOccurrences(
      String(summary), "**\(korean.steps.count)단계 중 3단계 통과 · 99/\(korean.maxPoints)점 · 힌트 0개 사용**")
    let editedClaims = ProgressClaims(page: edited, lab: korean)
    #expect(editedClaims.stepsPassed == 3)
    #expect(editedClaims.points == 99)
    // Two spaces after it (a Markdown line break) hide nothing.
    try #require(edited.contains("사용**\n"))
    let spaced = ProgressClaims(page: edited.replacingOccurrences("사용**\n", "사용**  \n"), lab: korean)
    #expect(spaced.stepsPassed == 3)
    // The English lab reads the same page's table but not its Korean words.
    let english = ProgressClaims(page: edited, lab: try GradingFixture.lab("public-subnet"))
    #expect(english.stepsPassed == nil)
    #expect(english.tickedSteps == [korean.steps[0].id])
  }

  /// The grade of a Korean attempt finds a summary that claims more than replay gave.
  @Test func aKoreanSummaryClaimingMoreIsFound() throws {
    let (_, korean) = try SessionLanguageTests.both("public-subnet")
    var record = try GradingFixture.record(korean, script: GradingFixture.solution("public-subnet"))
    var early = try Attempt(lab: korean)
    _ = early.run("nslookup s3.ap-northeast-2.amazonaws.com")
    let page = ProgressPage.render(early, learner: "A <a@x>")
    #expect(try GradingFixture.grade(record, korean).findings.isEmpty)
    record.history[1].progressPage = page.replacingOccurrences("1단계 통과", "\(korean.steps.count)단계 통과")
    let findings = try GradingFixture.grade(record, korean).findings
    #expect(findings.map(\.kind) == [.progressNotEarned])
    #expect(findings.first?.message.contains("\(korean.steps.count) steps passed (replay: ") == true)
  }
}

/// A translated summary read by its template: its words exactly, each mark a run of digits.
@Suite struct SummaryTemplateTests {
  static let korean = SummaryTemplate("**{count}단계 중 {passed}단계 통과 · {points}/{max}점 · 힌트 {hints}개 사용**")

  @Test(
    arguments: [
      ("**7단계 중 2단계 통과 · 20/70점 · 힌트 1개 사용**", ["count": 7, "passed": 2, "points": 20, "max": 70, "hints": 1]),
      ("**7단계 중 2단계 통과 · 20/70점 · 힌트 1개 사용**\r", ["count": 7, "passed": 2, "points": 20, "max": 70, "hints": 1]),
      ("**7단계 중 12단계 통과 · 0/70점 · 힌트 0개 사용**", ["count": 7, "passed": 12, "points": 0, "max": 70, "hints": 0]),
      ("**7단계 중 2단계 통과 · 20/70점 · 힌트 1개 사용** ", nil),
      ("**7단계 중 단계 통과 · 20/70점 · 힌트 1개 사용**", nil),
      ("**7단계 중 2단계 통과 · 20/70점**", nil),
      ("**7 of 7 steps passed · 70/70 points · 0 hints used**", nil),
      ("**7단계 중 1234567890단계 통과 · 20/70점 · 힌트 1개 사용**", nil),
      ("", nil),
    ] as [(String, [String: Int]?)])
  func linesReadAsTheTemplate(line: String, numbers: [String: Int]?) {
    Array(line.utf8).withUnsafeBufferPointer { #expect(Self.korean.numbers(in: $0) == numbers) }
  }

  /// A brace that opens no mark is a word of the template.
  @Test func aBraceWithoutAMarkIsAWord() {
    let template = SummaryTemplate("{} {passed} {")
    Array("{} 4 {".utf8).withUnsafeBufferPointer { #expect(template.numbers(in: $0) == ["passed": 4]) }
    Array("{} 4 ".utf8).withUnsafeBufferPointer { #expect(template.numbers(in: $0) == nil) }
  }

  /// A page is written in its session's language, not the workspace's: a Korean session's page in
  /// an English workspace claims what its Korean summary says, and an overclaim there is found.
  @Test(arguments: [Language.en, .ko])
  func aSummaryInTheSessionsLanguageIsRead(_ workspace: Language) throws {
    let other: Language = workspace == .en ? .ko : .en
    var (record, translations, _) = try SessionLanguageTests.record(
      "public-subnet", workspace: workspace, sessions: [other])
    let lab = translations.lab
    #expect(try Grader.grade(record, lab: translations).get().findings.isEmpty)
    // The first save's page, written while the first step was the only one passed.
    let first = try #require(record.history.firstIndex { $0.progressPage != nil })
    let page = try #require(record.history[first].progressPage)
    let claimed = lab.steps.count
    let edited =
      other == .ko
      ? page.replacing(#/중 \d+단계 통과/#, with: "중 \(claimed)단계 통과", maxReplacements: 1)
      : page.replacing(#/\*\*\d+ of /#, with: "**\(claimed) of ", maxReplacements: 1)
    try #require(edited != page)
    record.history[first].progressPage = edited
    let findings = try Grader.grade(record, lab: translations).get().findings
    #expect(findings.map(\.kind) == [.progressNotEarned])
    #expect(findings.first?.message.contains("\(claimed) steps passed (replay: ") == true)
  }

  /// A page in a language no line records (`labrun reset --lang ko` writes one) is read in it too.
  @Test func aSummaryInALanguageNoLineRecordsIsRead() throws {
    let (english, korean) = try SessionLanguageTests.both("public-subnet")
    var (record, translations, _) = try SessionLanguageTests.record("public-subnet", workspace: .en, sessions: [.en])
    #expect(record.lines.allSatisfy { $0.command?.language == nil })
    let first = try #require(record.history.firstIndex { $0.progressPage != nil })
    // Commit n holds the first n lines (`SessionLanguageTests.record`): its page, as Korean writes it.
    let attempt = try Attempt.replay(lab: korean, seed: english.defaultSeed, entries: Array(record.lines.prefix(first)))
      .0
    let page = ProgressPage.render(attempt, learner: "A <a@x>")
    record.history[first].progressPage = page
    #expect(try Grader.grade(record, lab: translations).get().findings.isEmpty)
    let edited = page.replacing(#/중 \d+단계 통과/#, with: "중 \(korean.steps.count)단계 통과", maxReplacements: 1)
    try #require(edited != page)
    record.history[first].progressPage = edited
    let findings = try Grader.grade(record, lab: translations).get().findings
    #expect(findings.map(\.kind) == [.progressNotEarned])
    #expect(findings.first?.message.contains("\(korean.steps.count) steps passed (replay: ") == true)
  }

  /// Bold lines holding digits that no template reads ask for the other languages; headings do not.
  @Test(arguments: [
    ("**Note 1**", true), ("**3단계 중 1단계 통과**\r", true), ("**Note**", false), ("**1 of 3 steps passed**", false),
    ("plain 1 **", false), ("**", false),
  ])
  func aBoldLineWithDigitsIsAnUnreadSummary(_ line: String, _ unread: Bool) throws {
    let lab = try GradingFixture.lab("public-subnet")
    #expect(ProgressClaims(page: line + "\n", lab: lab).unreadSummary == unread)
  }
}
