import Foundation
import Testing

/// Wrong workspaces, a busy workspace, broken labs and bad options: each refused with its exit code
/// and a message that names the thing at fault, changing nothing.
@Suite struct LabBadInputTests {
  static func start(
    _ course: TempCourse, _ lab: String = "probe", workspace: String, learner: String = ProbeLab.learner,
    input: String = ""
  )
    throws -> LabrunProcess.Result
  {
    try course.labrun(["start", lab, "--workspace", workspace, "--learner", learner], input: input)
  }

  @Test func aFolderThatIsNotAWorkspaceIsRefusedAndLeftAlone() throws {
    let course = try TempCourse("bad-not-workspace")
    defer { course.remove() }
    try course.addProbe()
    let folder = course.path("homework")
    try course.write("my notes\n", to: "homework/notes.txt")
    let before = folderSnapshot(of: folder)

    let result = try Self.start(course, workspace: folder, input: "hostname\n")
    #expect(result.status == 65)
    #expect(result.stderr.hasPrefix("labrun: error: \(folder)"), "stderr: \(result.stderr)")
    #expect(result.stdout == "")
    #expect(folderSnapshot(of: folder) == before)
  }

  @Test func aGitRepositoryThatIsNotAWorkspaceIsRefusedAndLeftAlone() throws {
    let course = try TempCourse("bad-plain-git")
    defer { course.remove() }
    try course.addProbe()
    let folder = course.path("repo")
    try course.write("hello\n", to: "repo/README.md")
    try GitCLI.run(["init", "--quiet", folder])
    let before = folderSnapshot(of: folder)

    let result = try Self.start(course, workspace: folder, input: "hostname\n")
    #expect(result.status == 65)
    #expect(result.stderr.contains(folder), "stderr: \(result.stderr)")
    #expect(result.stderr.contains("is not a labrun workspace"), "stderr: \(result.stderr)")
    #expect(folderSnapshot(of: folder) == before)
  }

  @Test func aWorkspaceOfAnotherLabIsRefused() throws {
    let course = try TempCourse("bad-other-lab")
    defer { course.remove() }
    try course.addProbe()
    try course.addProbe(id: "other")
    let workspace = course.path("ws")
    #expect(try Self.start(course, workspace: workspace, input: "hostname\n").status == 0)
    let before = try GitCLI.history(workspace)

    let result = try Self.start(course, "other", workspace: workspace, input: "hostname\n")
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "labrun: error: \(workspace) is a workspace of lab \"probe\", not \"other\". Use another --workspace for \"other\".\n"
    )
    #expect(try GitCLI.history(workspace) == before)

