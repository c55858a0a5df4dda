import Testing

@testable import Labs

@Suite struct GradingTests {
  @Test(arguments: GradingFixture.labIDs)
  func anHonestSolutionPassesEveryStepWithNoFindings(labID: String) throws {
    let lab = try GradingFixture.lab(labID)
    let script = GradingFixture.solution(labID)
    let grade = try GradingFixture.grade(try GradingFixture.record(lab, script: script), lab)
    #expect(grade.findings == [])
    #expect(grade.passedAll)
    #expect(grade.points == lab.maxPoints)
    #expect(grade.commandsTyped == script.count)
    #expect(grade.stoppedAt == nil)
    #expect(grade.steps.map(\.id) == lab.steps.map(\.id))
    #expect(grade.steps.allSatisfy { $0.commands != nil && $0.seconds != nil })
    #expect(grade.timeSpent == Int64(script.count) * 10)
  }

  @Test(arguments: GradingFixture.labIDs)
  func anEmptyAttemptPassesNothingAndStopsAtTheFirstStep(labID: String) throws {
    let lab = try GradingFixture.lab(labID)
    let grade = try GradingFixture.grade(try GradingFixture.record(lab, script: []), lab)
    #expect(grade.stepsPassed == 0)
    #expect(grade.points == 0)
    #expect(grade.stoppedAt == lab.steps.first?.id)
    #expect(grade.findings == [])
  }

  @Test func aPartialAttemptStopsWhereItEndsAndKeepsWhatWasTypedThere() throws {
    let lab = try GradingFixture.lab("public-subnet")
    let script = ["nslookup s3.ap-northeast-2.amazonaws.com", "hint", "aws s3 ls", "aws s3 ls"]
    let grade = try GradingFixture.grade(try GradingFixture.record(lab, script: script), lab)
    #expect(grade.steps[0].passed)
    #expect(grade.steps[0].commands == 1)
    #expect(grade.steps[0].seconds == 10)
    #expect(grade.stoppedAt == lab.steps[1].id)
    #expect(grade.commandsWhereStopped == ["hint", "aws s3 ls", "aws s3 ls"])
    #expect(grade.hintsUsed == 1)
    #expect(!grade.passedAll)
  }

  @Test func aResetIsReplayedAsTheSessionsRanIt() throws {
    let lab = try GradingFixture.lab("public-subnet")
    let script = GradingFixture.solution("public-subnet")
    let record = try GradingFixture.record(lab, script: script, resetAfter: 2)
    let grade = try GradingFixture.grade(record, lab)
    #expect(grade.findings == [])
    // The two lines before the full reset no longer count towards progress, but were typed.
    #expect(grade.commandsTyped == script.count)
    #expect(grade.stepsPassed < lab.steps.count)
  }

  // MARK: - Findings

  private func honest() throws -> (Lab, AttemptRecord) {
    let lab = try GradingFixture.lab("public-subnet")
    return (lab, try GradingFixture.record(lab, script: GradingFixture.solution("public-subnet")))
  }

  private func kinds(_ record: AttemptRecord, _ lab: Lab) throws -> [IntegrityFinding.Kind] {
    try GradingFixture.grade(record, lab).findings.map(\.kind)
  }

  @Test func aRecordedOutputReplayDoesNotReproduceIsFound() throws {
    var (lab, record) = try honest()
    guard case .command(var command) = record.lines[1] else {
      Issue.record("expected a command")
      return
    }
    command.output = command.output.replacingOccurrences("jschoi.acl_test.csv", "answers.txt")
    command.exitStatus = 7
    record.lines[1] = .command(command)
    let findings = try GradingFixture.grade(record, lab).findings
    #expect(findings.map(\.kind) == [.outputNotReproduced])
    #expect(findings.first?.line == 2)
    #expect(findings.first?.message.contains("exit status 7 is recorded") == true)
  }

  @Test func aTrailerClaimingAStepReplayDidNotPassIsFound() throws {
    var (lab, record) = try honest()
    record.history[1].claimedSteps = [lab.steps[3].id]
    let findings = try GradingFixture.grade(record, lab).findings
    #expect(findings.map(\.kind) == [.progressNotEarned])
    #expect(findings.first?.commit == record.history[1].id)
  }

  @Test func aProgressPageClaimingMoreThanReplayGaveIsFound() throws {
    var (lab, record) = try honest()
    var early = try Attempt(lab: lab)
    _ = early.run("nslookup s3.ap-northeast-2.amazonaws.com")
    let full = try Attempt.replay(
      lab: lab, seed: lab.defaultSeed,
      entries: record.lines
    ).0
    // The second commit's page shows the finished lab although only one line had run.
    record.history[1].progressPage = ProgressPage.render(full, learner: "Ada Lovelace <ada@example.org>")
    let findings = try GradingFixture.grade(record, lab).findings
    #expect(findings.map(\.kind) == [.progressNotEarned])
    #expect(findings.first?.message.contains("README.md") == true)
    // A page that says less than was earned is only out of date.
    record.history[1].progressPage = ProgressPage.render(try Attempt(lab: lab), learner: "x <x@y>")
    #expect(try kinds(record, lab) == [])
  }

  @Test func commitsThatAddOtherThanOneLineAreFound() throws {
    var (lab, record) = try honest()
    record.history[2].change = .appended(count: 2, unreadable: 0)
    record.history[3].change = .appended(count: 0, unreadable: 0)
    #expect(try kinds(record, lab) == [.commitNotOneLine, .commitNotOneLine])
  }

