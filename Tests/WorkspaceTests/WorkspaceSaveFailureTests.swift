import Foundation
import Testing
import Transcript

@testable import Workspace

/// Full disks and read-only folders, simulated without root-proof permissions (the tests run as root,
/// which `chmod` does not stop): a regular file where git needs a folder makes the object write fail,
/// and a left-over `main.lock` makes the branch update fail, the two steps of a save.
@Suite struct WorkspaceSaveFailureTests {
  enum Obstacle: String, CaseIterable, Sendable {
    /// `.git/objects/xx` (the folder the new transcript blob goes to) is a file.
    case objectFolderIsAFile
    /// `.git/refs/heads/main.lock` exists, so the branch cannot move.
    case branchIsLocked
  }

  /// Entry `n` with an output chosen so that the next transcript blob lands in a fan-out folder that
  /// does not exist yet; returns the entry and that folder.
  func entryNeedingNewObjectFolder(after workspace: Workspace) throws -> (TranscriptEntry, String) {
    for attempt in 0..<500 {
      let entry = TranscriptEntry.command(
        CommandRecord(host: "V3", input: "aws s3 ls", simulatedTime: 0, exitStatus: 255, output: "attempt \(attempt)\n")
      )
      let blob = workspace.state.segments.last!.bytes + (try entry.jsonLine())
      let id = try gitCLI(["hash-object", "--stdin"], in: workspace.path, input: blob).output
      let folder = workspace.path + "/.git/objects/" + id.prefix(2)
      if !FileManager.default.fileExists(atPath: folder) { return (entry, folder) }
    }
    throw CancellationError()
  }

  @Test(arguments: Obstacle.allCases) func aFailedSaveThrowsAndLosesNothing(_ obstacle: Obstacle) throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 4)
    let head = workspace.headCommit
    let (entry, objectFolder) = try entryNeedingNewObjectFolder(after: workspace)
    let blocker: String
    switch obstacle {
    case .objectFolderIsAFile: blocker = objectFolder
    case .branchIsLocked: blocker = workspace.path + "/.git/refs/heads/main.lock"
    }
    _ = FileManager.default.createFile(atPath: blocker, contents: Data("in the way".utf8))

    let error = #expect(throws: WorkspaceError.self) {
      try workspace.append(entry, progressPage: "changed", time: Fixture.start + 100)
    }
    guard case .saveFailed(let path, _) = error else {
      Issue.record("expected saveFailed, got \(String(describing: error))")
      return
    }
    #expect(path == workspace.path)
    #expect(error?.description.contains("This command was not recorded; everything saved before it is kept") == true)
    #expect(workspace.entries == (0..<4).map(Fixture.command))
    #expect(workspace.headCommit == head)
    #expect(try Workspace.read(at: workspace.path).entries == (0..<4).map(Fixture.command))

    // Once the cause is gone, saving goes on from where it was.
    try FileManager.default.removeItem(atPath: blocker)
    try workspace.append(entry, progressPage: "changed", time: Fixture.start + 101)
    workspace.close()
    let reopened = try Workspace.open(at: workspace.path)
    #expect(reopened.entries == (0..<4).map(Fixture.command) + [entry])
    #expect(reopened.recovery.isEmpty)
    try expectCleanRepository(workspace.path)
  }

  @Test func aWorkTreeThatCannotBeWrittenIsReportedAndRepairedOnTheNextSave() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 2)
    let transcript = workspace.path + "/transcript-000000.jsonl"
    try FileManager.default.removeItem(atPath: transcript)
    try FileManager.default.createDirectory(atPath: transcript, withIntermediateDirectories: false)

    let saved = try workspace.append(Fixture.command(2), time: Fixture.start + 10)
    #expect(saved.workTreeProblem?.contains("the commit is saved") == true)
    #expect(try Workspace.read(at: workspace.path).entries.count == 3)

    try FileManager.default.removeItem(atPath: transcript)
    let next = try workspace.append(Fixture.command(3), time: Fixture.start + 11)
    #expect(next.workTreeProblem == nil)
    #expect(FileManager.default.contents(atPath: transcript) == workspace.state.segments[0].bytes)
    try expectCleanRepository(workspace.path)
  }
}