    let status = try course.labrun(["status", "other", "--workspace", workspace])
    #expect(status.status == 65)
    #expect(status.stderr.contains("\(workspace) holds lab 'probe', not 'other'"), "stderr: \(status.stderr)")
  }

  /// Two sessions on one workspace would interleave commits: the second is refused, naming the first.
  @Test func aSecondConcurrentStartIsRefusedNamingTheHolder() throws {
    let course = try TempCourse("bad-locked")
    defer { course.remove() }
    try course.addProbe()
    let workspace = course.path("ws")
    let first = try RunningLabrun([
      "start", "probe", "--workspace", workspace, "--learner", ProbeLab.learner, "--labs", course.labs.path,
    ])
    // The introduction is printed once the workspace exists and is locked; the process then waits on stdin.
    #expect(first.waitForOutput(containing: "── Step 1 of 3"))

    let second = try Self.start(course, workspace: workspace, input: "hostname\n")
    #expect(second.status == 1)
    #expect(
      second.stderr.contains("\(workspace) is in use by process \(first.process.processIdentifier) on "),
      "stderr: \(second.stderr)")

    let finished = try first.finish(input: "nslookup s3.ap-northeast-2.amazonaws.com\n")
    #expect(finished.status == 0, "stderr: \(finished.stderr)")
    // Only the first session's command was recorded.
    #expect(
      try GitCLI.history(workspace) == [
        "start probe (seed \(ProbeLab.variantSeed))|",
        "V3 $ nslookup s3.ap-northeast-2.amazonaws.com  → 0|lookup-s3 passed",
      ])
  }

  static let brokenYAML = """
    id: broken
    title: Broken lab
    start: V3
    world:
      base: course
    steps:
      - id: look
        title: Look up S3
        file: 01.md
        checks:
          - lookup: {host: V9, answer: privat}
        hints: [Only one.]
        points: 10

    """

  static func brokenDiagnostics(_ course: TempCourse) -> [String] {
    let file = course.labs.path + "/broken/lab.yaml"
    return [
      "\(file):11:36: error: 'privat' is not a valid lookup.answer; use one of: none, nxdomain, private, public",
      "\(file):11:24: error: unknown host 'V9'; the world has V1, V2, V3, idc, cloudshell",
      "\(file):12:12: error: steps[0] ('look') needs at least two hints",
    ]
  }

  static func addBroken(_ course: TempCourse) throws {
    try course.write(brokenYAML, to: "labs/broken/lab.yaml")
    try course.write("Look.\n", to: "labs/broken/01.md")
  }

  @Test func validateReportsABrokenLabAsFileLineColumn() throws {
    let course = try TempCourse("bad-validate")
    defer { course.remove() }
    try course.addProbe()
    try Self.addBroken(course)

    let all = try course.labrun(["validate"])
    #expect(all.status == 65)
    #expect(all.stdout == "probe: ok (3 steps, 35 points)\n")
    #expect(
      all.stderr == (Self.brokenDiagnostics(course) + ["labrun: error: 1 of 2 labs have mistakes."]).joined(
        separator: "\n") + "\n")

    let one = try LabrunProcess.run(["validate", course.labs.path + "/broken"])
    #expect(one.status == 65)
    #expect(
      one.stderr == (Self.brokenDiagnostics(course) + ["labrun: error: 1 of 1 lab have mistakes."]).joined(
        separator: "\n") + "\n")

    let good = try LabrunProcess.run(["validate", course.labs.path + "/probe"])
    #expect(good.status == 0, "stderr: \(good.stderr)")
    #expect(good.stdout == "probe: ok (3 steps, 35 points)\n")
  }

  /// An object of the course world larger than the simulation makes content for: every lab on that
  /// world is refused with the object's place and the limit (exit 65), and nothing is allocated
  /// for it (it used to abort on the allocation).
  @Test func anObjectTooLargeForTheSimulationIsAMistakeNotACrash() throws {
    let course = try TempCourse("bad-object-size")
    defer { course.remove() }
    try course.addProbe()
    let world = course.root.appendingPathComponent("labs/course.world.yaml")
    let text = try String(contentsOf: world, encoding: .utf8)
    let huge = text.replacingOccurrences(
      of: "private1/members.csv, size: 1843,", with: "private1/members.csv, size: 9223372036854775807,")
    #expect(huge != text)
    try huge.write(to: world, atomically: true, encoding: .utf8)
    let result = try course.labrun(["validate"])
    #expect(result.status == 65)
    #expect(result.stderr.contains("buckets[0].objects[2].size"), "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "9223372036854775807 bytes is not a size the simulation holds: give 0 to 16777216 (16 MiB)"),
      "\(result.stderr)")
  }

  @Test func startRefusesAnInvalidLabWithTheSameDiagnostics() throws {
    let course = try TempCourse("bad-start-invalid")
    defer { course.remove() }
    try Self.addBroken(course)
    let workspace = course.path("ws")

    let result = try Self.start(course, "broken", workspace: workspace, input: "hostname\n")
    #expect(result.status == 65)
    #expect(
      result.stderr == "labrun: error: lab 'broken' is not valid:\n"
        + Self.brokenDiagnostics(course).joined(separator: "\n") + "\n")
    #expect(!FileManager.default.fileExists(atPath: workspace))
  }

  /// A lab whose YAML the catalog cannot even summarise is still refused with diagnostics, not "no such lab".
  @Test func startRefusesALabWithInvalidYAML() throws {
    let course = try TempCourse("bad-start-yaml")
    defer { course.remove() }
    try course.write("id: broken\ntitle: [unclosed\n", to: "labs/broken/lab.yaml")
    let result = try Self.start(course, "broken", workspace: course.path("ws"))
    #expect(result.status == 65)
    #expect(
      result.stderr.hasPrefix("labrun: error: lab 'broken' is not valid:\n\(course.labs.path)/broken/lab.yaml:"),
      "stderr: \(result.stderr)")
    #expect(result.stderr.contains(": error: invalid YAML: "))
  }

  @Test func verifySolutionsPassesAGoodLab() throws {
    let course = try TempCourse("bad-verify-good")
    defer { course.remove() }
    try course.addProbe()
    let result = try course.labrun(["verify-solutions"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(
      result.stdout
        == "probe: ok (solution passes 3 steps in the default world and 20 learner variants; empty attempt passes none; 3 wrong attempts caught)\n"
    )
  }

  @Test func verifySolutionsNamesTheLabAndStepOfAWrongSolution() throws {
    let course = try TempCourse("bad-verify")
    defer { course.remove() }
    try course.addProbe(solution: ["nslookup s3.ap-northeast-2.amazonaws.com", "aws s3 ls s3://jschoi.acl", "answer a"])
    let result = try course.labrun(["verify-solutions", "probe"])
    #expect(result.status == 65)
    #expect(result.stdout == "")
    #expect(
      result.stderr == """
        labrun: error: probe: the solution does not pass step 'list-bucket' (1 of 3 passed); still missing: a ListObjectsV2 call on jschoi.acl from V1 with the outcome the step is about
        labrun: error: 1 of 1 lab failed verification.

        """)
  }

  @Test func aLearnerWithoutAnEmailIsAUsageError() throws {
    let course = try TempCourse("bad-learner")
    defer { course.remove() }
    try course.addProbe()
    let workspace = course.path("ws")
    let result = try Self.start(course, workspace: workspace, learner: "no email", input: "hostname\n")
    #expect(result.status == 64)
    #expect(result.stderr == "labrun: error: --learner 'no email' is not of the form \"Name <email@example.com>\".\n")
    #expect(!FileManager.default.fileExists(atPath: workspace))
  }
}

/// THE REAL COURSE in labs/ and solutions/ (no --labs): every lab validates and its solutions verify.
/// This depends on the course as it is being written; a failure here names the lab and step at fault.
@Suite struct RealCourseTests {
  @Test func theCourseValidatesAndItsSolutionsVerify() throws {
    let validate = try LabrunProcess.run(["validate"])
    #expect(validate.status == 0, "labrun validate:\n\(validate.stdout)\(validate.stderr)")
    #expect(!validate.stdout.isEmpty)
    let verify = try LabrunProcess.run(["verify-solutions"])
    #expect(verify.status == 0, "labrun verify-solutions:\n\(verify.stdout)\(verify.stderr)")
    #expect(!verify.stdout.isEmpty)
  }
}
