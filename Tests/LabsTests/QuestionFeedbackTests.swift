import Testing
import Transcript

@testable import Labs

/// Questions that teach: per-choice feedback, `why`, number answers with known wrong values,
/// Korean and full-width answers, shuffled choices and penalties for wrong tries.
@Suite struct QuestionFeedbackTests {
  static let choiceStep = LabFixtures.step(
    "q", points: 10,
    checks: """
            - answer:
                choices:
                  - {text: "A NAT gateway", feedback: "A NAT gateway opens the whole internet."}
                  - "A gateway endpoint"
                  - {text: "An open security group", feedback: "Security groups do not add routes."}
                correct: b
                why: "It adds a route to S3's prefix list only."
      """)

  static func attempt(_ steps: String, seed: UInt64? = nil) throws -> Attempt {
    try Attempt(lab: try LabFixtures.lab(LabFixtures.yaml(steps: steps)), seed: seed)
  }

  struct Reply: Sendable, CustomTestStringConvertible {
    let input: String
    let output: String
    let status: Int32
    var testDescription: String { input }
  }

  @Test(arguments: [
    Reply(
      input: "answer a",
      output: "Not quite. Think it over, or type `hint`.\n» A NAT gateway opens the whole internet.\n",
      status: 1),
    Reply(
      input: "answer c",
      output: "Not quite. Think it over, or type `hint`.\n» Security groups do not add routes.\n", status: 1),
    Reply(
      input: "answer z",
      output: "That names none of the choices: answer with a letter from a to c, or with a choice's text.\n",
      status: 1),
    Reply(input: "answer ㅠ", output: "Correct. It adds a route to S3's prefix list only.\n", status: 0),
    Reply(
      input: "answer ㅁ",
      output: "Not quite. Think it over, or type `hint`.\n» A NAT gateway opens the whole internet.\n", status: 1),
    Reply(input: "answer b", output: "Correct. It adds a route to S3's prefix list only.\n", status: 0),
    Reply(input: "answer ｂ", output: "Correct. It adds a route to S3's prefix list only.\n", status: 0),
    Reply(
      input: "answer Ａ　GATEWAY　endpoint", output: "Correct. It adds a route to S3's prefix list only.\n", status: 0),
    Reply(input: "answer   B)", output: "Correct. It adds a route to S3's prefix list only.\n", status: 0),
  ])
  func eachChoiceSaysItsOwnFeedback(_ reply: Reply) throws {
    var attempt = try Self.attempt(Self.choiceStep)
    let result = attempt.run(reply.input)
    #expect(result.output.map(\.text).joined() == reply.output)
    #expect(result.status == reply.status)
    #expect(attempt.finished == (reply.status == 0))
  }

  /// An answer that names no choice is told how to answer and is not a wrong try: a question with
  /// a penalty charges a wrong choice, not a typo.
  @Test func anAnswerNamingNoChoiceIsNotAWrongTry() throws {
    var attempt = try Self.attempt(Self.choiceStep)
    _ = attempt.run("answer z")
    _ = attempt.run("answer zz")
    #expect(attempt.savedProgress.wrongTries == 0)
    _ = attempt.run("answer a")
    #expect(attempt.savedProgress.wrongTries == 1)
    _ = attempt.run("answer b")
    #expect(attempt.finished)
  }

  static let numberStep = LabFixtures.step(
    "cost", points: 10,
    checks: """
            - answer:
                number: 14.6
                tolerance: 0.1
                unit: USD
                wrong:
                  - {number: 7.3, tolerance: 0.1, feedback: "That is one AZ; the endpoint has an interface in two."}
                  - {number: 0.02, tolerance: 0.001, feedback: "That is one hour; a month has about 730."}
      """)

  @Test(arguments: [
    ("answer 7.3", "» That is one AZ; the endpoint has an interface in two.\n", false),
    ("answer $0.02", "» That is one hour; a month has about 730.\n", false),
    ("answer 20", "", false),
    ("answer １４．６ USD", "", true),
    ("answer 약 14.6달러", "", true),
  ])
  func numbersMapKnownWrongValues(input: String, feedback: String, right: Bool) throws {
    var attempt = try Self.attempt(Self.numberStep)
    let text = attempt.run(input).output.map(\.text).joined()
    #expect(attempt.finished == right)
    if right {
      #expect(text == "Correct.\n")
    } else {
      #expect(text == "Not quite. Think it over, or type `hint`.\n" + feedback)
    }
  }

  static let wordsStep = LabFixtures.step(
    "w", points: 10, checks: "        - answer: {words: [gateway, 게이트웨이], why: Free and in-VPC.}\n")

