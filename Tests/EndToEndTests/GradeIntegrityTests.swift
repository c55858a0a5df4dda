import Foundation
import Labs
import Testing
import Transcript
import Workspace

/// Variants, attribution, versions and the LMS exports, through the built binary (issue 14).
@Suite(.serialized) struct GradeIntegrityTests {
  static let secret = "an-instructors-course-secret-2026"
  static let withSecret = ["LABRUN_COURSE_SECRET": secret]
  static let ada = "Ada Lovelace <ada@example.org>"
  static let bob = "Bob Ng <bob@example.org>"

  /// public-subnet's solution has no placeholders: it passes as typed in every variant.
  static func solution() throws -> [String] { try GradeSupport.solution("public-subnet") }

  static func seed(_ path: String) throws -> UInt64 { try Workspace.read(at: path).metadata.seed }

  static func grade(_ arguments: [String], environment: [String: String] = [:]) throws -> LabrunProcess.Result {
    try LabrunProcess.run(["grade"] + arguments + ["--labs", GradeSupport.labsFolder], environment: environment)
  }

  static func json(_ result: LabrunProcess.Result) throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    return object?["learners"] as? [[String: Any]] ?? []
  }

  @Test func eachLearnerStartsInTheirOwnVariantAndTheSolutionPassesInIt() throws {
    let folder = try LabrunProcess.temporaryFolder("variant-own")
    defer { try? FileManager.default.removeItem(at: folder) }
    for (who, email) in [(Self.ada, "ada@example.org"), (Self.bob, "bob@example.org")] {
      let path = folder.path + "/class/" + email
      try GradeSupport.start("public-subnet", at: path, learner: who, lines: try Self.solution(), ownVariant: true)
      #expect(try Self.seed(path) == VariantSeed.seed(labID: "public-subnet", email: email, secret: nil))
    }
    let withSecret = folder.path + "/secret/ada"
    try GradeSupport.start(
      "public-subnet", at: withSecret, learner: Self.ada, lines: try Self.solution(), ownVariant: true,
      environment: Self.withSecret)
    let secret = try CourseSecret(Self.secret)
    #expect(
      try Self.seed(withSecret) == VariantSeed.seed(labID: "public-subnet", email: "ada@example.org", secret: secret))
    #expect(try Self.seed(withSecret) != Self.seed(folder.path + "/class/ada@example.org"))

    let result = try Self.grade([folder.path + "/class", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let learners = try Self.json(result)
    #expect(learners.count == 2)
    #expect(learners.allSatisfy { $0["status"] as? String == "passed" })
    #expect(learners.allSatisfy { ($0["simulatedTimeSeconds"] as? Int ?? -1) >= 0 })
  }

  @Test func withTheSecretAClassmatesVariantIsNamedAndWithoutItBothAreFlagged() throws {
    let folder = try LabrunProcess.temporaryFolder("variant-copy")
    defer { try? FileManager.default.removeItem(at: folder) }
    let ada = folder.path + "/class/ada"
    try GradeSupport.start(
      "public-subnet", at: ada, learner: Self.ada, lines: try Self.solution(), ownVariant: true,
      environment: Self.withSecret)
    // Bob, without the secret on his machine, starts in Ada's variant and types her commands.
    try GradeSupport.start(
      "public-subnet", at: folder.path + "/class/bob", learner: Self.bob, lines: try Self.solution(),
      seed: try Self.seed(ada))

    let checked = try Self.grade([folder.path + "/class", "--format", "json"], environment: Self.withSecret)
    #expect(checked.status == 3, "\(checked.stderr)")
    let learners = try Self.json(checked)
    let bob = try #require(learners.first { ($0["path"] as? String)?.hasSuffix("/bob") == true })
    let adaGrade = try #require(learners.first { ($0["path"] as? String)?.hasSuffix("/ada") == true })
    #expect(GradeSupport.findingKinds(adaGrade) == [])
    #expect(GradeSupport.findingKinds(bob) == ["seed-of-another-learner"])
    let message = (bob["findings"] as? [[String: Any]])?.first?["message"] as? String ?? ""
    #expect(message.contains("Ada Lovelace <ada@example.org>") && message.contains(ada))

    let unchecked = try Self.grade([folder.path + "/class", "--format", "json"])
    #expect(unchecked.status == 3)
    #expect(try Self.json(unchecked).map(GradeSupport.findingKinds) == [["shared-seed"], ["shared-seed"]])
    // Ada's seed is not one labrun derives without a secret: the instructor is told to set it.
    #expect(unchecked.stderr.contains("LABRUN_COURSE_SECRET"), "\(unchecked.stderr)")
  }

  @Test func aWrongOrMalformedSecretIsRefusedAndNothingIsWritten() throws {
    let folder = try LabrunProcess.temporaryFolder("variant-secret")
    defer { try? FileManager.default.removeItem(at: folder) }
    let ada = folder.path + "/class/ada"
    try GradeSupport.start("public-subnet", at: ada, learner: Self.ada, lines: ["hostname"], ownVariant: true)
    let report = folder.path + "/report.json"

    let wrong = try Self.grade(
      [ada, "--format", "json", "--output", report],
      environment: ["LABRUN_COURSE_SECRET": "not-the-class-secret-at-all"])
    #expect(wrong.status == 65)
    #expect(wrong.stderr.contains("LABRUN_COURSE_SECRET does not fit this class"), "\(wrong.stderr)")
    #expect(wrong.stderr.contains("started without one"))
    #expect(!FileManager.default.fileExists(atPath: report))

    let short = try Self.grade([ada], environment: ["LABRUN_COURSE_SECRET": "short"])
    #expect(short.status == 64)
    #expect(short.stderr.contains("LABRUN_COURSE_SECRET has 5 bytes"), "\(short.stderr)")
    let empty = try LabrunProcess.run(
      [
        "start", "public-subnet", "--workspace", folder.path + "/new", "--learner", Self.ada, "--labs",
        GradeSupport.labsFolder,
      ], environment: ["LABRUN_COURSE_SECRET": ""], input: "hostname\n")
    #expect(empty.status == 64)
    #expect(empty.stderr.contains("set but empty"))
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/new"))

    let seeded = try LabrunProcess.run(
      [
        "start", "public-subnet", "--workspace", folder.path + "/new", "--learner", Self.ada, "--seed", "5", "--labs",
        GradeSupport.labsFolder,
      ], environment: Self.withSecret, input: "hostname\n")
    #expect(seeded.status == 64)
    #expect(seeded.stderr.contains("--seed cannot be used with LABRUN_COURSE_SECRET"))
  }

  @Test func aSessionRecordsItsVersionAndReplayUnderAnotherIsInformational() throws {
    let folder = try LabrunProcess.temporaryFolder("variant-version")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.path + "/ada"
    try GradeSupport.start("public-subnet", at: path, learner: Self.ada, lines: ["hostname"])
    try GradeSupport.start("public-subnet", at: path, learner: Self.ada, lines: ["hostname", "whoami"])
    let audit = try Workspace.audit(at: path)
    #expect(
      audit.commits.map { Release.version(inCommitMessage: $0.message) } == [
        nil, Release.version, Release.version, nil,
      ])
  }

  @Test func canvasAndMoodleExportTheRosteredLearnersAndNameTheRest() throws {
    let folder = try LabrunProcess.temporaryFolder("lms-export")
    defer { try? FileManager.default.removeItem(at: folder) }
    try GradeSupport.start(
      "public-subnet", at: folder.path + "/class/ada", learner: Self.ada, lines: try Self.solution())
    try GradeSupport.start("public-subnet", at: folder.path + "/class/bob", learner: Self.bob, lines: ["hostname"])
    let roster = folder.path + "/roster.csv"
    try Data(
      "\u{FEFF}Student,ID,SIS User ID,SIS Login ID,Section,Email\r\nAda Lovelace,4242,A1,ada,Tue,ada@example.org\r\n"
        .utf8
    )
    .write(to: URL(fileURLWithPath: roster))

    let canvas = try Self.grade([folder.path + "/class", "--format", "canvas", "--roster", roster])
    #expect(canvas.status == 2, "\(canvas.stderr)")
    let lab = try GradeSupport.lab("public-subnet")
    #expect(
      canvas.stdout
        == "Student,ID,SIS User ID,SIS Login ID,Section,\(lab.title)\r\nPoints Possible,,,,,\(lab.maxPoints)\r\nAda Lovelace,4242,A1,ada,Tue,\(lab.maxPoints)\r\n"
    )
    #expect(canvas.stderr.contains("1 graded attempt is by learners not in the roster \(roster) (not exported)"))
    #expect(canvas.stderr.contains("Bob Ng <bob@example.org>"))

    let moodle = try Self.grade([folder.path + "/class", "--format", "moodle"])
    #expect(moodle.stdout.hasPrefix("email,\(lab.title),\(lab.title) feedback\r\nada@example.org,\(lab.maxPoints),"))
    #expect(moodle.stdout.contains("\r\nbob@example.org,0,"))

    let gradescope = try Self.grade([folder.path + "/class/ada", "--format", "gradescope"])
    let results = try JSONSerialization.jsonObject(with: Data(gradescope.stdout.utf8)) as? [String: Any]
    #expect(results?["score"] as? Int == lab.maxPoints)
    #expect((results?["tests"] as? [Any])?.count == lab.steps.count)
    let broken = folder.path + "/class/broken"
    try FileManager.default.createDirectory(atPath: broken + "/.git", withIntermediateDirectories: true)
    let withBroken = try Self.grade([folder.path + "/class", "--format", "moodle"])
    #expect(withBroken.status == 1)
    #expect(withBroken.stderr.contains("1 attempt could not be graded and is not exported:\n  \(broken): "))
    try FileManager.default.removeItem(atPath: broken)

    let several = try Self.grade([folder.path + "/class", "--format", "gradescope"])
    #expect(several.status == 64)
    #expect(several.stderr.contains("results.json of one submission"))
  }

  @Test func aBadRosterIsRefusedNamingTheFileAndLine() throws {
    let folder = try LabrunProcess.temporaryFolder("lms-roster")
    defer { try? FileManager.default.removeItem(at: folder) }
    try GradeSupport.start("public-subnet", at: folder.path + "/ada", learner: Self.ada, lines: ["hostname"])
    let roster = folder.path + "/roster.csv"
    try Data("email,id\r\nada@example.org,1\r\nAda@Example.org,2\r\nbob@example.org\r\n".utf8)
      .write(to: URL(fileURLWithPath: roster))
    let output = folder.path + "/grades.csv"
    let bad = try Self.grade([folder.path + "/ada", "--format", "canvas", "--roster", roster, "--output", output])
    #expect(bad.status == 65)
    #expect(bad.stderr.contains("\(roster):3: the e-mail Ada@Example.org is already on line 2"), "\(bad.stderr)")
    #expect(bad.stderr.contains("\(roster):4: has 1 fields but the header has 2"))
    #expect(!FileManager.default.fileExists(atPath: output))

    let missing = try Self.grade([folder.path + "/ada", "--format", "moodle", "--roster", folder.path + "/none.csv"])
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("there is no such file"))
    let wrongFormat = try Self.grade([folder.path + "/ada", "--roster", roster])
    #expect(wrongFormat.status == 64)
    #expect(wrongFormat.stderr.contains("--roster is for --format canvas, moodle or gradescope"))
  }

  @Test func verifySolutionsSaysHowManyVariantsItProved() throws {
    let result = try LabrunProcess.run(["verify-solutions", "public-subnet", "--labs", GradeSupport.labsFolder])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("public-subnet: ok (solution passes"))
    #expect(result.stdout.contains("in the default world and 20 learner variants"))
  }
}