  @Test func anEarlierLineChangedLaterIsFound() throws {
    var (lab, record) = try honest()
    let n = record.history.count
    record.history[n - 1].change = .rewritten(firstChangedLine: 2, linesBefore: n - 2, linesAfter: n - 1)
    let findings = try GradingFixture.grade(record, lab).findings
    #expect(findings.map(\.kind).contains(.transcriptEdited))
    #expect(findings.first { $0.kind == .transcriptEdited }?.line == 2)
  }

  @Test func timeGoingBackwardsMergesAndMissingParentsAreRewrittenHistory() throws {
    var (lab, record) = try honest()
    record.history[3].time = record.history[2].time - 3600
    #expect(try kinds(record, lab) == [.historyRewritten])
    (lab, record) = try honest()
    record.history[2].parents.append(GradingFixture.commitID(99))
    #expect(try kinds(record, lab) == [.historyRewritten])
    (lab, record) = try honest()
    record.history.removeFirst(2)
    record.missingParent = GradingFixture.commitID(1)
    #expect(try kinds(record, lab).contains(.historyRewritten))
  }

  @Test func metadataChangedInALaterCommitIsFoundAndTheFirstSeedIsUsed() throws {
    var (lab, record) = try honest()
    for index in 4..<record.history.count { record.history[index].metadata?.seed = 99 }
    record.metadata.seed = 99
    let grade = try GradingFixture.grade(record, lab)
    #expect(grade.findings.map(\.kind) == [.metadataChanged])
    #expect(grade.findings[0].message.contains("seed \(lab.defaultSeed) → 99"))
    #expect(grade.seed == lab.defaultSeed)
    #expect(grade.passedAll)
  }

  @Test func anAttemptAtAnotherVersionOfTheLabIsGradedAndFlagged() throws {
    var (lab, record) = try honest()
    for index in record.history.indices { record.history[index].metadata?.labDigest = "sha256:older" }
    record.metadata.labDigest = "sha256:older"
    let grade = try GradingFixture.grade(record, lab)
    #expect(grade.findings.map(\.kind) == [.labChanged])
    #expect(grade.passedAll)
  }

  // MARK: - Class view

  @Test func theClassViewGivesPassRatesMediansAndWhatStuckLearnersTyped() throws {
    let lab = try GradingFixture.lab("public-subnet")
    let full = GradingFixture.solution("public-subnet")
    let stuck = ["nslookup s3.ap-northeast-2.amazonaws.com", "aws s3 ls", "hint"]
    let grades = try [
      GradingFixture.grade(GradingFixture.record(lab, script: full, learner: ("A", "a@x"), path: "/a"), lab),
      GradingFixture.grade(GradingFixture.record(lab, script: stuck, learner: ("B", "b@x"), path: "/b"), lab),
      GradingFixture.grade(
        GradingFixture.record(lab, script: stuck + ["aws  s3 ls"], learner: ("C", "c@x"), path: "/c"), lab),
    ]
    let report = GradeReport(grades: grades.reversed(), ungraded: [])
    #expect(report.grades.map(\.path) == ["/a", "/b", "/c"])
    #expect(report.exitStatus == 2)
    let summary = try #require(report.labs.first)
    #expect(summary.attempts == 3)
    #expect(summary.passedAll == 1)
    #expect(summary.steps[0].passed == 3)
    #expect(summary.steps[0].passRate == 1)
    #expect(summary.steps[0].medianCommands == 1)
    #expect(summary.steps[1].passed == 1)
    #expect(abs(summary.steps[1].passRate - 1.0 / 3) < 1e-9)
    #expect(summary.steps[1].stoppedHere == 2)
    #expect(
      summary.steps[1].commonCommands == [
        CommandCount(command: "aws s3 ls", learners: 2, times: 3), CommandCount(command: "hint", learners: 2, times: 2),
      ])
  }

  @Test func twoAttemptsByOneLearnerAreLinkedAndUngradedOnesMakeTheStatusOne() throws {
    let lab = try GradingFixture.lab("public-subnet")
    let full = GradingFixture.solution("public-subnet")
    let first = try GradingFixture.grade(
      GradingFixture.record(lab, script: full, learner: ("A", "a@x"), path: "/one"), lab)
    let second = try GradingFixture.grade(
      GradingFixture.record(lab, script: full, learner: ("A", "A@X"), path: "/two"), lab)
    var report = GradeReport(grades: [second, first], ungraded: [])
    // Sorted by email as written ("A@X" before "a@x"), linked whatever the case.
    #expect(report.grades.map(\.path) == ["/two", "/one"])
    #expect(report.grades.map(\.otherAttempts) == [["/one"], ["/two"]])
    #expect(report.exitStatus == 0)
    report = GradeReport(grades: [first], ungraded: [UngradedAttempt(path: "/bad", reason: "no")])
    #expect(report.exitStatus == 1)
    #expect(GradeReport(grades: [], ungraded: []).exitStatus == 1)
  }

  @Test func progressClaimsAreReadFromThePageLabrunWrites() throws {
    let lab = try GradingFixture.lab("public-subnet")
    var attempt = try Attempt(lab: lab)
    _ = attempt.run("nslookup s3.ap-northeast-2.amazonaws.com")
    let claims = ProgressClaims(page: ProgressPage.render(attempt, learner: "A <a@x>"), lab: lab)
    #expect(claims.stepsPassed == 1)
    #expect(claims.points == attempt.points)
    #expect(claims.tickedSteps == [lab.steps[0].id])
  }
}

extension String {
  func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