  @Test(arguments: [
    ("answer Gateway", true), ("answer 게이트웨이를 씁니다", true), ("answer gateway요", true),
    ("answer ＧＡＴＥＷＡＹ", true), ("answer   a   gateway\tendpoint ", true), ("answer gateways", false),
    ("answer 인터페이스", false), ("answer 게이트", false),
  ])
  func wordsAcceptKoreanFullWidthAndOddSpacing(input: String, right: Bool) throws {
    var attempt = try Self.attempt(Self.wordsStep)
    _ = attempt.run(input)
    #expect(attempt.finished == right)
  }

  static let shuffledStep = LabFixtures.step(
    "s", points: 10,
    checks: """
            - answer:
                choices:
                  - {text: "alpha one", feedback: "not alpha"}
                  - {text: "bravo two", feedback: "not bravo"}
                  - "charlie three"
                  - {text: "delta four", feedback: "not delta"}
                correct: charlie three
                shuffle: true
      """)

  /// The letters the step banner shows, as `letter → text`.
  static func shown(_ attempt: Attempt) -> [String: String] {
    var shown: [String: String] = [:]
    for line in attempt.currentNote.text.split(separator: "\n")
    where line.hasPrefix("- ") && line.dropFirst(3).hasPrefix(")") {
      shown[String(line.dropFirst(2).prefix(1))] = String(line.dropFirst(5))
    }
    return shown
  }

  @Test func shuffledChoicesDifferBySeedAndTheShownLetterIsGraded() throws {
    var orders: Set<[String]> = []
    for seed in UInt64(1)...20 {
      var attempt = try Self.attempt(Self.shuffledStep, seed: seed)
      let shown = Self.shown(attempt)
      #expect(shown.count == 4)
      orders.insert(["a", "b", "c", "d"].map { shown[$0] ?? "" })
      let letter = try #require(shown.first { $0.value == "charlie three" }?.key)
      let wrong = try #require(shown.first { $0.value == "alpha one" }?.key)
      #expect(attempt.run("answer \(wrong)").output.map(\.text).joined().hasSuffix("» not alpha\n"))
      #expect(!attempt.finished)
      // Resuming (a replay of the same seed) shows the same letters.
      #expect(Self.shown(try Self.attempt(Self.shuffledStep, seed: seed)) == shown)
      _ = attempt.run("answer \(letter)")
      #expect(attempt.finished, "seed \(seed): letter \(letter)")
    }
    #expect(orders.count > 5)
  }

  @Test func aPenaltyCostsPointsPerWrongTry() throws {
    let step = LabFixtures.step(
      "p", points: 10, checks: "        - answer: {choices: [yes, no], correct: a, penalty: 3}\n")
    var attempt = try Self.attempt(step)
    let first = attempt.run("answer b").output.map(\.text).joined()
    #expect(first.hasSuffix("Each wrong try costs 3 points: a right answer now earns 7 of 10.\n"))
    _ = attempt.run("answer b")
    _ = attempt.run("answer b")
    _ = attempt.run("answer b")
    _ = attempt.run("answer a")
    #expect(attempt.finished)
    #expect(attempt.points == 0)
    var once = try Self.attempt(step)
    _ = once.run("answer no")
    _ = once.run("answer yes")
    #expect(once.points == 7)
  }

  /// The grader replays a transcript: a learner who saw shuffled letters and paid for wrong tries
  /// gets the same step and the same points back.
  @Test func replayGivesTheSameShuffledVerdictsAndPoints() throws {
    let lab = try LabFixtures.lab(
      LabFixtures.yaml(
        steps: Self.shuffledStep.replacingOccurrences(of: "shuffle: true", with: "shuffle: true\n          penalty: 2"))
    )
    for seed in UInt64(30)...40 {
      var live = try Attempt(lab: lab, seed: seed)
      let shown = Self.shown(live)
      let wrong = try #require(shown.first { $0.value == "delta four" }?.key)
      let right = try #require(shown.first { $0.value == "charlie three" }?.key)
      var entries: [TranscriptEntry] = []
      for line in ["answer \(wrong)", "answer \(right)"] {
        let output = live.run(line)
        entries.append(
          .command(
            CommandRecord(host: "V3", input: line, simulatedTime: 0, exitStatus: output.status, output: output.text)))
      }
      #expect(live.points == 8)
      let (replayed, outputs) = try Attempt.replay(lab: lab, seed: seed, entries: entries)
      #expect(replayed.points == 8)
      #expect(replayed.finished)
      #expect(outputs.map(\.text) == entries.map { if case .command(let record) = $0 { record.output } else { "" } })
    }
  }

