import Foundation
import Testing
import Transcript

@testable import Workspace

/// Issue 17: a small tail takes each line and folds move its lines into the segment before it, so a
/// save hashes a few kilobytes however long the transcript is; workspaces written before, with one
/// growing last segment, still open, grow and audit as one line per commit.
@Suite struct SegmentLayoutTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var tail: Int
    var beforeTail: Int?
    var line: Int
    var step: SegmentLayout.Step
    var testDescription: String { "tail \(tail), before \(beforeTail.map(String.init) ?? "none"), line \(line)" }
  }

  static let cases: [Case] = [
    Case(tail: 0, beforeTail: nil, line: 100_000, step: .append),
    Case(tail: 3_000, beforeTail: nil, line: 1_096, step: .append),
    Case(tail: 3_000, beforeTail: nil, line: 1_097, step: .start),
    Case(tail: 3_000, beforeTail: 10_000, line: 1_097, step: .fold),
    Case(tail: 4_000, beforeTail: 61_536, line: 500, step: .fold),
    Case(tail: 4_000, beforeTail: 61_537, line: 500, step: .start),
    Case(tail: 30_000, beforeTail: 65_000, line: 300, step: .start),
    Case(tail: 0, beforeTail: 65_536, line: 10, step: .append),
  ]

  @Test(arguments: cases) func whereTheNextLineGoes(_ example: Case) {
    #expect(
      SegmentLayout.current.step(tail: example.tail, beforeTail: example.beforeTail, line: example.line)
        == example.step)
  }

  /// Entry `n`, about 330 bytes stored, like a command with a few lines of output.
  static func entry(_ n: Int) -> TranscriptEntry {
    .command(
      CommandRecord(
        host: "V\(n % 3 + 1)", input: "aws s3 ls s3://jschoi.acl # \(n)", simulatedTime: Int64(n) * 1_000,
        exitStatus: 0,
        output: "                           PRE private1/\n                           PRE public1/\n"
          + "2017-09-26 05:03:18      29606 jschoi.acl_test.csv\n2018-06-21 07:44:25      25184 what-is-eks.png\n"))
  }

  /// Every segment a whole number of lines within its limit, every commit one line, plain git.
  func expectSound(_ path: String, entries expected: [TranscriptEntry], tailLimit: Int) throws {
    let segments = try FileManager.default.contentsOfDirectory(atPath: path).filter(WorkspaceFile.isSegmentName)
      .sorted()
    #expect(segments == (0..<segments.count).map(WorkspaceFile.segment))
    for (index, name) in segments.enumerated() {
      let bytes = try #require(FileManager.default.contents(atPath: path + "/" + name))
      #expect(bytes.last == 0x0A, "\(name)")
      #expect(bytes.count <= (index == segments.count - 1 ? tailLimit : WorkspaceFile.segmentLimit), "\(name)")
    }
    let audit = try Workspace.audit(at: path)
    #expect(audit.commits.dropFirst().map(\.transcript) == expected.map { .appended([.entry($0)]) })
    #expect(try Workspace.read(at: path).entries == expected)
    try expectCleanRepository(path)
  }

  @Test func aLongTranscriptFillsSegmentsThroughASmallTail() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder)
    let expected = (0..<450).map(Self.entry)
    for (n, entry) in expected.enumerated() { try workspace.append(entry, time: Fixture.start + Double(n)) }
    workspace.close()
    // 450 lines of about 330 bytes: two full segments, one that folds still take, and a tail.
    let segments = try FileManager.default.contentsOfDirectory(atPath: workspace.path)
      .filter(WorkspaceFile.isSegmentName)
    #expect(segments.count == 4)
    try expectSound(workspace.path, entries: expected, tailLimit: SegmentLayout.current.tailLimit)
    let reopened = try Workspace.open(at: workspace.path)
    #expect(reopened.recovery.isEmpty)
    #expect(reopened.entries == expected)
  }

  /// A workspace as labrun wrote it before folds (format 1: its last segment growing to 64 KiB)
  /// opens, grows in that same layout, so the labrun that made it still grades it, and its whole
  /// history audits as one line per commit.
  @Test func aWorkspaceWithAGrowingLastSegmentOpensGrowsAndAudits() throws {
    let folder = TemporaryFolder()
    var formatOne = Fixture.metadata
    formatOne.format = 1
    let old = try Workspace.create(
      at: folder.child("ws"), metadata: formatOne, progressPage: Fixture.progress(0), time: Fixture.start,
      timeZone: Fixture.zone)
    #expect(old.segmentLayout == .growingLastSegment)
    var expected = (0..<300).map(Self.entry)
    for (n, entry) in expected.enumerated() { try old.append(entry, time: Fixture.start + Double(n)) }
    old.close()
    let oldSegments = try FileManager.default.contentsOfDirectory(atPath: old.path)
      .filter(WorkspaceFile.isSegmentName).sorted()
    // Today's layout: one full segment and a last one of about 30 KB.
    #expect(oldSegments == [WorkspaceFile.segment(0), WorkspaceFile.segment(1)])
    let lastBefore = try #require(FileManager.default.contents(atPath: old.path + "/" + WorkspaceFile.segment(1)))
    #expect(lastBefore.count > 20_000)
    let firstBefore = FileManager.default.contents(atPath: old.path + "/" + WorkspaceFile.segment(0))

    let workspace = try Workspace.open(at: old.path)
    #expect(workspace.recovery.isEmpty)
    #expect(workspace.entries == expected)
    for n in 300..<450 {
      expected.append(Self.entry(n))
      try workspace.append(Self.entry(n), time: Fixture.start + Double(n))
    }
    #expect(workspace.segmentLayout == .growingLastSegment)
    workspace.close()
    // The full segment is never rewritten; the last one goes on growing, as format 1 does.
    #expect(FileManager.default.contents(atPath: old.path + "/" + WorkspaceFile.segment(0)) == firstBefore)
    try expectSound(old.path, entries: expected, tailLimit: SegmentLayout.growingLastSegment.tailLimit)
    #expect(try Workspace.open(at: old.path).metadata.format == 1)
  }

  @Test func aNewWorkspaceIsFormatTwoWithFolds() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder)
    #expect(workspace.metadata.format == 2)
    #expect(workspace.segmentLayout == .current)
  }
}
