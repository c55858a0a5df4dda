import Foundation
import Testing
import Transcript

@testable import Workspace

@Suite struct SessionVersionTests {
  @Test func eachSessionsFirstCommitNamesTheLabrunThatRanIt() throws {
    let folder = TemporaryFolder()
    let first = try Fixture.workspace(in: folder, count: 2)
    first.close()
    let second = try Workspace.open(at: folder.child("ws"))
    try second.append(Fixture.command(2), passedSteps: ["list"], time: Fixture.start + 10)
    try second.append(Fixture.command(3), time: Fixture.start + 11)
    second.close()
    let audit = try Workspace.audit(at: folder.child("ws"))
    let versions = audit.commits.map { Release.version(inCommitMessage: $0.message) }
    // The start commit names it in labrun.json; the first save of each session in a trailer.
    #expect(versions == [nil, Release.version, nil, Release.version, nil])
    #expect(audit.commits[3].message.hasSuffix("\n\nStep: list passed\nLabrun-Version: \(Release.version)\n"))
    #expect(audit.commits[3].passedStepTrailers == ["list"])
  }

  @Test func theTrailerFollowsTheStepTrailers() {
    let entry = TranscriptEntry.command(
      CommandRecord(host: "V1", input: "aws s3 ls", simulatedTime: 0, exitStatus: 0, output: ""))
    #expect(
      CommitMessage.make(for: entry, passedSteps: [], version: "0.9.0")
        == "V1 $ aws s3 ls  → 0\n\nLabrun-Version: 0.9.0\n")
    #expect(
      CommitMessage.make(for: entry, passedSteps: ["a"], version: "0.9.0")
        == "V1 $ aws s3 ls  → 0\n\nStep: a passed\nLabrun-Version: 0.9.0\n")
  }
}
