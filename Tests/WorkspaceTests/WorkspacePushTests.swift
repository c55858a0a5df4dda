import Foundation
import Testing

@testable import Workspace

@Suite struct WorkspacePushTests {
  enum Address: String, CaseIterable, Sendable {
    case path, fileURL
    func url(for bare: String) -> String { self == .path ? bare : "file://" + bare }
  }

  @Test(arguments: Address.allCases) func pushesToABareRepositoryAndClonesBack(_ address: Address) throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 5)
    let bare = folder.child("class/kim.git")
    // As an instructor would make it: `git init --bare -b main`, so clones check out main.
    _ = try Repository.create(at: bare, initialBranch: "main", bare: true)
    let url = address.url(for: bare)

    #expect(workspace.remoteURL == nil)
    #expect(try workspace.push(to: url) == workspace.headCommit)
    #expect(workspace.remoteURL == url)

    // More work, then a push to the remembered remote.
    try workspace.append(Fixture.command(5), passedSteps: ["public-dns"], time: Fixture.start + 50)
    try workspace.push()

    _ = try Repository.clone(from: url, to: folder.child("clone"))
    let cloned = try Workspace.read(at: folder.child("clone"))
    #expect(
      cloned
        == WorkspaceSnapshot(metadata: Fixture.metadata, entries: workspace.entries, headCommit: workspace.headCommit))
    #expect(try Workspace.read(at: bare) == cloned)
    #expect(try Workspace.history(at: folder.child("clone")) == (try Workspace.history(at: workspace.path)))
    #expect(try Workspace.history(at: bare).first?.message.hasSuffix("\n\nStep: public-dns passed\n") == true)
    // A grader reads a bare repository whatever its HEAD names.
    let masterHeaded = folder.child("master.git")
    _ = try Repository.create(at: masterHeaded, bare: true)
    try workspace.push(to: masterHeaded)
    #expect(try Workspace.read(at: masterHeaded) == cloned)
    // The clone is a workspace a learner can go on in.
    let resumed = try Workspace.open(at: folder.child("clone"), labID: "interface-endpoint")
    #expect(resumed.entries == workspace.entries)
    #expect(resumed.recovery.isEmpty)
    try expectCleanRepository(folder.child("clone"))
  }

  enum BadRemote: String, CaseIterable, Sendable {
    case missingPath, notFastForward
  }

  @Test(arguments: BadRemote.allCases) func aFailedPushSaysWhyAndChangesNothing(_ bad: BadRemote) throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 3)
    let remote = folder.child("remote.git")
    switch bad {
    case .missingPath:
      break
    case .notFastForward:
      // Someone else's workspace already sits on the remote's main.
      _ = try Repository.create(at: remote, bare: true)
      let other = try Workspace.create(
        at: folder.child("other"), metadata: Fixture.metadata, progressPage: "other", time: Fixture.start + 9)
      try other.push(to: remote)
    }
    let before = snapshot(workspace.path)
    let error = #expect(throws: WorkspaceError.self) { try workspace.push(to: remote) }
    guard case .pushFailed(let failed, let reason) = error else {
      Issue.record("expected pushFailed, got \(String(describing: error))")
      return
    }
    #expect(failed == remote)
    #expect(!reason.isEmpty)
    #expect(error?.description.contains("Nothing was changed locally") == true)
    #expect(workspace.remoteURL == nil)
    #expect(snapshot(workspace.path) == before)
    #expect(throws: WorkspaceError.noRemote(path: workspace.path)) { try workspace.push() }
  }
}
