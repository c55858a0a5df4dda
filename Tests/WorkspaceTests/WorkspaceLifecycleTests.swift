import Foundation
import Testing
import Transcript

@testable import Workspace

@Suite struct WorkspaceLifecycleTests {
  @Test func createsAWorkspaceWithOneCommitAndReadableFiles() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder)
    let root = folder.child("ws")
    #expect(workspace.path == root)
    #expect(workspace.entries.isEmpty)
    #expect(workspace.recovery.isEmpty)
    #expect(FileManager.default.contents(atPath: root + "/README.md") == Data(Fixture.progress(0).utf8))
    #expect(FileManager.default.contents(atPath: root + "/transcript-000000.jsonl") == Data())
    #expect(
      try AttemptMetadata.decode(FileManager.default.contents(atPath: root + "/labrun.json")!, path: "m")
        == Fixture.metadata)
    #expect(try gitCLI(["symbolic-ref", "HEAD"], in: root).output == "refs/heads/main\n")
    let history = try Workspace.history(at: root)
    #expect(history.count == 1)
    #expect(history[0].message == "start interface-endpoint (seed 20210614)\n")
    #expect(history[0].authorName == "Kim Learner")
    #expect(history[0].time == Fixture.start)
    let author = try gitCLI(["log", "-1", "--format=%an <%ae> %ad|%cn <%ce> %cd", "--date=raw"], in: root).output
    #expect(author == "Kim Learner <kim@example.com> 1700000000 +0900|Kim Learner <kim@example.com> 1700000000 +0900\n")
    // Nothing half-built is left beside the workspace.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["ws"])
    try expectCleanRepository(root)
  }

  @Test func reopeningAfterAppendsGivesTheSameEntries() throws {
    let folder = TemporaryFolder()
    let root = folder.child("ws")
    var expected: [TranscriptEntry] = []
    do {
      let workspace = try Fixture.workspace(in: folder)
      for n in 0..<40 {
        let entry = n == 25 ? TranscriptEntry.reset(step: "public-dns") : Fixture.command(n)
        try workspace.append(entry, progressPage: Fixture.progress(n + 1), time: Fixture.start + Double(n + 1))
        expected.append(entry)
        if n % 13 == 0 { try expectCleanRepository(root) }
      }
      #expect(workspace.entries == expected)
    }
    let reopened = try Workspace.open(at: root, labID: "interface-endpoint")
    #expect(reopened.entries == expected)
    #expect(reopened.metadata == Fixture.metadata)
    #expect(reopened.recovery.isEmpty)
    #expect(
      try Workspace.read(at: root)
        == WorkspaceSnapshot(metadata: Fixture.metadata, entries: expected, headCommit: reopened.headCommit))
    #expect(try Workspace.history(at: root).count == 41)
    #expect(FileManager.default.contents(atPath: root + "/README.md") == Data(Fixture.progress(40).utf8))
    try expectCleanRepository(root)
  }

  @Test func oneCommitPerCommandWithTheLearnerAsAuthorAndStepTrailers() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder)
    let time = Date(timeIntervalSince1970: 1_700_000_123)
    let receipt = try workspace.append(Fixture.command(2), passedSteps: ["private-timeout"], time: time)
    #expect(receipt.workTreeProblem == nil)
    #expect(receipt.commit == workspace.headCommit)
    let reset = try workspace.reset(toStep: "private-timeout", time: time + 5)
    let history = try Workspace.history(at: workspace.path)
    #expect(history.map(\.id).prefix(2) == [reset.commit, receipt.commit])
    #expect(
      history[1].message
        == "V3 $ nslookup s3.ap-northeast-2.amazonaws.com # 2  → 0\n\nStep: private-timeout passed\nLabrun-Version: \(Release.version)\n"
    )
    #expect(history[1].time == time)
    #expect(history[1].authorEmail == "kim@example.com")
    #expect(history[0].message == "reset to step private-timeout\n")
    #expect(workspace.entries.last == .reset(step: "private-timeout"))
    let trailers = try gitCLI(["log", "-1", "--skip=1", "--format=%(trailers:key=Step,valueonly)"], in: workspace.path)
    #expect(trailers.output == "private-timeout passed\n\n")
  }

  @Test func sameInputsMakeTheSameCommits() throws {
    let folder = TemporaryFolder()
    let first = try Fixture.workspace(in: folder, count: 5, name: "a")
    let second = try Fixture.workspace(in: folder, count: 5, name: "b")
    #expect(first.headCommit == second.headCommit)
  }

  @Test func createRefusesAFolderThatIsNotEmptyButFillsAnEmptyOne() throws {
    let folder = TemporaryFolder()
    try FileManager.default.createDirectory(atPath: folder.child("empty"), withIntermediateDirectories: true)
    let made = try Workspace.create(
      at: folder.child("empty"), metadata: Fixture.metadata, progressPage: "", time: Fixture.start)
    #expect(made.entries.isEmpty)

    try FileManager.default.createDirectory(atPath: folder.child("full"), withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: folder.child("full/notes.txt"), contents: Data("mine".utf8))
    _ = FileManager.default.createFile(atPath: folder.child("file"), contents: Data("mine".utf8))
    for target in [folder.child("full"), folder.child("file")] {
      let before = snapshot(folder.path)
      let error = #expect(throws: WorkspaceError.alreadyExists(path: target)) {
        try Workspace.create(at: target, metadata: Fixture.metadata, progressPage: "", time: Fixture.start)
      }
      #expect(error?.isBadInput == true)
      #expect(snapshot(folder.path) == before)
    }
  }

  @Test func aClosedWorkspaceRefusesToSave() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder)
    workspace.close()
    #expect(throws: WorkspaceError.closed(path: workspace.path)) {
      try workspace.append(Fixture.command(0), time: Fixture.start)
    }
  }
}
