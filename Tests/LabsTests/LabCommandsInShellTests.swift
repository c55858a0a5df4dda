import Testing

@testable import Labs

/// The lab's commands are commands of the shell: they pipe, sequence and set `$?` like any other.
@Suite struct LabCommandsInShellTests {
  @Test func helpPipesIntoGrep() throws {
    var attempt = try Attempt(lab: try LabFixtures.probe())
    let output = attempt.run("help | grep TEXT")
    #expect(output.text == "  answer TEXT                    answer the current question\n")
    #expect(output.status == 0)
  }

  /// One `help`: the shell's text, then the lab's part.
  @Test func helpIsTheShellsHelpAndTheLabs() throws {
    var attempt = try Attempt(lab: try LabFixtures.probe())
    let text = attempt.run("help").text
    #expect(text.hasPrefix("This is a simulated shell: commands run against a simulated AWS network"))
    #expect(text.contains("\nThe lab\n  hint "))
    #expect(text.hasSuffix("  answer TEXT                    answer the current question\n"))
    #expect(text.components(separatedBy: "This is a simulated shell").count == 2)
  }

  @Test func checkThenHintInOneLine() throws {
    var attempt = try Attempt(lab: try LabFixtures.probe())
    let output = attempt.run("check; hint")
    #expect(
      output.text == """
        Step 1 of 3: Look up S3 on V3
          ✗ a DNS lookup on V3 of s3.ap-northeast-2.amazonaws.com with the answer the step is about
              No DNS lookup has been made since this step began.
        Hint 1 of 2: Any of nslookup, dig or host will do.

        """)
    #expect(attempt.hintsUsed == 1)
  }

  /// A hint shown through a pipe was shown: it counts, as the lab's state is the simulation's.
  @Test func aHintThroughAPipeCounts() throws {
    var attempt = try Attempt(lab: try LabFixtures.probe())
    #expect(attempt.run("hint | cat").text == "Hint 1 of 2: Any of nslookup, dig or host will do.\n")
    #expect(attempt.hintsUsed == 1)
    #expect(attempt.run("hint").text == "Hint 2 of 2: Run `nslookup s3.ap-northeast-2.amazonaws.com` on V3.\n")
  }

  @Test func answerSetsTheExitStatus() throws {
    var attempt = try Attempt(lab: try LabFixtures.probe())
    for line in ["nslookup s3.ap-northeast-2.amazonaws.com", "ssh V1", "aws s3 ls s3://jschoi.acl"] {
      _ = attempt.run(line)
    }
    #expect(attempt.run("answer b; echo status $?").text == "Not quite. Think it over, or type `hint`.\nstatus 1\n")
    #expect(
      attempt.run("answer || echo wrong $?").text
        == "answer: type your answer after the word, for example `answer b`\nwrong 2\n")
    let right = attempt.run("answer a && echo status $?")
    #expect(right.output.map(\.text).joined() == "Correct.\nstatus 0\n")
    #expect(right.passedSteps == ["which-way"])
    #expect(attempt.finished)
  }

  /// Free text that is not valid shell (`b)`, an apostrophe) still answers, as the learner meant it.
  @Test(arguments: [
    ("answer b)", "{choices: [No, Yes], correct: b}"), ("answer   b  ", "{choices: [No, Yes], correct: b}"),
    ("answer it's public", "{words: [\"it's public\"]}"), ("answer \"it's public\"", "{words: [\"it's public\"]}"),
  ])
  func answersThatAreNotShellSyntax(_ line: String, _ check: String) throws {
    let yaml = LabFixtures.yaml(steps: LabFixtures.step("q", checks: "      - answer: \(check)"))
    var attempt = try Attempt(lab: try LabFixtures.lab(yaml))
    _ = attempt.run(line)
    #expect(attempt.finished)
  }

  /// `why` explains the last command that did something, not the lab command typed after it.
  @Test func labCommandsKeepWhatWhyExplains() throws {
    var attempt = try Attempt(lab: try LabFixtures.probe())
    _ = attempt.run("nslookup s3.ap-northeast-2.amazonaws.com")
    let before = attempt.shell.lastEvents
    _ = attempt.run("steps")
    _ = attempt.run("hint")
    #expect(!before.isEmpty)
    #expect(attempt.shell.lastEvents == before)
  }

  /// Lab commands are in the shell's history, like any typed line.
  @Test func labCommandsAreInHistory() throws {
    var attempt = try Attempt(lab: try LabFixtures.probe())
    _ = attempt.run("hint")
    _ = attempt.run("steps | head -1")
    #expect(attempt.shell.history == ["hint", "steps | head -1"])
    #expect(attempt.run("history").text.contains("steps | head -1"))
  }
}
