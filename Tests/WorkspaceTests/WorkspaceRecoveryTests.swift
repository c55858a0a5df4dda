import Foundation
import Testing
import Transcript

@testable import Workspace

@Suite struct WorkspaceRecoveryTests {
  func appendToFile(_ path: String, _ text: String) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
    try handle.close()
  }

  @Test func aTornLastLineIsReportedAndDropped() throws {
    let folder = TemporaryFolder()
    let path = try Fixture.workspace(in: folder, count: 3).path
    let transcript = path + "/transcript-000000.jsonl"
    let committed = FileManager.default.contents(atPath: transcript)!
    try appendToFile(transcript, #"{"exitStatus":0,"host":"V1","inp"#)

    let workspace = try Workspace.open(at: path)
    #expect(workspace.recovery == [.tornLineDropped(path: transcript, text: #"{"exitStatus":0,"host":"V1","inp"#)])
    #expect(workspace.recovery[0].description.contains("dropped an incomplete last line"))
    #expect(workspace.entries == (0..<3).map(Fixture.command))
    #expect(FileManager.default.contents(atPath: transcript) == committed)
    try expectCleanRepository(path)
    // Saving goes on from the committed transcript.
    try workspace.append(Fixture.command(3), time: Fixture.start + 10)
    #expect(try Workspace.read(at: path).entries == (0..<4).map(Fixture.command))
  }

  @Test func uncommittedWholeLinesAndATornOneAreBothReported() throws {
    let folder = TemporaryFolder()
    let path = try Fixture.workspace(in: folder, count: 2).path
    let transcript = path + "/transcript-000000.jsonl"
    try appendToFile(transcript, String(decoding: try Fixture.command(7).jsonLine(), as: UTF8.self) + "{\"ki")
    let workspace = try Workspace.open(at: path)
    #expect(
      workspace.recovery == [
        .uncommittedLinesDropped(path: transcript, count: 1), .tornLineDropped(path: transcript, text: "{\"ki"),
      ])
    #expect(workspace.entries.count == 2)
    try expectCleanRepository(path)
  }

  /// A crash after the commit but before the work tree copy leaves the files behind HEAD; HEAD wins.
  @Test func filesBehindOrMissingAreRestoredFromTheLastCommit() throws {
    let folder = TemporaryFolder()
    let path = try Fixture.workspace(in: folder, count: 3).path
    let transcript = path + "/transcript-000000.jsonl"
    let committed = FileManager.default.contents(atPath: transcript)!
    try committed.prefix(committed.count - 40).write(to: URL(fileURLWithPath: transcript))
    try FileManager.default.removeItem(atPath: path + "/README.md")
    try FileManager.default.removeItem(atPath: path + "/.git/index")
    _ = FileManager.default.createFile(atPath: path + "/.git/refs/heads/main.lock", contents: Data("x".utf8))

    let workspace = try Workspace.open(at: path)
    #expect(
      Set(workspace.recovery) == [
        .fileRestored(path: transcript), .fileRestored(path: path + "/README.md"),
        .staleGitLockRemoved(path: path + "/.git/refs/heads/main.lock"),
      ])
    #expect(FileManager.default.contents(atPath: transcript) == committed)
    #expect(workspace.entries.count == 3)
    try expectCleanRepository(path)
    try workspace.append(Fixture.command(3), time: Fixture.start + 10)
    try expectCleanRepository(path)
  }

  /// Long sessions are split into segment files; each is a whole number of lines and they read back in order.
  @Test func aLongTranscriptIsSplitIntoSegmentsThatReadBackInOrder() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder)
    var expected: [TranscriptEntry] = []
    for n in 0..<30 {
      let entry = TranscriptEntry.command(
        CommandRecord(
          host: "V1", input: "cat big-\(n)", simulatedTime: Int64(n), exitStatus: 0,
          output: String(repeating: "\(n) padding line of output\n", count: 300)))
      try workspace.append(entry, time: Fixture.start + Double(n))
      expected.append(entry)
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: workspace.path)
      .filter { $0.hasPrefix("transcript-") }.sorted()
    #expect(files.count >= 3)
    #expect(files.first == "transcript-000000.jsonl")
    for file in files {
      let bytes = FileManager.default.contents(atPath: workspace.path + "/" + file)!
      #expect(bytes.count <= WorkspaceFile.segmentLimit + 10_000)
      #expect(bytes.last == 0x0A)
    }
    try expectCleanRepository(workspace.path)
    workspace.close()

    // A torn line in the last segment and an uncommitted next segment are both dropped.
    let last = workspace.path + "/" + files.last!
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: last))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("{\"kind\":\"res".utf8))
    try handle.close()
    let stray = workspace.path + "/transcript-" + String(format: "%06d.jsonl", files.count)
    _ = FileManager.default.createFile(atPath: stray, contents: try TranscriptEntry.reset(step: nil).jsonLine())
    let reopened = try Workspace.open(at: workspace.path)
    #expect(
      reopened.recovery == [
        .tornLineDropped(path: last, text: "{\"kind\":\"res"), .uncommittedLinesDropped(path: stray, count: 1),
      ])
    #expect(reopened.entries == expected)
    #expect(try Workspace.read(at: workspace.path).entries == expected)
    try expectCleanRepository(workspace.path)
  }
}
