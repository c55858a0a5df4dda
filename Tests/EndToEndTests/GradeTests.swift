import Foundation
import Testing

@Suite(.serialized) struct GradeTests {
  @Test func honestAttemptsAtEveryLabGradeAsTheirStepsSay() throws {
    let folder = try LabrunProcess.temporaryFolder("grade-honest")
    defer { try? FileManager.default.removeItem(at: folder) }
    let ids = GradeSupport.catalog.ids
    for (index, id) in ids.enumerated() {
      try GradeSupport.start(
        id, at: folder.path + "/class/\(id)", learner: "Learner \(index) <l\(index)@example.org>",
        lines: try GradeSupport.solution(id))
    }
    let partial = Array(try GradeSupport.solution("public-subnet").prefix(1)) + ["hint", "aws s3 ls"]
    try GradeSupport.start(
      "public-subnet", at: folder.path + "/late/pat", learner: "Pat <pat@example.org>", lines: partial)

    let (status, report) = try GradeSupport.gradeJSON([folder.path + "/class"])
    #expect(status == 0)
    let learners = GradeSupport.learners(report)
    // The report goes by path (class/<id>), so by id; the catalog's ids are in course order.
    #expect(learners.map { $0["lab"] as? String } == ids.sorted())
    for learner in learners {
      let lab = try GradeSupport.lab(learner["lab"] as! String)
      #expect(learner["status"] as? String == "passed")
      #expect(learner["stepsPassed"] as? Int == lab.steps.count)
      #expect(learner["points"] as? Int == lab.maxPoints)
      #expect(GradeSupport.findingKinds(learner) == [], "\(learner["findings"] ?? "")")
    }

    let (all, whole) = try GradeSupport.gradeJSON([folder.path])
    #expect(all == 2)
    let pat = try #require(
      GradeSupport.learners(whole).first { ($0["path"] as? String)?.hasSuffix("/late/pat") == true })
    #expect(pat["stepsPassed"] as? Int == 1)
    #expect(pat["stoppedAt"] as? String == (try GradeSupport.lab("public-subnet")).steps[1].id)
    #expect(pat["commandsWhereStopped"] as? [String] == ["hint", "aws s3 ls"])
    #expect(pat["hintsUsed"] as? Int == 1)
    #expect(GradeSupport.findingKinds(pat) == [])
  }

  @Test func aSubmittedBareRepositoryGradesLikeTheWorkspace() throws {
    let folder = try LabrunProcess.temporaryFolder("grade-bare")
    defer { try? FileManager.default.removeItem(at: folder) }
    let workspace = folder.path + "/ws"
    try GradeSupport.start(
      "public-subnet", at: workspace, learner: "Ada <ada@example.org>",
      lines: try GradeSupport.solution("public-subnet"))
    try GradeSupport.git(["init", "-q", "--bare", folder.path + "/submitted/ada.git"], in: folder.path)
    let submit = try LabrunProcess.run([
      "submit", "public-subnet", "--workspace", workspace, "--remote", folder.path + "/submitted/ada.git",
      "--labs", GradeSupport.labsFolder,
    ])
    #expect(submit.status == 0, "\(submit.stderr)")
    let (status, report) = try GradeSupport.gradeJSON([folder.path + "/submitted"])
    #expect(status == 0)
    let learners = GradeSupport.learners(report)
    #expect(learners.count == 1)
    #expect(learners.first?["status"] as? String == "passed")
    #expect(learners.first.map(GradeSupport.findingKinds) == [])
  }

  @Test func badInputIsReportedWithItsReasonAndTheRestIsGraded() throws {
    let folder = try LabrunProcess.temporaryFolder("grade-bad")
    defer { try? FileManager.default.removeItem(at: folder) }
    let root = folder.path
    let solution = try GradeSupport.solution("public-subnet")
    try GradeSupport.start("public-subnet", at: root + "/class/good", learner: "Ada <ada@example.org>", lines: solution)
    // Two attempts by one learner at one lab.
    try GradeSupport.start(
      "public-subnet", at: root + "/class/good-again", learner: "Ada <ada@example.org>", lines: solution)
    // A git repository that is not a workspace.
    try FileManager.default.createDirectory(atPath: root + "/class/plain", withIntermediateDirectories: true)
    try GradeSupport.git(["init", "-q"], in: root + "/class/plain")
    // A corrupt repository: the commit objects are gone.
    try GradeSupport.start(
      "public-subnet", at: root + "/class/corrupt", learner: "Cy <cy@example.org>", lines: ["hint"])
    try FileManager.default.removeItem(atPath: root + "/class/corrupt/.git/objects")
    try FileManager.default.createDirectory(
      atPath: root + "/class/corrupt/.git/objects", withIntermediateDirectories: true)
    // Garbage lines committed into the transcript.
    try GradeSupport.start(
      "public-subnet", at: root + "/class/garbage", learner: "Gil <gil@example.org>", lines: ["hint"])
    let handle = try #require(FileHandle(forWritingAtPath: root + "/class/garbage/transcript-000000.jsonl"))
    handle.seekToEndOfFile()
    handle.write(Data("this is not json\n".utf8))
    handle.closeFile()
    try GradeSupport.git(["commit", "-q", "-am", "notes"], in: root + "/class/garbage")
    // An attempt at a lab that does not exist.
    try GradeSupport.start(
      "public-subnet", at: root + "/class/ghost", learner: "Gus <gus@example.org>", lines: ["hint"])
    let metadata = root + "/class/ghost/labrun.json"
    let text = try String(contentsOfFile: metadata, encoding: .utf8)
    try text.replacingOccurrences(of: "\"public-subnet\"", with: "\"no-such-lab\"").write(
      toFile: metadata, atomically: true, encoding: .utf8)
    try GradeSupport.git(["commit", "-q", "-am", "other lab"], in: root + "/class/ghost")
    try "not a repository".write(toFile: root + "/notes.txt", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: root + "/empty", withIntermediateDirectories: true)

    let (status, report) = try GradeSupport.gradeJSON([
      root + "/class", root + "/missing", root + "/notes.txt", root + "/empty",
    ])
    #expect(status == 1)
    let reasons = Dictionary(
      uniqueKeysWithValues: GradeSupport.ungraded(report).map {
        (($0["path"] as! String).replacingOccurrences(of: root, with: ""), $0["reason"] as! String)
      })
    #expect(
      Set(reasons.keys) == [
        "/class/plain", "/class/corrupt", "/class/garbage", "/class/ghost", "/missing", "/notes.txt", "/empty",
      ])
    #expect(reasons["/class/plain"]?.contains("not a labrun workspace") == true)
    #expect(reasons["/class/corrupt"]?.contains("damaged") == true)
    #expect(reasons["/class/garbage"]?.contains("transcript-000000.jsonl:2") == true)
    #expect(reasons["/class/ghost"]?.contains("lab 'no-such-lab', which does not exist") == true)
    #expect(reasons["/missing"]?.contains("no such file or folder") == true)
    #expect(reasons["/notes.txt"]?.contains("it is a file") == true)
    #expect(reasons["/empty"]?.contains("no workspace or bare repository was found") == true)
    let learners = GradeSupport.learners(report)
    #expect(
      learners.map { ($0["path"] as! String).replacingOccurrences(of: root, with: "") } == [
        "/class/good", "/class/good-again",
      ])
    #expect(
      learners.map { $0["otherAttempts"] as? [String] ?? [] } == [[root + "/class/good-again"], [root + "/class/good"]])
  }

  @Test func everyFormatIsWrittenToTheOutputFile() throws {
    let folder = try LabrunProcess.temporaryFolder("grade-formats")
    defer { try? FileManager.default.removeItem(at: folder) }
    try GradeSupport.start(
      "public-subnet", at: folder.path + "/class/ada", learner: "Ada Lovelace <ada@example.org>",
      lines: try GradeSupport.solution("public-subnet"))
    try GradeSupport.start(
      "private-subnet", at: folder.path + "/class/bob", learner: "Bob Byte <bob@example.org>", lines: ["hint"])
    for format in ["table", "csv", "json", "junit", "html"] {
      let file = folder.path + "/report.\(format)"
      let result = try LabrunProcess.run([
        "grade", folder.path + "/class", "--labs", GradeSupport.labsFolder, "--format", format, "--output", file,
      ])
      #expect(result.status == 2, "\(format): \(result.stderr)")
      #expect(result.stdout == "")
      #expect(result.stderr.contains("Wrote \(file): 2 graded, 1 passed every step"))
      let text = try String(contentsOfFile: file, encoding: .utf8)
      #expect(text.contains("Ada Lovelace") && text.contains("Bob Byte"), "\(format)")
    }
    let table = try LabrunProcess.run(["grade", folder.path + "/class/ada", "--labs", GradeSupport.labsFolder])
    #expect(table.status == 0)
    #expect(
      table.stdout.contains("1 graded, 1 passed every step, 0 did not, 0 could not be graded, 0 integrity findings."))
  }

  /// `--output` writes the report that standard output would show, through a temporary file
  /// renamed into place; a path that cannot be written is named with the reason, exit 1, and
  /// leaves nothing behind.
  @Test func theOutputFileIsTheReportAndABadPathLeavesNothing() throws {
    let folder = try LabrunProcess.temporaryFolder("grade-output")
    defer { try? FileManager.default.removeItem(at: folder) }
    try GradeSupport.start(
      "public-subnet", at: folder.path + "/class/ada", learner: "Ada Lovelace <ada@example.org>",
      lines: try GradeSupport.solution("public-subnet"))
    let arguments = ["grade", folder.path + "/class", "--labs", GradeSupport.labsFolder, "--format", "json"]
    let shown = try LabrunProcess.run(arguments)
    let file = folder.path + "/report.json"
    try Data("an older report\n".utf8).write(to: URL(fileURLWithPath: file))
    let written = try LabrunProcess.run(arguments + ["--output", file])
    #expect(written.status == 0 && shown.status == 0, "\(written.stderr)")
    #expect(try String(contentsOfFile: file, encoding: .utf8) == shown.stdout)

    let missing = folder.path + "/no-such-folder/report.json"
    let refused = try LabrunProcess.run(arguments + ["--output", missing])
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains(
        "cannot write the report to \(missing): No such file or directory. Choose a writable path."),
      "\(refused.stderr)")
    let intoFolder = try LabrunProcess.run(arguments + ["--output", folder.path + "/class"])
    #expect(intoFolder.status == 1)
    #expect(intoFolder.stderr.contains("/class: Is a directory. Choose a writable path."), "\(intoFolder.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder.path + "/class/ada/.git"))
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(left == ["class", "report.json"], "\(left)")
  }
}
