import Foundation
import Labs
import Testing
import Transcript

/// Each kind of tampering, committed to a real workspace, is caught by `labrun grade`.
@Suite(.serialized) struct GradeTamperingTests {
  /// A fresh honest attempt at public-subnet that stops after its first step, in its own folder.
  private func workspace(_ name: String, lines: Int = 2) throws -> (folder: URL, path: String) {
    let folder = try LabrunProcess.temporaryFolder("tamper-\(name)")
    let path = folder.path + "/ws"
    let solution = try GradeSupport.solution("public-subnet")
    try GradeSupport.start(
      "public-subnet", at: path, learner: "Tam Per <tam@example.org>", lines: Array(solution.prefix(lines)))
    return (folder, path)
  }

  private func grade(_ path: String) throws -> (
    status: Int32, kinds: [String], messages: [String], learner: [String: Any]
  ) {
    let (status, report) = try GradeSupport.gradeJSON([path])
    let learner = try #require(GradeSupport.learners(report).first)
    let findings = learner["findings"] as? [[String: Any]] ?? []
    return (
      status, findings.compactMap { $0["kind"] as? String }, findings.compactMap { $0["message"] as? String }, learner
    )
  }

  @Test func anUntouchedWorkspaceHasNoFindings() throws {
    let (folder, path) = try workspace("untouched")
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try grade(path).kinds == [])
  }

  @Test func anEarlierLineChangedInALaterCommit() throws {
    let (folder, path) = try workspace("edited")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = path + "/transcript-000000.jsonl"
    let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
    try (lines.dropFirst().joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
    try GradeSupport.git(["commit", "-q", "-am", "drop a line"], in: path)
    let result = try grade(path)
    #expect(result.kinds.contains("transcript-edited"))
    // Issue 18: an attempt with findings reads "flagged" and exits 3, whatever replay passes.
    #expect(result.learner["status"] as? String == "flagged")
    #expect(result.status == 3)
  }

  @Test func aCommitThatAddsNoLineOrTwo() throws {
    let (folder, path) = try workspace("not-one-line")
    defer { try? FileManager.default.removeItem(at: folder) }
    try "\n".append(to: path + "/README.md")
    try GradeSupport.git(["commit", "-q", "-am", "readme only"], in: path)
    let file = path + "/transcript-000000.jsonl"
    let last = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").last!
    try (last + "\n" + last + "\n").append(to: file)
    try GradeSupport.git(["commit", "-q", "-am", "two at once"], in: path)
    let result = try grade(path)
    #expect(result.kinds.filter { $0 == "commit-not-one-line" }.count == 2)
    #expect(result.messages.contains { $0.contains("adds no transcript line") })
    #expect(result.messages.contains { $0.contains("adds 2 transcript lines at once") })
  }

  @Test func aRecordedOutputReplayDoesNotReproduce() throws {
    let (folder, path) = try workspace("output")
    defer { try? FileManager.default.removeItem(at: folder) }
    try GradeSupport.appendLive(
      path, line: "aws s3 ls s3://jschoi.acl", editOutput: { $0 + "2024-01-01 00:00:00   1 answers.txt\n" })
    let result = try grade(path)
    #expect(result.kinds == ["output-not-reproduced"])
    #expect(result.messages.first?.contains("line 3 (`aws s3 ls s3://jschoi.acl`)") == true)
  }

  @Test func progressClaimedInATrailerOrOnTheProgressPageButNotEarned() throws {
    let (folder, path) = try workspace("claims", lines: 1)
    defer { try? FileManager.default.removeItem(at: folder) }
    let lab = try GradeSupport.lab("public-subnet")
    try GradeSupport.appendLive(path, line: "hostname", passedSteps: [lab.steps.last!.id])
    let solution = try GradeSupport.solution("public-subnet")
    let finished = try Attempt.replay(
      lab: lab, seed: lab.defaultSeed,
      entries: solution.map {
        .command(CommandRecord(host: "", input: $0, simulatedTime: 0, exitStatus: 0, output: ""))
      }
    ).0
    try GradeSupport.appendLive(
      path, line: "hostname", progressPage: ProgressPage.render(finished, learner: "Tam Per <tam@example.org>"))
    let result = try grade(path)
    #expect(result.kinds == ["progress-not-earned", "progress-not-earned"])
    #expect(result.messages[0].contains("says step \(lab.steps.last!.id) passed"))
    #expect(result.messages[1].contains("README.md"))
    #expect(result.learner["stepsPassed"] as? Int == 1)
  }

  @Test func timesGoingBackwards() throws {
    let (folder, path) = try workspace("backwards")
    defer { try? FileManager.default.removeItem(at: folder) }
    try GradeSupport.appendLive(path, line: "hostname", time: Date(timeIntervalSinceNow: -86_400))
    let result = try grade(path)
    #expect(result.kinds == ["history-rewritten"])
    #expect(result.messages.first?.contains("before its parent") == true)
  }

  @Test func parentsMissing() throws {
    let (folder, path) = try workspace("missing-parent")
    defer { try? FileManager.default.removeItem(at: folder) }
    let root = try GradeSupport.git(["rev-list", "--max-parents=0", "HEAD"], in: path).trimmingCharacters(
      in: .whitespacesAndNewlines)
    try FileManager.default.removeItem(atPath: path + "/.git/objects/" + root.prefix(2) + "/" + root.dropFirst(2))
    let result = try grade(path)
    #expect(result.kinds.contains("history-rewritten"))
    #expect(result.messages.contains { $0.contains("not in the repository") })
  }

  @Test func historyRebuiltFromAnotherRoot() throws {
    let (folder, path) = try workspace("squashed")
    defer { try? FileManager.default.removeItem(at: folder) }
    // Squash everything into one new root commit, as `git checkout --orphan` + commit would.
    try GradeSupport.git(["checkout", "-q", "--orphan", "fresh"], in: path)
    try GradeSupport.git(["commit", "-q", "-m", "clean start"], in: path)
    try GradeSupport.git(["branch", "-q", "-M", "fresh", "main"], in: path)
    let result = try grade(path)
    #expect(result.kinds.contains("history-rewritten"))
  }

  @Test func metadataChangedAcrossCommits() throws {
    let (folder, path) = try workspace("metadata")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = path + "/labrun.json"
    var object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as! [String: Any]
    let seed = object["seed"] as! Int
    object["seed"] = seed + 1
    object["labDigest"] = "sha256:forged"
    try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted]).write(
      to: URL(fileURLWithPath: file))
    try GradeSupport.git(["commit", "-q", "-am", "new seed"], in: path)
    let result = try grade(path)
    #expect(result.kinds.contains("metadata-changed"))
    #expect(result.messages.contains { $0.contains("seed \(seed) → \(seed + 1)") && $0.contains("lab digest") })
    // Graded with the seed the attempt began with.
    #expect(result.learner["seed"] as? String == String(seed))
    // The two lines pass the first two steps when replayed with that seed.
    #expect(result.learner["stepsPassed"] as? Int == 2)
    #expect(result.kinds.filter { $0 == "output-not-reproduced" } == [])
  }

  /// Issue 18: a commit dated 2001 is before this labrun existed; the time spent stays 0, not negative.
  @Test func aCommitDatedBeforeThisReleaseIsImplausible() throws {
    let (folder, path) = try workspace("dated-2001")
    defer { try? FileManager.default.removeItem(at: folder) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = [
      "-c", "user.name=Tamperer", "-c", "user.email=t@example.com", "-C", path, "commit", "-q", "--amend", "--no-edit",
      "--date", "2001-09-09T01:46:40Z",
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_COMMITTER_DATE"] = "2001-09-09T01:46:40Z"
    process.environment = environment
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let result = try grade(path)
    #expect(result.kinds.contains("implausible-time"))
    #expect(
      result.messages.contains {
        $0.hasPrefix("commit dated 2001-09-09, before this labrun release (2026-11-29)")
      })
    #expect(result.learner["timeSpentSeconds"] as? Int == 0)
    #expect(result.learner["status"] as? String == "flagged")
    #expect(result.status == 3)
  }

  @Test func anAttemptMadeOnAnotherVersionOfTheLab() throws {
    let folder = try LabrunProcess.temporaryFolder("tamper-lab-version")
    defer { try? FileManager.default.removeItem(at: folder) }
    // A copy of the labs where public-subnet's first step is worded differently: a new lab version.
    let labs = folder.path + "/labs"
    try FileManager.default.copyItem(atPath: GradeSupport.labsFolder, toPath: labs)
    let path = folder.path + "/ws"
    let solution = try GradeSupport.solution("public-subnet")
    let started = try LabrunProcess.run(
      ["start", "public-subnet", "--workspace", path, "--learner", "Old <old@example.org>", "--labs", labs],
      input: solution.joined(separator: "\n") + "\n")
    #expect(started.status == 0)
    let yaml = labs + "/public-subnet/lab.yaml"
    try (try String(contentsOfFile: yaml, encoding: .utf8) + "\n# revised\n").write(
      toFile: yaml, atomically: true, encoding: .utf8)
    let result = try LabrunProcess.run(["grade", path, "--labs", labs, "--format", "json"])
    let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    let learner = try #require(GradeSupport.learners(report).first)
    #expect(GradeSupport.findingKinds(learner) == ["lab-changed"])
    // Every step still passes on the new version, but a finding flags the attempt for a look.
    #expect(learner["stepsPassed"] as? Int == learner["stepsTotal"] as? Int)
    #expect(learner["status"] as? String == "flagged")
    #expect(result.status == 3)
  }
}

extension String {
  /// Appends the text, as is, to the end of a file.
  func append(to path: String) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(utf8))
  }
}