  struct BadKey: Sendable, CustomTestStringConvertible {
    let checks: String
    let message: String
    var testDescription: String { message }
  }

  static let hashedGateway = HashedAnswer.make(answer: "A gateway endpoint", salt: "s4lt").text

  @Test(arguments: [
    BadKey(
      checks: "        - answer: {choices: [x, y], correct: \"sha256:s4lt:abc\"}\n",
      message: "the digest of a hashed key must be 64 lowercase hexadecimal digits"),
    BadKey(
      checks: "        - answer: {words: [\"sha256:bad salt:\(String(repeating: "0", count: 64))\"]}\n",
      message: "the salt of a hashed key must be 1 to 64 ASCII letters or digits"),
    BadKey(
      checks: "        - answer: {choices: [x, y], correct: \"\(hashedGateway)\"}\n",
      message: "the hashed 'correct' matches none of the choices' texts"),
    BadKey(
      checks: "        - answer: {choices: [{text: x, feedback: [1]}, y], correct: b}\n",
      message: "a choice's 'feedback' must be text, not a list"),
    BadKey(
      checks: "        - answer: {choices: [{text: x, say: no}, y], correct: b}\n",
      message: "unknown key 'say' in a choice; expected text or feedback"),
    BadKey(
      checks: "        - answer: {choices: [{text: x, feedback: f}, y], correct: a}\n",
      message: "the correct choice takes no 'feedback'; give the question a 'why'"),
    BadKey(
      checks: "        - answer: {choices: [x, y], correct: a, shuffle: true}\n",
      message: "a shuffled question's 'correct' must be the choice's text, not a letter"),
    BadKey(
      checks: "        - answer: {number: 10, tolerance: 1, wrong: [{number: 10.5, feedback: f}]}\n",
      message: "the wrong value 10.5 is within the tolerance of the right answer 10.0"),
    BadKey(
      checks: "        - answer: {number: 10, wrong: [{number: 5}]}\n",
      message: "a wrong value needs 'number' and 'feedback'"),
  ])
  func aMalformedQuestionIsALocatedError(_ bad: BadKey) throws {
    let yaml = LabFixtures.yaml(steps: LabFixtures.step("q", checks: bad.checks))
    guard case .failure(let problems) = LabFixtures.load(yaml) else {
      Issue.record("loaded")
      return
    }
    let rendered = "\(problems)"
    #expect(rendered.contains("/labs/mini/lab.yaml:"), "\(rendered)")
    #expect(rendered.contains(bad.message), "\(rendered)")
  }

  @Test func hashedKeysAcceptWhatThePlainKeyWould() throws {
    let words = HashedAnswer.make(answer: "게이트웨이", salt: "k0").text
    let step = LabFixtures.step(
      "h",
      checks: """
                - answer: {choices: [A NAT gateway, A gateway endpoint], correct: "\(Self.hashedGateway)"}
                - answer: {words: ["\(words)", interface]}
        """)
    let lab = try LabFixtures.lab(LabFixtures.yaml(steps: step))
    var attempt = try Attempt(lab: lab)
    _ = attempt.run("answer a")
    _ = attempt.run("answer 게이트웨이를 씁니다")
    #expect(!attempt.finished)
    _ = attempt.run("answer B")
    #expect(attempt.finished)
  }

  /// A translated shuffled question with a hashed key still knows its right choice, by either text.
  @Test func aTranslatedHashedQuestionKeepsItsKey() throws {
    let english = AnswerCheck(
      .choices(
        ChoiceQuestion(
          choices: [Choice("A NAT gateway", feedback: "Opens the internet."), Choice("A gateway endpoint")],
          correct: .hashed(HashedAnswer.make(answer: "A gateway endpoint", salt: "s")), shuffle: true)),
      why: "A route.")
    var texts = ["NAT 게이트웨이", "게이트웨이 엔드포인트", "인터넷을 엽니다.", "경로입니다."][...]
    let korean = english.replacingTexts(&texts)
    #expect(texts.isEmpty)
    #expect(korean.judge("게이트웨이 엔드포인트") == .right(why: "경로입니다."))
    #expect(korean.judge("a gateway endpoint") == .right(why: "경로입니다."))
    #expect(korean.judge("NAT 게이트웨이") == .wrong(feedback: "인터넷을 엽니다."))
  }

  @Test func sha256MatchesTheStandardVectors() {
    #expect(SHA256.hexDigest(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      SHA256.hexDigest(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
    #expect(SHA256.hexDigest(of: long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }
}
