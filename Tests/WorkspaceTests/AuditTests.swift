import Foundation
import Testing
import Transcript

@testable import Workspace

@Suite struct AuditTests {
  /// Runs the git CLI in `directory` (tests only), with an identity that no global config supplies.
  @discardableResult
  private func git(_ arguments: [String], in directory: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = ["-c", "user.name=Tamperer", "-c", "user.email=t@example.com", "-C", directory] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
    return String(decoding: data, as: UTF8.self)
  }

  @Test func anHonestHistoryAppendsOneEntryPerCommitWithItsTrailers() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 2)
    try workspace.append(
      Fixture.command(2), passedSteps: ["public-dns", "list"], progressPage: "# done\n", time: Fixture.start + 10)
    workspace.close()
    let audit = try Workspace.audit(at: folder.child("ws"))
    #expect(audit.commits.count == 4)
    #expect(audit.missingParent == nil)
    #expect(!audit.isBare)
    #expect(audit.commits[0].parents == [])
    #expect(audit.commits[0].transcript == .appended([]))
    for n in 1...3 {
      #expect(audit.commits[n].parents == [audit.commits[n - 1].id])
      #expect(audit.commits[n].transcript == .appended([.entry(Fixture.command(n - 1))]))
      #expect(audit.commits[n].metadata == Fixture.metadata)
    }
    #expect(audit.commits[3].passedStepTrailers == ["public-dns", "list"])
    #expect(audit.commits[3].progressPage == "# done\n")
    #expect(audit.commits[2].progressPage == Fixture.progress(2))
    #expect(audit.commits[3].committerTime == Int64(Fixture.start.timeIntervalSince1970) + 10)
    #expect(audit.commits.last?.id == workspace.headCommit)
  }

  @Test func aLineAddedAcrossANewSegmentIsStillOneAppend() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder)
    let big = TranscriptEntry.command(
      CommandRecord(
        host: "V1", input: "cat big", simulatedTime: 0, exitStatus: 0, output: String(repeating: "x", count: 40_000)))
    for n in 0..<3 { try workspace.append(big, time: Fixture.start + Double(n)) }
    workspace.close()
    // Two 40 kB lines do not fit one 64 KiB segment, so each line started a segment of its own.
    for segment in 0..<3 {
      #expect(FileManager.default.fileExists(atPath: folder.child("ws/" + WorkspaceFile.segment(segment))))
    }
    let audit = try Workspace.audit(at: folder.child("ws"))
    #expect(audit.commits.count == 4)
    #expect(audit.commits.dropFirst().allSatisfy { $0.transcript == .appended([.entry(big)]) })
  }

  @Test func anEarlierLineEditedByALaterCommitIsARewrite() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 3)
    workspace.close()
    let path = folder.child("ws")
    let file = path + "/transcript-000000.jsonl"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    try text.replacingOccurrences(of: "# 1", with: "# 9").write(toFile: file, atomically: true, encoding: .utf8)
    try git(["commit", "-q", "-am", "tidy"], in: path)
    // Saving goes on after the edit; that save is again a plain append.
    let reopened = try Workspace.open(at: path)
    try reopened.append(Fixture.command(3), time: Fixture.start + 60)
    reopened.close()
    let audit = try Workspace.audit(at: path)
    #expect(audit.commits.count == 6)
    // The same number of bytes, one digit changed: only the blob id tells.
    #expect(audit.commits[4].transcript == .rewritten(firstChangedLine: 2, linesBefore: 3, linesAfter: 3))
    #expect(audit.commits[4].passedStepTrailers == [])
    #expect(audit.commits[5].transcript == .appended([.entry(Fixture.command(3))]))
    #expect(audit.commits[2].transcript == .appended([.entry(Fixture.command(1))]))
  }

  @Test func garbageAddedByACommitIsReportedLineByLine() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 1)
    workspace.close()
    let path = folder.child("ws")
    let handle = try #require(FileHandle(forWritingAtPath: path + "/transcript-000000.jsonl"))
    handle.seekToEndOfFile()
    handle.write(Data("not json\n{\"kind\":\"command\"}\n".utf8))
    handle.closeFile()
    try git(["commit", "-q", "-am", "more"], in: path)
    let audit = try Workspace.audit(at: path)
    guard case .appended(let lines) = audit.commits[2].transcript else {
      Issue.record("expected an append")
      return
    }
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { if case .unreadable = $0 { true } else { false } })
  }

  @Test func aMissingParentEndsTheWalkAndIsNamed() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 3)
    workspace.close()
    let path = folder.child("ws")
    let root = try Workspace.audit(at: path).commits[0].id
    try FileManager.default.removeItem(atPath: path + "/.git/objects/" + root.prefix(2) + "/" + root.dropFirst(2))
    let audit = try Workspace.audit(at: path)
    #expect(audit.missingParent == root)
    #expect(audit.commits.count == 3)
  }

  @Test func aBareCopyIsAuditedLikeTheWorkspace() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 2)
    _ = try Repository.create(at: folder.child("bare.git"), bare: true)
    try workspace.push(to: folder.child("bare.git"))
    workspace.close()
    let bare = try Workspace.audit(at: folder.child("bare.git"))
    let original = try Workspace.audit(at: folder.child("ws"))
    #expect(bare.isBare)
    #expect(bare.commits == original.commits)
  }

  @Test func aFolderThatIsNoRepositoryIsNotAWorkspace() throws {
    let folder = TemporaryFolder()
    #expect {
      try Workspace.audit(at: folder.path)
    } throws: { error in
      if case .notAWorkspace = error as? WorkspaceError { true } else { false }
    }
  }
}
