import Testing

@testable import Labs

/// Words questions that map known wrong answers to feedback, as number questions map wrong values:
/// the endpoint's `vpce-…` ID where the route's `pl-…` destination is asked.
@Suite struct WrongWordsTests {
  static let step = LabFixtures.step(
    "route", points: 10,
    checks: """
            - answer:
                words: [pl-78a54011]
                wrong:
                  - {words: ["vpce-*"], feedback: "That is the endpoint's ID, the route's target."}
                  - {words: [local, "igw-*", internet gateway], feedback: "That is another route."}
                why: "The destination is S3's prefix list."
      """)

  static func attempt() throws -> Attempt {
    try Attempt(lab: try LabFixtures.lab(LabFixtures.yaml(steps: Self.step)))
  }

  static let notQuite = "Not quite. Think it over, or type `hint`.\n"

  @Test(arguments: [
    ("answer vpce-0a1b2c3d4e5f", "» That is the endpoint's ID, the route's target.\n"),
    ("answer VPCE-0A1B2C3D", "» That is the endpoint's ID, the route's target.\n"),
    // Korean attaches a particle; full-width forms read as ASCII.
    ("answer vpce-0a1b2c3d입니다", "» That is the endpoint's ID, the route's target.\n"),
    ("answer ｖｐｃｅ－０ａ１ｂ", "» That is the endpoint's ID, the route's target.\n"),
    ("answer 대상은 vpce-0a1b 같아요", "» That is the endpoint's ID, the route's target.\n"),
    ("answer local", "» That is another route.\n"),
    ("answer the Internet  Gateway", "» That is another route.\n"),
    ("answer igw-1234", "» That is another route.\n"),
    // `*` stands for a run of characters within a word: `vpce` alone, or `vpce-` in a longer word,
    // is no endpoint ID.
    ("answer vpce", ""),
    ("answer myvpce-1", ""),
    ("answer pl-0000", ""),
  ])
  func knownWrongWordsAreToldTheirFeedback(input: String, feedback: String) throws {
    var attempt = try Self.attempt()
    let reply = attempt.run(input).output.map(\.text).joined()
    #expect(reply == Self.notQuite + feedback)
    #expect(!attempt.finished)
  }

  /// The right answer wins over wrong words in the same answer.
  @Test func aRightAnswerIsRightWhateverElseItHolds() throws {
    var attempt = try Self.attempt()
    let reply = attempt.run("answer pl-78a54011 to vpce-0a1b").output.map(\.text).joined()
    #expect(reply == "Correct. The destination is S3's prefix list.\n")
    #expect(attempt.finished)
  }

  @Test(arguments: [
    ("vpce-0a1b", "vpce-*", true), ("vpce-", "vpce-*", true), ("vpce", "vpce-*", false),
    ("vpce-0a 1b", "vpce-*", false), ("a vpce-1 b", "a vpce-* b", true), ("igw-1", "*-1", true),
    ("x", "*", true), ("", "*", true), ("ab", "a*b*", true), ("ab", "a*c", false),
  ])
  func aStarStandsForARunOfCharactersWithinAWord(phrase: String, pattern: String, matches: Bool) {
    #expect(AnswerText.matches(phrase, pattern: pattern) == matches)
  }

  struct Bad: Sendable, CustomTestStringConvertible {
    let checks: String
    let message: String
    var testDescription: String { message }
  }

  @Test(arguments: [
    Bad(
      checks: "        - answer: {words: [pl-78a54011], wrong: [{words: [\"pl-*\"], feedback: f}]}\n",
      message: "the wrong words 'pl-*' match the right answer 'pl-78a54011'"),
    Bad(
      checks: "        - answer: {words: [pl-1], wrong: [{words: [vpce-1]}]}\n",
      message: "wrong words need 'words' and 'feedback'"),
    Bad(
      checks: "        - answer: {words: [pl-1], wrong: [{words: [vpce-1], feedback: f, say: g}]}\n",
      message: "unknown key 'say' in wrong words; expected words or feedback"),
    Bad(
      checks: "        - answer: {choices: [x, y], correct: a, wrong: [{words: [x], feedback: f}]}\n",
      message: "'wrong' is for number and words questions; a choice gives its own 'feedback'"),
    Bad(
      checks: "        - answer: {words: [pl-1], wrong: [{number: 3, feedback: f}]}\n",
      message: "unknown key 'number' in wrong words; expected words or feedback"),
  ])
  func aMalformedWrongListIsALocatedError(_ bad: Bad) throws {
    let yaml = LabFixtures.yaml(steps: LabFixtures.step("q", checks: bad.checks))
    guard case .failure(let problems) = LabFixtures.load(yaml) else {
      Issue.record("loaded")
      return
    }
    let rendered = "\(problems)"
    #expect(rendered.contains("/labs/mini/lab.yaml:"), "\(rendered)")
    #expect(rendered.contains(bad.message), "\(rendered)")
  }

  /// A translation replaces each wrong item's feedback, in the order the file gives them, before `why`.
  @Test func aTranslationReplacesWrongWordsFeedbackInOrder() throws {
    let lab = try LabFixtures.lab(LabFixtures.yaml(steps: Self.step))
    let english = try #require(lab.steps.first)
    #expect(
      english.answerTexts == [
        "That is the endpoint's ID, the route's target.", "That is another route.",
        "The destination is S3's prefix list.",
      ])
    let korean = english.checks(withAnswerTexts: ["엔드포인트의 ID입니다.", "다른 경로입니다.", "접두사 목록입니다."])
    guard case .answer(let question) = try #require(korean.first) else {
      Issue.record("not a question")
      return
    }
    #expect(question.judge("vpce-0a1b를 가리킵니다") == .wrong(feedback: "엔드포인트의 ID입니다."))
    #expect(question.judge("로컬") == .wrong(feedback: nil))
    #expect(question.judge("pl-78a54011입니다") == .right(why: "접두사 목록입니다."))
  }
}
