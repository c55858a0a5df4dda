import Testing

@testable import Cloud
@testable import Labs

/// Checks match what happened in the simulated world, never the command text (DESIGN §2.3).
@Suite struct CheckSemanticsTests {
  static let lookupLab = LabFixtures.yaml(
    steps: LabFixtures.step(
      "look", checks: "      - lookup: {host: V3, name: s3.ap-northeast-2.amazonaws.com, answer: public}"))

  /// Every DNS tool makes the same observation.
  @Test(arguments: [
    "nslookup s3.ap-northeast-2.amazonaws.com",
    "dig s3.ap-northeast-2.amazonaws.com",
    "dig +short s3.ap-northeast-2.amazonaws.com",
    "host s3.ap-northeast-2.amazonaws.com",
  ])
  func anyDNSToolMakesALookup(line: String) throws {
    let lab = try LabFixtures.lab(Self.lookupLab)
    let (attempt, outputs) = try LabFixtures.run([line], lab: lab)
    #expect(outputs.first?.status == 0, "\(outputs.first?.text ?? "")")
    #expect(outputs.first?.passedSteps == ["look"])
    #expect(attempt.finished)
  }

  /// Commands that mention the name but make no lookup, or look up another name, do not count.
  @Test(arguments: [
    "echo nslookup s3.ap-northeast-2.amazonaws.com",
    "nslookup ec2.ap-northeast-2.amazonaws.com",
    "# nslookup s3.ap-northeast-2.amazonaws.com",
  ])
  func theTextOfACommandIsNotALookup(line: String) throws {
    let lab = try LabFixtures.lab(Self.lookupLab)
    let (attempt, outputs) = try LabFixtures.run([line], lab: lab)
    #expect(outputs.first?.passedSteps == [])
    #expect(!attempt.finished)
  }

  /// The lookup must happen on the host the check names.
  @Test func aLookupOnAnotherHostDoesNotCount() throws {
    let lab = try LabFixtures.lab(Self.lookupLab)
    let (attempt, _) = try LabFixtures.run(["ssh V1", "nslookup s3.ap-northeast-2.amazonaws.com"], lab: lab)
    #expect(attempt.passed == [])
  }

  static let listLab = LabFixtures.yaml(
    start: "V1",
    steps: LabFixtures.step(
      "list",
      checks: "      - call: {host: V1, service: s3, operation: ListObjectsV2, bucket: jschoi.acl, outcome: success}"))

  /// `aws s3 ls` and `aws s3api list-objects-v2` are the same API call.
  @Test(arguments: [
    "aws s3 ls s3://jschoi.acl",
    "aws s3api list-objects-v2 --bucket jschoi.acl",
    "aws s3 ls s3://jschoi.acl/private1/",
  ])
  func bothListingCommandsMakeTheCall(line: String) throws {
    let lab = try LabFixtures.lab(Self.listLab)
    let (_, outputs) = try LabFixtures.run([line], lab: lab)
    #expect(outputs.first?.status == 0, "\(outputs.first?.text ?? "")")
    #expect(outputs.first?.passedSteps == ["list"])
  }

  @Test(arguments: [
    "aws s3 ls",  // ListBuckets, not ListObjectsV2
    "aws s3 ls s3://jschoi.acl-nope",  // the call fails
    "aws s3api get-object --bucket jschoi.acl --key jschoi.acl_test.csv /tmp/x",
  ])
  func otherCallsDoNotCount(line: String) throws {
    let lab = try LabFixtures.lab(Self.listLab)
    let (attempt, outputs) = try LabFixtures.run([line], lab: lab)
    #expect(outputs.first?.passedSteps == [])
    #expect(!attempt.finished)
  }

  /// An observation counts only while its step is current: doing step 2's work early earns nothing.
  @Test func anObservationBeforeTheStepIsCurrentDoesNotCount() throws {
    let yaml = LabFixtures.yaml(
      steps:
        LabFixtures.step("question", checks: "      - answer: {words: [gateway]}")
        + LabFixtures.step("look", checks: "      - lookup: {host: V3, name: s3.ap-northeast-2.amazonaws.com}"))
    let lab = try LabFixtures.lab(yaml)
    var attempt = try Attempt(lab: lab)
    #expect(attempt.run("nslookup s3.ap-northeast-2.amazonaws.com").passedSteps == [])
    #expect(attempt.run("answer gateway").passedSteps == ["question"])
    #expect(attempt.currentStep == 1, "the early lookup must not pass step 2")
    #expect(attempt.run("nslookup s3.ap-northeast-2.amazonaws.com").passedSteps == ["look"])
  }

