import Foundation
import Testing
import Transcript

@testable import Workspace

/// The quick checks of a history (blob ids of ranges of the final transcript) must describe every
/// commit exactly as reading and comparing both versions of its segments does.
@Suite struct SegmentTrackerTests {
  /// Every commit's transcript change, oldest first, with the quick checks on or off.
  func changes(at path: String, quick: Bool) throws -> [TranscriptChange] {
    let repository = try Repository.open(at: path)
    var ids: [ObjectID] = []
    var next = try repository.referenceTarget(WorkspaceFile.branch)
    while let id = next {
      ids.append(id)
      next = try repository.commit(id).parentID()
    }
    var tracker = try SegmentTracker(
      repository: repository, last: try repository.tree(try repository.commit(ids[0]).treeID))
    tracker.checksWholeTranscript = quick
    return try ids.reversed().map { try tracker.change(in: try repository.tree(try repository.commit($0).treeID)) }
  }

  /// A command whose output makes the transcript grow by about `size` bytes a line.
  func entry(_ n: Int, size: Int) -> TranscriptEntry {
    .command(
      CommandRecord(
        host: "V2", input: "aws s3 ls # \(n)", simulatedTime: Int64(n), exitStatus: 0,
        output: String(repeating: "x", count: size) + "\n"))
  }

  @Test(arguments: [(SegmentLayout.current, 300), (.current, 2_000), (.growingLastSegment, 900)])
  func honestHistoriesAreDescribedAlike(layout: SegmentLayout, size: Int) throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 0)
    workspace.segmentLayout = layout
    for n in 0..<150 { try workspace.append(entry(n, size: size), time: Fixture.start + Double(n + 1)) }
    workspace.close()
    let path = folder.child("ws")
    let quick = try changes(at: path, quick: true)
    #expect(quick == (try changes(at: path, quick: false)))
    #expect(quick.count == 151)
    #expect(quick.dropFirst().allSatisfy { if case .appended(let lines) = $0 { lines.count == 1 } else { false } })
  }

  /// A history rewritten in the middle (an earlier line changed by a later commit) and one that
  /// added two lines at once: the quick checks give way and the full comparison decides.
  @Test func rewrittenHistoriesAreDescribedAlike() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 30)
    workspace.close()
    let path = folder.child("ws")
    let segment = path + "/" + WorkspaceFile.segment(0)
    var text = try String(contentsOfFile: segment, encoding: .utf8)
    text = text.replacingOccurrences(of: "# 3\"", with: "# 33\"")
    try text.write(toFile: segment, atomically: true, encoding: .utf8)
    try gitCLI(["commit", "-qam", "edit"], in: path)
    let more = try Fixture.command(31).jsonLine() + (try Fixture.command(32).jsonLine())
    let tail = try FileManager.default.contentsOfDirectory(atPath: path).filter(WorkspaceFile.isSegmentName).sorted()
      .last!
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path + "/" + tail))
    handle.seekToEndOfFile()
    handle.write(more)
    try handle.close()
    try gitCLI(["commit", "-qam", "two"], in: path)
    let quick = try changes(at: path, quick: true)
    #expect(quick == (try changes(at: path, quick: false)))
    #expect(quick.contains { if case .rewritten = $0 { true } else { false } })
  }
}
