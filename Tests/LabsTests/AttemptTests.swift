import Testing
import Transcript

@testable import Cloud
@testable import Labs
@testable import Shell

/// The lab's own commands in the shell, determinism, and replay with resets.
@Suite struct AttemptTests {
  // MARK: - hint

  @Test func hintsComeInOrderThenRunOut() throws {
    let lab = try LabFixtures.probe()
    let (attempt, outputs) = try LabFixtures.run(["hint", "hint", "hint", "hint"], lab: lab)
    #expect(
      outputs.map(\.text) == [
        "Hint 1 of 2: Any of nslookup, dig or host will do.\n",
        "Hint 2 of 2: Run `nslookup s3.ap-northeast-2.amazonaws.com` on V3.\n",
        "No more hints for this step.\n",
        "No more hints for this step.\n",
      ])
    #expect(outputs.allSatisfy { $0.status == 0 && $0.passedSteps.isEmpty })
    // Each hint counts once; asking when there are none left is free.
    #expect(attempt.hintsUsed == 2)
    #expect(attempt.commands == 4)
  }

  @Test func eachStepHasItsOwnHints() throws {
    let lab = try LabFixtures.probe()
    let (attempt, outputs) = try LabFixtures.run(
      ["hint", "nslookup s3.ap-northeast-2.amazonaws.com", "hint"], lab: lab)
    #expect(outputs[2].text == "Hint 1 of 2: Go to V1 first.\n")
    #expect(attempt.hintsUsed == 2)
  }

  @Test func aHintAfterTheLabIsCompleteIsFree() throws {
    let lab = try LabFixtures.probe()
    var (attempt, _) = try LabFixtures.run(LabFixtures.probeSolution, lab: lab)
    #expect(attempt.finished)
    #expect(attempt.run("hint").text == "The lab is complete: there is nothing left to hint at.\n")
    #expect(attempt.hintsUsed == 0)
  }

  // MARK: - check

  @Test func checkListsWhatHoldsAndWhatIsMissingWithoutTheAnswer() throws {
    let yaml = LabFixtures.yaml(
      start: "V1",
      steps: LabFixtures.step(
        "both",
        checks: """
                - lookup: {host: V1, name: s3.ap-northeast-2.amazonaws.com, answer: public}
                - call: {host: V1, operation: ListObjectsV2, bucket: jschoi.acl, outcome: success, via: internet}
          """))
    let lab = try LabFixtures.lab(yaml)
    var attempt = try Attempt(lab: lab)
    #expect(
      attempt.run("check").text == """
        Step 1 of 1: Step both
          ✗ a DNS lookup on V1 of s3.ap-northeast-2.amazonaws.com with the answer the step is about
              No DNS lookup has been made since this step began.
          ✗ a ListObjectsV2 call on jschoi.acl from V1 with the outcome the step is about
              No API call has been made since this step began.

        """)
    _ = attempt.run("nslookup s3.ap-northeast-2.amazonaws.com")
    let after = attempt.run("check").text
    #expect(
      after == """
        Step 1 of 1: Step both
          ✓ a DNS lookup on V1 of s3.ap-northeast-2.amazonaws.com with the answer the step is about
          ✗ a ListObjectsV2 call on jschoi.acl from V1 with the outcome the step is about
              No API call has been made since this step began.

        """)
    // The expected values (public answer, success, via internet) are not given away.
    for secret in ["public", "success", "internet"] { #expect(!after.contains(secret)) }
    #expect(attempt.hintsUsed == 0)
  }

  @Test func checkOnAQuestionDoesNotRevealTheChoice() throws {
    let lab = try LabFixtures.probe()
    var (attempt, _) = try LabFixtures.run(Array(LabFixtures.probeSolution.prefix(3)), lab: lab)
    let text = attempt.run("check").text
    #expect(text == "Step 3 of 3: Which way?\n  ✗ your answer (type `answer` followed by it)\n")
    #expect(!text.contains("internet gateway"))
  }

  // MARK: - steps, instructions, help

  @Test func stepsShowsEveryStepAndThePoints() throws {
    let lab = try LabFixtures.probe()
    var attempt = try Attempt(lab: lab)
    #expect(
      attempt.run("steps").text == """
        → 1. lookup-s3    Look up S3 on V3 (10 points)
          2. list-bucket  List the bucket from V1 (20 points)
          3. which-way    Which way? (5 points)
        0/35 points

        """)
    _ = attempt.run("nslookup s3.ap-northeast-2.amazonaws.com")
    #expect(
      attempt.run("steps").text == """
        ✓ 1. lookup-s3    Look up S3 on V3 (10 points)
        → 2. list-bucket  List the bucket from V1 (20 points)
          3. which-way    Which way? (5 points)
        10/35 points

        """)
  }

  @Test func instructionsRepeatTheCurrentStep() throws {
    let lab = try LabFixtures.probe()
    var attempt = try Attempt(lab: lab)
    #expect(
      attempt.run("instructions").text == "\n── Step 1 of 3: Look up S3 on V3 ──\n\nLook up S3's regional name on V3.\n"
    )
    _ = attempt.run("nslookup s3.ap-northeast-2.amazonaws.com")
    #expect(
      attempt.run("instructions").text
        == "\n── Step 2 of 3: List the bucket from V1 ──\n\nList the bucket jschoi.acl from V1.\n")
  }

  @Test func helpNamesTheLabCommands() throws {
    let lab = try LabFixtures.probe()
    var attempt = try Attempt(lab: lab)
    let text = attempt.run("help").text
    for command in ["hint", "check", "steps", "instructions", "answer TEXT"] {
      #expect(text.contains("\n  \(command) "), "help should describe \(command)")
    }
  }

  @Test(arguments: ["answer", "answer   ", "  answer\t"])
  func answerWithNothingIsAUsageError(line: String) throws {
    let lab = try LabFixtures.probe()
    var (attempt, _) = try LabFixtures.run(Array(LabFixtures.probeSolution.prefix(3)), lab: lab)
    let output = attempt.run(line)
    #expect(output.status == 2)
    #expect(
      output.output == [
        OutputChunk(.stderr, "answer: type your answer after the word, for example `answer b`\n", form: .lines)
      ])
    #expect(!attempt.finished)
  }

  /// AttemptOutput.status is documented as "what `$?` now holds": lab commands set it like any command.
  @Test func labCommandsSetTheExitStatus() throws {
    let lab = try LabFixtures.probe()
    var attempt = try Attempt(lab: lab)
    #expect(attempt.run("answer").status == 2)
    let afterAnswer = attempt.run("echo $?").text
    #expect(attempt.run("false").status == 1)
    #expect(attempt.run("hint").status == 0)
    let afterHint = attempt.run("echo $?").text
    do {  // Fixed; this once was a known issue.
      #expect(afterAnswer == "2\n")
      #expect(afterHint == "0\n")
    }
  }

  /// The step banners come after the command's own output, in order.
  @Test func passingAStepShowsTheBannersAfterTheOutput() throws {
    let lab = try LabFixtures.probe()
    var (attempt, _) = try LabFixtures.run(Array(LabFixtures.probeSolution.prefix(3)), lab: lab)
    let output = attempt.run("answer a")
    #expect(
      output.text == "Correct.\n\n✓ Step 3 of 3 passed: Which way? (+5 points)\n\n★ Lab complete: 35/35 points.\n")
    #expect(attempt.points == 35)
    #expect(attempt.passed == ["lookup-s3", "list-bucket", "which-way"])
  }

  /// In a course, the lab-complete note says what comes next; it is recorded, and replays the same.
  @Test(arguments: [
    (CoursePosition.followedBy("private-subnet"), "Next: labrun start private-subnet\n"),
    (CoursePosition.last, "That was the last lab of the course. `labrun status` shows how far you got in each.\n"),
    (CoursePosition.unlisted, ""),
  ])
  func theLabCompleteNoteSaysWhatComesNext(position: CoursePosition, next: String) throws {
    let lab = try LabFixtures.probe().placed(position)
    var (attempt, _) = try LabFixtures.run(Array(LabFixtures.probeSolution.prefix(3)), lab: lab)
    let output = attempt.run("answer a")
    #expect(
      output.text == "Correct.\n\n✓ Step 3 of 3 passed: Which way? (+5 points)\n\n★ Lab complete: 35/35 points.\n"
        + next)
    #expect(attempt.run("instructions").text == "\n★ Lab complete: 35/35 points.\n" + next)
  }

  /// Numbers line up past nine steps, and ids in a column, so `reset --to` has both at hand.
  @Test func stepsAlignsTenStepsAndLongIDs() throws {
    var yaml = "id: many\ntitle: Many\nstart: V3\nworld:\n  base: course\nsteps:\n"
    for n in 1...10 {
      yaml += """
          - id: \(n == 10 ? "the-tenth-step" : "s\(n)")
            title: Step \(n)
            file: step.md
            points: 5
            checks:
              - answer: {words: [w\(n)]}
            hints: [One., Two.]

        """
    }
    var attempt = try Attempt(lab: LabFixtures.lab(yaml, id: "many"))
    _ = attempt.run("answer w1")
    #expect(
      attempt.run("steps").text == """
        ✓  1. s1              Step 1 (5 points)
        →  2. s2              Step 2 (5 points)
           3. s3              Step 3 (5 points)
           4. s4              Step 4 (5 points)
           5. s5              Step 5 (5 points)
           6. s6              Step 6 (5 points)
           7. s7              Step 7 (5 points)
           8. s8              Step 8 (5 points)
           9. s9              Step 9 (5 points)
          10. the-tenth-step  Step 10 (5 points)
        5/50 points

        """)
  }

  // MARK: - Preset variables

  @Test func presetVariablesNameTheWorldsResources() throws {
    let lab = try LabFixtures.probe()
    let attempt = try Attempt(lab: lab)
    let world = attempt.shell.world
    let variables = attempt.shell.variables
    #expect(variables["VPC_ID"] == world.vpcs[0].id)
    #expect(variables["RTB_PRIVATE_A"] == world.routeTables.first { $0.name == "private-a" }?.id)
    #expect(variables["RTB_PUBLIC"] == world.routeTables.first { $0.name == "public" }?.id)
    #expect(variables["SG_VPCE_SG"] == world.securityGroups.first { $0.name == "vpce-sg" }?.id)
    #expect(variables["SUBNET_PRIVATE_C"] == world.subnets.first { $0.name == "private-c" }?.id)
    #expect(variables["VPC_ID"]?.hasPrefix("vpc-") == true)
    #expect(variables["SG_VPCE_SG"]?.hasPrefix("sg-") == true)
  }

  @Test func presetVariablesExpandInCommands() throws {
    let lab = try LabFixtures.probe()
    var attempt = try Attempt(lab: lab)
    let vpc = try #require(attempt.shell.variables["VPC_ID"])
    let rtb = try #require(attempt.shell.variables["RTB_PRIVATE_A"])
    #expect(attempt.run("echo $VPC_ID $RTB_PRIVATE_A").text == "\(vpc) \(rtb)\n")
  }

  // MARK: - Determinism and replay

  static let mixedLines = [
    "hint", "nslookup s3.ap-northeast-2.amazonaws.com", "dig s3.ap-northeast-2.amazonaws.com",
    "aws s3 ls s3://jschoi.acl", "check", "ssh V1", "host s3.ap-northeast-2.amazonaws.com",
    "aws s3 ls s3://jschoi.acl", "answer b", "steps", "answer a", "hint",
  ]

  @Test func theSameLinesGiveIdenticalOutputs() throws {
    let lab = try LabFixtures.probe()
    let (first, firstOutputs) = try LabFixtures.run(Self.mixedLines, lab: lab)
    let (second, secondOutputs) = try LabFixtures.run(Self.mixedLines, lab: lab)
    #expect(firstOutputs == secondOutputs)
    #expect(first.shell == second.shell)
    #expect(first.passed == second.passed)
  }

  /// A different seed is a different variant: the addresses drawn from pools may change, the progress does not.
  @Test func anotherSeedPassesTheSameSteps() throws {
    let lab = try LabFixtures.probe()
    let (first, _) = try LabFixtures.run(LabFixtures.probeSolution, lab: lab, seed: 1)
    let (second, _) = try LabFixtures.run(LabFixtures.probeSolution, lab: lab, seed: 99)
    // Both pass every step (not just the same ones, which no steps at all would satisfy) …
    #expect(first.passed == ["lookup-s3", "list-bucket", "which-way"])
    #expect(second.passed == first.passed)
    // … in worlds that really differ: the seed draws the resources' ids.
    #expect(first.shell.world.vpcs.first?.id != second.shell.world.vpcs.first?.id)
    #expect(first.seed == 1)
    #expect(second.seed == 99)
  }

  @Test func replayEqualsLiveRunning() throws {
    let lab = try LabFixtures.probe()
    let (live, liveOutputs) = try LabFixtures.run(Self.mixedLines, lab: lab)
    let (replayed, replayedOutputs) = try Attempt.replay(
      lab: lab, seed: lab.defaultSeed, entries: Self.mixedLines.map { .typed($0) })
    #expect(replayedOutputs == liveOutputs)
    #expect(replayed.shell == live.shell)
    #expect(replayed.passed == live.passed)
    #expect(replayed.hintsUsed == live.hintsUsed)
    #expect(replayed.commands == live.commands)
    #expect(replayed.points == live.points)
  }

  @Test func aFullResetStartsOver() throws {
    let lab = try LabFixtures.probe()
    let entries: [TranscriptEntry] = LabFixtures.probeSolution.map { .typed($0) } + [.reset(step: nil)]
    let (attempt, outputs) = try Attempt.replay(lab: lab, seed: lab.defaultSeed, entries: entries)
    let fresh = try Attempt(lab: lab)
    #expect(outputs.isEmpty)
    #expect(attempt.passed == [])
    #expect(attempt.currentStep == 0)
    #expect(attempt.shell == fresh.shell)
  }

  @Test func workAfterAFullResetCounts() throws {
    let lab = try LabFixtures.probe()
    let entries: [TranscriptEntry] = [
      .typed("nslookup s3.ap-northeast-2.amazonaws.com"), .reset(step: nil),
      .typed("dig s3.ap-northeast-2.amazonaws.com"),
    ]
    let (attempt, _) = try Attempt.replay(lab: lab, seed: lab.defaultSeed, entries: entries)
    #expect(attempt.passed == ["lookup-s3"])
  }

  /// Going back to a step restores the world as it was when that step became current:
  /// the endpoint made in step 1 is there, the rule added during step 2 is not.
  @Test func aResetToAStepReturnsToTheWorldAsItWasThen() throws {
    let yaml = LabFixtures.yaml(
      start: "cloudshell",
      steps:
        LabFixtures.step(
          "make-endpoint", checks: "      - endpoint: {type: Gateway, service: s3, routeTables: [private-a]}")
        + LabFixtures.step(
          "open-443", checks: "      - securityGroup: {group: vpce-sg, port: 443, source: 10.0.0.0/16}")
        + LabFixtures.step("question", checks: "      - answer: {words: [done]}"))
    let lab = try LabFixtures.lab(yaml)
    let upToStep2 = [CheckSemanticsTests.createGateway + "$RTB_PRIVATE_A"]
    let during2 = [
      "aws ec2 authorize-security-group-ingress --group-id $SG_VPCE_SG --protocol tcp --port 22 --cidr 10.0.0.0/16",
      "aws ec2 authorize-security-group-ingress --group-id $SG_VPCE_SG --protocol tcp --port 443 --cidr 10.0.0.0/16",
      "answer done",
    ]
    let (full, _) = try Attempt.replay(
      lab: lab, seed: lab.defaultSeed, entries: (upToStep2 + during2).map { .typed($0) })
    #expect(full.finished)

    let entries = (upToStep2 + during2).map { TranscriptEntry.typed($0) } + [.reset(step: "open-443")]
    let (reset, _) = try Attempt.replay(lab: lab, seed: lab.defaultSeed, entries: entries)
    let (then, _) = try LabFixtures.run(upToStep2, lab: lab)
    #expect(reset.currentStep == 1)
    #expect(reset.passed == ["make-endpoint"])
    #expect(reset.shell.world == then.shell.world)
    let group = try #require(reset.shell.world.securityGroups.first { $0.name == "vpce-sg" })
    #expect(group.ingress.isEmpty)
    #expect(reset.shell.world.liveEndpoints.count == 1)

    // Going back to the first step is a start from scratch.
    let (first, _) = try Attempt.replay(
      lab: lab, seed: lab.defaultSeed, entries: entries + [.reset(step: "make-endpoint")])
    #expect(first.currentStep == 0)
    #expect(first.shell.world.liveEndpoints.isEmpty)

    // And the learner can go on from the step they went back to.
    let (again, _) = try Attempt.replay(
      lab: lab, seed: lab.defaultSeed, entries: entries + [.typed(during2[1]), .typed("answer done")])
    #expect(again.finished)
  }

  /// A reset to a step the learner had not reached yet keeps all their work.
  @Test func aResetToALaterStepKeepsEverything() throws {
    let lab = try LabFixtures.probe()
    let lines = ["hint", "nslookup s3.ap-northeast-2.amazonaws.com"]
    let (reset, _) = try Attempt.replay(
      lab: lab, seed: lab.defaultSeed, entries: lines.map { .typed($0) } + [.reset(step: "which-way")])
    let (live, _) = try LabFixtures.run(lines, lab: lab)
    #expect(reset.shell == live.shell)
    #expect(reset.passed == live.passed)
  }

  // MARK: - Introduction

  @Test func theIntroductionShowsTheTitleSummaryAndFirstStep() throws {
    let lab = try LabFixtures.probe()
    let attempt = try Attempt(lab: lab)
    #expect(
      attempt.introduction == """
        Probe lab
        =========

        A small lab for tests.

        Type `help` for what this shell can do, `hint` when stuck, `check` to see what is missing.

        ── Step 1 of 3: Look up S3 on V3 ──

        Look up S3's regional name on V3.

        """)
  }
}