  /// One command's observation passes one step, not the next step with the same check too.
  @Test func oneObservationDoesNotPassTwoSteps() throws {
    let check = "      - lookup: {host: V3, name: s3.ap-northeast-2.amazonaws.com}"
    let lab = try LabFixtures.lab(
      LabFixtures.yaml(steps: LabFixtures.step("first", checks: check) + LabFixtures.step("second", checks: check)))
    var attempt = try Attempt(lab: lab)
    #expect(attempt.run("nslookup s3.ap-northeast-2.amazonaws.com").passedSteps == ["first"])
    #expect(attempt.run("nslookup s3.ap-northeast-2.amazonaws.com").passedSteps == ["second"])
  }

  // MARK: - State checks

  static let createGateway =
    "aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --service-name com.amazonaws.ap-northeast-2.s3 --route-table-ids "

  struct StateCase: CustomTestStringConvertible, Sendable {
    let name: String
    let check: String
    let lines: [String]
    let passes: Bool
    var testDescription: String { name }
  }

  static let stateCases: [StateCase] = [
    StateCase(
      name: "gateway endpoint on the named table",
      check: "      - endpoint: {type: Gateway, service: s3, routeTables: [private-a]}",
      lines: [createGateway + "$RTB_PRIVATE_A"], passes: true),
    StateCase(
      name: "gateway endpoint on another table",
      check: "      - endpoint: {type: Gateway, service: s3, routeTables: [private-a]}",
      lines: [createGateway + "$RTB_PRIVATE_C"], passes: false),
    StateCase(
      name: "gateway endpoint, but an interface one is asked for",
      check: "      - endpoint: {type: Interface, service: s3}",
      lines: [createGateway + "$RTB_PRIVATE_A"], passes: false),
    StateCase(
      name: "gateway endpoint on both tables",
      check: "      - endpoint: {type: Gateway, service: s3, routeTables: [private-a, private-c]}",
      lines: [createGateway + "$RTB_PRIVATE_A $RTB_PRIVATE_C"], passes: true),
    StateCase(
      name: "no endpoint yet",
      check: "      - endpoint: {type: Gateway, service: s3, routeTables: [private-a]}",
      lines: ["aws ec2 describe-vpc-endpoints"], passes: false),
    StateCase(
      name: "security group admits 443 from the VPC",
      check: "      - securityGroup: {group: vpce-sg, port: 443, source: 10.0.0.0/16}",
      lines: [
        "aws ec2 authorize-security-group-ingress --group-id $SG_VPCE_SG --protocol tcp --port 443 --cidr 10.0.0.0/16"
      ],
      passes: true),
    StateCase(
      name: "security group admits a wider range that covers the source",
      check: "      - securityGroup: {group: vpce-sg, port: 443, source: 10.0.12.0/24}",
      lines: [
        "aws ec2 authorize-security-group-ingress --group-id $SG_VPCE_SG --protocol tcp --port 443 --cidr 10.0.0.0/16"
      ],
      passes: true),
    StateCase(
      name: "security group admits another port",
      check: "      - securityGroup: {group: vpce-sg, port: 443, source: 10.0.0.0/16}",
      lines: [
        "aws ec2 authorize-security-group-ingress --group-id $SG_VPCE_SG --protocol tcp --port 22 --cidr 10.0.0.0/16"
      ],
      passes: false),
    StateCase(
      name: "security group admits a narrower range only",
      check: "      - securityGroup: {group: vpce-sg, port: 443, source: 10.0.0.0/16}",
      lines: [
        "aws ec2 authorize-security-group-ingress --group-id $SG_VPCE_SG --protocol tcp --port 443 --cidr 10.0.12.0/24"
      ],
      passes: false),
    StateCase(
      name: "another group admits it",
      check: "      - securityGroup: {group: vpce-sg, port: 443, source: 10.0.0.0/16}",
      lines: [
        "aws ec2 authorize-security-group-ingress --group-id $SG_DEFAULT --protocol tcp --port 443 --cidr 10.0.0.0/16"
      ],
      passes: false),
  ]

