import Testing
import Transcript

@testable import Labs

@Suite struct VersionAuditTests {
  /// An honest attempt whose line `line` (1-based) shows an output replay does not print.
  static func edited(line: Int) throws -> (Lab, AttemptRecord) {
    let lab = try GradingFixture.lab("public-subnet")
    var record = try GradingFixture.record(lab, script: GradingFixture.solution("public-subnet"))
    guard case .command(var command) = record.lines[line - 1] else { throw Failure() }
    command.output += "a byte the simulator no longer prints\n"
    record.lines[line - 1] = .command(command)
    return (lab, record)
  }

  struct Failure: Error {}

  @Test func aDifferenceUnderTheRecordingVersionIsOutputNotReproduced() throws {
    let (lab, record) = try Self.edited(line: 2)
    let grade = try Grader.grade(record, lab: lab, version: "0.1.0").get()
    #expect(grade.findings.map(\.kind) == [.outputNotReproduced])
    #expect(grade.status == .flagged)
  }

  @Test func aDifferenceUnderAnotherVersionIsInformationalAndNamesBoth() throws {
    let (lab, record) = try Self.edited(line: 2)
    let grade = try Grader.grade(record, lab: lab, version: "0.2.0").get()
    #expect(grade.findings.map(\.kind) == [.labrunVersion])
    let message = try #require(grade.findings.first?.message)
    #expect(message.contains("labrun 0.1.0") && message.contains("labrun 0.2.0") && message.contains("line 2"))
    #expect(grade.findings.first?.line == 2)
    #expect(grade.status == .passed)
  }

  @Test func eachSessionsTrailerDecidesTheVersionOfTheLinesAfterIt() throws {
    let (lab, base) = try Self.edited(line: 2)
    var record = base
    // A later session ran by the grading labrun: a difference in its lines is not excused.
    guard case .command(var command) = record.lines[4] else { throw Failure() }
    command.output += "edited\n"
    record.lines[4] = .command(command)
    record.history[4].labrunVersion = "0.2.0"
    let grade = try Grader.grade(record, lab: lab, version: "0.2.0").get()
    #expect(grade.findings.map(\.kind) == [.outputNotReproduced, .labrunVersion])
    #expect(grade.findings[0].line == 5)
    #expect(grade.findings[1].line == 2)
    #expect(grade.status == .flagged)
  }

  @Test(arguments: GradingFixture.labIDs)
  func simulatedTimeIsWhatTheCommandsTook(labID: String) throws {
    let lab = try GradingFixture.lab(labID)
    let record = try GradingFixture.record(lab, script: GradingFixture.solution(labID))
    let start = try Attempt(lab: lab).shell.world.now
    let last = try #require(record.lines.last?.command?.simulatedTime)
    let grade = try GradingFixture.grade(record, lab)
    #expect(grade.simulatedSeconds == (last - start) / 1000)
  }

  @Test func aBlackholedListingCostsItsFiveSimulatedMinutes() throws {
    let lab = try GradingFixture.lab("private-subnet")
    let record = try GradingFixture.record(lab, script: ["aws s3 ls s3://jschoi.acl"])
    let grade = try GradingFixture.grade(record, lab)
    #expect(grade.simulatedSeconds >= 300)
  }

  @Test func theTrailerIsReadFromACommitMessage() {
    #expect(Release.version(inCommitMessage: "V1 $ ls  → 0\n\nStep: a passed\nLabrun-Version: 0.3.1\n") == "0.3.1")
    #expect(Release.version(inCommitMessage: "V1 $ ls  → 0\n") == nil)
  }
}
