import Foundation
import Testing

/// A learner's flows through the built binary: start with piped input, resume, status, reset, submit.
@Suite struct LabFlowTests {
  /// What `labrun status LAB --json` prints.
  struct Status: Decodable, Equatable {
    struct Step: Decodable, Equatable {
      let id: String
      let title: String
      let passed: Bool
    }
    let lab: String
    let steps: [Step]
    let points: Int
    let maxPoints: Int
    let hintsUsed: Int
    let commands: Int
  }

  static func status(_ course: TempCourse, workspace: String) throws -> Status {
    let result = try course.labrun(["status", "probe", "--json", "--workspace", workspace])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    // Exactly these keys: the JSON is an interface for scripts.
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object.map { Set($0.keys) } == ["lab", "steps", "points", "maxPoints", "hintsUsed", "commands"])
    return try JSONDecoder().decode(Status.self, from: Data(result.stdout.utf8))
  }

  static func steps(_ passed: Bool...) -> [Status.Step] {
    zip(
      zip(["lookup-s3", "list-bucket", "which-way"], ["Look up S3 on V3", "List the bucket from V1", "Which way?"]),
      passed
    )
    .map { Status.Step(id: $0.0, title: $0.1, passed: $1) }
  }

  static func start(_ course: TempCourse, workspace: String, input: [String]) throws -> LabrunProcess.Result {
    try course.labrun(
      ["start", "probe", "--workspace", workspace, "--learner", ProbeLab.learner],
      input: input.map { $0 + "\n" }.joined())
  }

  @Test func pipingTheSolutionPassesEveryStepAndCommitsEachCommand() throws {
    let course = try TempCourse("flow-solution")
    defer { course.remove() }
    try course.addProbe()
    let workspace = course.path("ws")

    let result = try Self.start(course, workspace: workspace, input: ProbeLab.solution)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stderr == "")
    #expect(result.stdout.hasPrefix("Probe lab\n=========\n\nA small lab for tests.\n"))
    expectInOrder(
      result.stdout,
      [
        "\n── Step 1 of 3: Look up S3 on V3 ──\n\nLook up S3's regional name on V3.\n",
        "\n" + ProbeLab.v3Prompt + "nslookup s3.ap-northeast-2.amazonaws.com\n",
        "Server:\t\t10.0.0.2\n",
        "\n✓ Step 1 of 3 passed: Look up S3 on V3 (+10 points)\n",
        "\n── Step 2 of 3: List the bucket from V1 ──\n",
        "\n" + ProbeLab.v3Prompt + "ssh V1\n",
        "\n" + ProbeLab.v1Prompt + "aws s3 ls s3://jschoi.acl\n",
        "                           PRE private1/\n                           PRE public1/\n",
        "2017-09-26 05:03:18      29606 jschoi.acl_test.csv\n2018-06-21 07:44:25      25184 what-is-eks.png\n",
        "\n✓ Step 2 of 3 passed: List the bucket from V1 (+20 points)\n",
        "\n" + ProbeLab.v1Prompt
          + "answer a\nCorrect.\n\n✓ Step 3 of 3 passed: Which way? (+5 points)\n\n★ Lab complete: 35/35 points.\n",
        "Saved in \(workspace). The lab is complete; hand in with `labrun submit probe --workspace \(workspace) --labs \(course.labs.path)`.\n",
      ])
    // A finished lab no longer says "Resume".
    #expect(
      result.stdout.hasSuffix(
        "Saved in \(workspace). The lab is complete; hand in with `labrun submit probe --workspace \(workspace) --labs \(course.labs.path)`.\n"
      ))

    #expect(
      try GitCLI.history(workspace) == [
        "start probe (seed \(ProbeLab.variantSeed))|",
        "V3 $ nslookup s3.ap-northeast-2.amazonaws.com  → 0|lookup-s3 passed",
        "V3 $ ssh V1  → 0|",
        "V1 $ aws s3 ls s3://jschoi.acl  → 0|list-bucket passed",
        "V1 $ answer a  → 0|which-way passed",
      ])
    #expect(try GitCLI.run(["log", "-1", "--format=%an <%ae>"], in: workspace) == ProbeLab.learner + "\n")
    // Nothing left uncommitted.
    #expect(try GitCLI.run(["status", "--porcelain"], in: workspace) == "")

    #expect(
      try Self.status(course, workspace: workspace)
        == Status(
          lab: "probe", steps: Self.steps(true, true, true), points: 35, maxPoints: 35, hintsUsed: 0, commands: 4))
  }

  /// Feedback for a known mistake and the lab's own commands print like any command's output.
  @Test func feedbackAndLabCommandsArePrinted() throws {
    let course = try TempCourse("flow-feedback")
    defer { course.remove() }
    try course.addProbe()
    let result = try Self.start(
      course, workspace: course.path("ws"),
      input: ["ssh V1", "nslookup s3.ap-northeast-2.amazonaws.com", "hint", "answer"])
    #expect(result.status == 0)
    expectInOrder(
      result.stdout,
      [
        "\n" + ProbeLab.v1Prompt + "nslookup s3.ap-northeast-2.amazonaws.com\n",
        "\n» That lookup ran on V1; this step is about V3.\n",
        ProbeLab.v1Prompt + "hint\nHint 1 of 2: Any of nslookup, dig or host will do.\n",
        ProbeLab.v1Prompt + "answer\n",
      ])
    #expect(!result.stdout.contains("✓ Step 1"))
    // Error output goes to standard error, as the real shell's would.
    #expect(result.stderr == "answer: type your answer after the word, for example `answer b`\n")
  }

  /// The same input gives the same output: the run is deterministic, workspace and all.
  @Test func twoRunsPrintTheSame() throws {
    let course = try TempCourse("flow-determinism")
    defer { course.remove() }
    try course.addProbe()
    let first = try Self.start(course, workspace: course.path("a"), input: ProbeLab.solution + ["hint", "steps"])
    let second = try Self.start(course, workspace: course.path("b"), input: ProbeLab.solution + ["hint", "steps"])
    #expect(first.status == 0)
    #expect(
      first.stdout.replacingOccurrences(of: course.path("a"), with: "WS")
        == second.stdout.replacingOccurrences(of: course.path("b"), with: "WS"))
  }

  @Test func resumingContinuesAtTheCurrentStep() throws {
    let course = try TempCourse("flow-resume")
    defer { course.remove() }
    try course.addProbe()
    let workspace = course.path("ws")

    let first = try Self.start(
      course, workspace: workspace, input: ["hint", "nslookup s3.ap-northeast-2.amazonaws.com"])
    #expect(first.status == 0, "stderr: \(first.stderr)")
    #expect(
      try Self.status(course, workspace: workspace)
        == Status(
          lab: "probe", steps: Self.steps(true, false, false), points: 10, maxPoints: 35, hintsUsed: 1, commands: 2))

    let second = try Self.start(course, workspace: workspace, input: Array(ProbeLab.solution.dropFirst()))
    #expect(second.status == 0, "stderr: \(second.stderr)")
    #expect(second.stderr == "")
    // Where the learner is, then the current step again, then the prompt on the host they were on.
    #expect(
      second.stdout.hasPrefix(
        """
        Resuming Probe lab: 1 of 3 steps passed; commands so far: 2.

        ── Step 2 of 3: List the bucket from V1 ──

        List the bucket jschoi.acl from V1.

        \(ProbeLab.v3Prompt)ssh V1

        """))
    #expect(!second.stdout.contains("Step 1 of 3"))
    #expect(second.stdout.contains("\n★ Lab complete: 35/35 points.\n"))
    #expect(try GitCLI.history(workspace).count == 1 + 2 + 3)
    #expect(
      try Self.status(course, workspace: workspace)
        == Status(
          lab: "probe", steps: Self.steps(true, true, true), points: 35, maxPoints: 35, hintsUsed: 1, commands: 5))
  }

  @Test func statusOfALabNotStartedYet() throws {
    let course = try TempCourse("flow-status-new")
    defer { course.remove() }
    try course.addProbe()
    #expect(
      try Self.status(course, workspace: course.path("none"))
        == Status(
          lab: "probe", steps: Self.steps(false, false, false), points: 0, maxPoints: 35, hintsUsed: 0, commands: 0))
    let text = try course.labrun(["status", "probe", "--workspace", course.path("none")])
    #expect(text.status == 0)
    #expect(text.stdout == "1. probe: not started (3 steps, 35 points)\n")
  }

  @Test func resetStartsOverAndKeepsTheHistory() throws {
    let course = try TempCourse("flow-reset")
    defer { course.remove() }
    try course.addProbe()
    let workspace = course.path("ws")
    #expect(try Self.start(course, workspace: workspace, input: ProbeLab.solution).status == 0)
    let before = try GitCLI.history(workspace)

    let reset = try course.labrun(["reset", "probe", "--yes", "--workspace", workspace])
    #expect(reset.status == 0, "stderr: \(reset.stderr)")
    #expect(
      reset.stdout
        == "Reset probe: now at step 1 of 3 (Look up S3 on V3). Resume with `labrun start probe --workspace \(workspace) --labs \(course.labs.path)`.\n"
    )

    let status = try Self.status(course, workspace: workspace)
    #expect(status.steps == Self.steps(false, false, false))
    #expect(status.points == 0)
    #expect(try GitCLI.history(workspace) == before + ["reset to the start|"])

    // Starting again begins at step 1 on the start host, in a fresh world.
    let again = try Self.start(course, workspace: workspace, input: ["hostname"])
    #expect(again.stdout.hasPrefix("Resuming Probe lab: 0 of 3 steps passed"))
    #expect(again.stdout.contains("\n── Step 1 of 3: Look up S3 on V3 ──\n"))
    #expect(again.stdout.contains(ProbeLab.v3Prompt + "hostname\n"))
  }

  @Test func resetToAStepGoesBackToIt() throws {
    let course = try TempCourse("flow-reset-to")
    defer { course.remove() }
    try course.addProbe()
    let workspace = course.path("ws")
    #expect(try Self.start(course, workspace: workspace, input: ProbeLab.solution).status == 0)

    let reset = try course.labrun(["reset", "probe", "--to", "list-bucket", "--yes", "--workspace", workspace])
    #expect(reset.status == 0, "stderr: \(reset.stderr)")
    #expect(
      reset.stdout
        == "Reset probe: now at step 2 of 3 (List the bucket from V1). Resume with `labrun start probe --workspace \(workspace) --labs \(course.labs.path)`.\n"
    )
    let status = try Self.status(course, workspace: workspace)
    #expect(status.steps == Self.steps(true, false, false))
    #expect(status.points == 10)
    #expect(try GitCLI.history(workspace).last == "reset to step list-bucket|")

    // The learner is back where step 2 began: on V3, and the listing must be done again.
    let again = try Self.start(
      course, workspace: workspace, input: ["ssh V1", "aws s3 ls s3://jschoi.acl", "answer a"])
    #expect(again.status == 0)
    #expect(again.stdout.contains("\n" + ProbeLab.v3Prompt + "ssh V1\n"))
    #expect(again.stdout.contains("\n✓ Step 2 of 3 passed: List the bucket from V1 (+20 points)\n"))
    #expect(try Self.status(course, workspace: workspace).points == 35)
  }

  @Test func resetToAnUnknownStepIsAUsageError() throws {
    let course = try TempCourse("flow-reset-bad")
    defer { course.remove() }
    try course.addProbe()
    let workspace = course.path("ws")
    #expect(try Self.start(course, workspace: workspace, input: ["hostname"]).status == 0)
    let before = try GitCLI.history(workspace)
    let reset = try course.labrun(["reset", "probe", "--to", "nope", "--yes", "--workspace", workspace])
    #expect(reset.status == 64)
    #expect(
      reset.stderr
        == "labrun: error: lab 'probe' has no step 'nope'; give a step number from 1 to 3 or a step id: lookup-s3, list-bucket, which-way.\n"
    )
    #expect(try GitCLI.history(workspace) == before)
  }

  @Test func submitPushesAndACloneGradesTheSame() throws {
    let course = try TempCourse("flow-submit")
    defer { course.remove() }
    try course.addProbe()
    let workspace = course.path("ws")
    let remote = course.path("class.git")
    let clone = course.path("clone")
    #expect(
      try Self.start(course, workspace: workspace, input: ["hint"] + Array(ProbeLab.solution.prefix(3))).status == 0)
    try GitCLI.run(["init", "--quiet", "--bare", "--initial-branch=main", remote])

    let submit = try course.labrun(["submit", "probe", "--remote", remote, "--workspace", workspace])
    #expect(submit.status == 0, "stderr: \(submit.stderr)")
    let head = try GitCLI.run(["rev-parse", "HEAD"], in: workspace).trimmingCharacters(in: .whitespacesAndNewlines)
    do {  // Fixed; this once was a known issue.
      #expect(submit.stdout == "Pushed probe (commit \(head.prefix(12))) to \(remote).\n")
    }
    #expect(try GitCLI.run(["rev-parse", "main"], in: remote).trimmingCharacters(in: .whitespacesAndNewlines) == head)

    try GitCLI.run(["clone", "--quiet", remote, clone])
    let original = try Self.status(course, workspace: workspace)
    #expect(
      original
        == Status(
          lab: "probe", steps: Self.steps(true, true, false), points: 30, maxPoints: 35, hintsUsed: 1, commands: 4))
    #expect(try Self.status(course, workspace: clone) == original)

    // The remote is remembered: a second submit needs no --remote.
    #expect(try Self.start(course, workspace: workspace, input: ["answer a"]).status == 0)
    let again = try course.labrun(["submit", "probe", "--workspace", workspace])
    #expect(again.status == 0, "stderr: \(again.stderr)")
    try GitCLI.run(["pull", "--quiet", "--ff-only"], in: clone)
    #expect(try Self.status(course, workspace: clone).points == 35)
  }
}