  /// State checks look at the world as it is after the command, on the admin host.
  @Test(arguments: stateCases)
  func stateChecks(_ test: StateCase) throws {
    let lab = try LabFixtures.lab(
      LabFixtures.yaml(start: "cloudshell", steps: LabFixtures.step("state", checks: test.check)))
    let (attempt, outputs) = try LabFixtures.run(test.lines, lab: lab)
    for output in outputs { #expect(output.status == 0, "\(output.text)") }
    #expect(attempt.finished == test.passes)
  }

  /// `exists: false` holds while there is no such endpoint, and stops holding once one is made.
  @Test func anEndpointThatMustNotExist() throws {
    let check = "      - endpoint: {type: Gateway, service: s3, exists: false}"
    let yaml = LabFixtures.yaml(
      start: "cloudshell",
      steps:
        LabFixtures.step("question", checks: "      - answer: {words: [yes]}") + LabFixtures.step("gone", checks: check)
    )
    let lab = try LabFixtures.lab(yaml)
    var attempt = try Attempt(lab: lab)
    _ = attempt.run(Self.createGateway + "$RTB_PRIVATE_A")
    #expect(attempt.run("answer yes").passedSteps == ["question"], "the endpoint exists, so 'gone' must not pass")
    #expect(attempt.currentStep == 1)
  }

  // MARK: - Answers

  struct AnswerCase: CustomTestStringConvertible, Sendable {
    let check: String
    let answer: String
    let passes: Bool
    var testDescription: String { "\(check) ← \(answer)" }
  }

  static let choice = "{choices: [Alpha, Beta gamma, Delta], correct: b}"
  static let choiceByText = "{choices: [Alpha, Beta gamma, Delta], correct: Beta gamma}"
  static let number = "{number: 14.6, tolerance: 0.1}"
  static let exact = "{number: 3}"
  static let words = "{words: [gateway, gateway endpoint]}"

  static let answerCases: [AnswerCase] = [
    AnswerCase(check: choice, answer: "b", passes: true),
    AnswerCase(check: choice, answer: "B", passes: true),
    AnswerCase(check: choice, answer: "b)", passes: true),
    AnswerCase(check: choice, answer: "Beta gamma", passes: true),
    AnswerCase(check: choice, answer: "beta   GAMMA", passes: true),
    AnswerCase(check: choice, answer: "a", passes: false),
    AnswerCase(check: choice, answer: "Alpha", passes: false),
    AnswerCase(check: choice, answer: "e", passes: false),
    AnswerCase(check: choiceByText, answer: "b", passes: true),
    AnswerCase(check: choiceByText, answer: "beta gamma", passes: true),
    AnswerCase(check: choiceByText, answer: "c", passes: false),
    AnswerCase(check: number, answer: "14.6", passes: true),
    AnswerCase(check: number, answer: "$14.65", passes: true),
    AnswerCase(check: number, answer: "14.5 USD", passes: true),
    AnswerCase(check: number, answer: "14.8", passes: false),
    AnswerCase(check: number, answer: "-14.6", passes: false),
    AnswerCase(check: number, answer: "fourteen", passes: false),
    AnswerCase(check: exact, answer: "3", passes: true),
    AnswerCase(check: exact, answer: "3.01", passes: false),
    AnswerCase(check: words, answer: "Gateway", passes: true),
    AnswerCase(check: words, answer: "a GATEWAY endpoint", passes: true),
    AnswerCase(check: words, answer: "the gateway", passes: true),
    AnswerCase(check: words, answer: "gateways", passes: false),
    AnswerCase(check: words, answer: "interface", passes: false),
  ]

  @Test(arguments: answerCases)
  func answers(_ test: AnswerCase) throws {
    let lab = try LabFixtures.lab(
      LabFixtures.yaml(steps: LabFixtures.step("q", checks: "      - answer: \(test.check)")))
    var attempt = try Attempt(lab: lab)
    let output = attempt.run("answer \(test.answer)")
    if test.passes {
      #expect(output.status == 0)
      #expect(output.passedSteps == ["q"])
      #expect(output.output.map(\.text).joined() == "Correct.\n")
    } else {
      #expect(output.status == 1)
      #expect(output.passedSteps == [])
      // An answer that names no choice is told which letters there are instead.
      let unreadable =
        "That names none of the choices: answer with a letter from a to c, or with a choice's text.\n"
      #expect(output.text == "Not quite. Think it over, or type `hint`.\n" || output.text == unreadable)
      #expect(!attempt.finished)
    }
  }

  /// A wrong answer does not stop a later right one from passing.
  @Test func aRightAnswerAfterWrongOnesPasses() throws {
    let lab = try LabFixtures.lab(
      LabFixtures.yaml(steps: LabFixtures.step("q", checks: "      - answer: \(Self.choice)")))
    let (attempt, outputs) = try LabFixtures.run(["answer a", "answer c", "answer b"], lab: lab)
    #expect(outputs.map(\.status) == [1, 1, 0])
    #expect(attempt.passed == ["q"])
  }

  @Test func answeringAStepThatAsksForAnActionIsRefused() throws {
    let lab = try LabFixtures.lab(Self.lookupLab)
    var attempt = try Attempt(lab: lab)
    let output = attempt.run("answer public")
    #expect(output.status == 1)
    #expect(
      output.output == [
        .init(.stderr, "answer: this step asks you to do something, not to answer a question\n", form: .lines)
      ])
  }

  // MARK: - Feedback

  static let feedbackLab = LabFixtures.yaml(
    start: "V1",
    steps: LabFixtures.step(
      "look", checks: "      - lookup: {host: V3, name: s3.ap-northeast-2.amazonaws.com}",
      feedback: """
            feedback:
              - when: {lookup: {name: s3.ap-northeast-2.amazonaws.com}}
                say: Run the lookup on V3.

        """))

  @Test func feedbackIsGivenForAMatchingMistake() throws {
    let lab = try LabFixtures.lab(Self.feedbackLab)
    var attempt = try Attempt(lab: lab)
    let output = attempt.run("nslookup s3.ap-northeast-2.amazonaws.com")
    #expect(output.passedSteps == [])
    #expect(output.notes == [.feedback("Run the lookup on V3.")])
    #expect(output.text.hasSuffix("\n» Run the lookup on V3.\n"))
  }

  @Test func noFeedbackForCommandsThatDoNotMatch() throws {
    let lab = try LabFixtures.lab(Self.feedbackLab)
    var attempt = try Attempt(lab: lab)
    #expect(attempt.run("nslookup ec2.ap-northeast-2.amazonaws.com").notes == [])
    #expect(attempt.run("hostname").notes == [])
  }

  /// Rules that overlap say only the first that matches, in the order the author wrote them: the
  /// particular mistake before the general one, never both for one command.
  @Test func onlyTheFirstMatchingRuleSpeaks() throws {
    let lab = try LabFixtures.lab(
      LabFixtures.yaml(
        start: "V1",
        steps: LabFixtures.step(
          "look", checks: "      - lookup: {host: V3, name: s3.ap-northeast-2.amazonaws.com}",
          feedback: """
                feedback:
                  - when: {lookup: {host: V1, name: s3.ap-northeast-2.amazonaws.com}}
                    say: That was V1; run it on V3.
                  - when: {lookup: {name: s3.ap-northeast-2.amazonaws.com}}
                    say: Run the lookup on V3.

            """)))
    var attempt = try Attempt(lab: lab)
    #expect(attempt.run("nslookup s3.ap-northeast-2.amazonaws.com").notes == [.feedback("That was V1; run it on V3.")])
    _ = attempt.run("ssh V2")
    #expect(attempt.run("nslookup s3.ap-northeast-2.amazonaws.com").notes == [.feedback("Run the lookup on V3.")])
  }

  /// The same `when` also matches the right command, but a passing command gets its banner, not the feedback.
  @Test func noFeedbackWhenTheStepPasses() throws {
    let lab = try LabFixtures.lab(Self.feedbackLab)
    var attempt = try Attempt(lab: lab)
    _ = attempt.run("ssh V3")
    let output = attempt.run("nslookup s3.ap-northeast-2.amazonaws.com")
    #expect(output.passedSteps == ["look"])
    #expect(!output.notes.contains { if case .feedback = $0 { true } else { false } })
    #expect(!output.text.contains("Run the lookup on V3."))
  }
}
