import Clibgit2
import Foundation
import Transcript

/// Follows the transcript segments from commit to commit without reading every version of them.
///
/// Every save rewrites the last segment, so reading each commit's segment would inflate the whole
/// transcript once per command (quadratic, and most of grading's time). Instead the last commit's
/// segments are read once, and a commit is checked by hashing the prefix of them it should hold: a
/// matching blob id proves, byte for byte, that the commit kept every earlier line and added the next
/// one. Only a commit that fails this check has its blobs read and compared in full.
struct SegmentTracker {
  /// A segment as of the commit last seen.
  private struct State {
    var name: String
    var blob: ObjectID
    /// Set when the segment is known to be the first `lines` lines of the final segment of that name.
    var verifiedLines: Int?
  }

  /// A segment of the last commit, with where each of its lines ends.
  private struct Final {
    var blob: ObjectID
    var bytes: Data
    /// The offset just past each line break.
    var lineEnds: [Int]
  }

  /// Where the transcript of the commit last seen sits in `whole`, when it is known to be a prefix
  /// of it: each segment's first byte, and the end. Folds move lines between segments, so a line's
  /// segment changes over history while its place in the concatenated transcript never does.
  private struct Placement {
    var starts: [Int]
    var end: Int
  }

  let repository: Repository
  /// Whether commits are first checked against the concatenated final transcript (tests turn it
  /// off to compare with the per-segment checks and the full comparison).
  var checksWholeTranscript = true
  /// The last commit's segments, concatenated in order, and the offset just past each line break.
  private let whole: Data
  private let wholeLineEnds: [Int]
  private var placement: Placement? = Placement(starts: [], end: 0)
  private let finals: [String: Final]
  private let finalsByBlob: [ObjectID: Data]
  private var previous: [State] = []
  private var readCache: [ObjectID: Data] = [:]
  private let decoder = JSONDecoder()

  /// Reads the segments of the last commit's tree.
  init(repository: Repository, last: Tree) throws {
    self.repository = repository
    var finals: [String: Final] = [:]
    var whole = Data()
    var wholeLineEnds: [Int] = []
    for item in last.entries where item.isBlob && WorkspaceFile.isSegmentName(item.name) {
      let bytes = try repository.blobContent(item.id)
      var ends: [Int] = []
      for end in TranscriptFile.lineEnds(in: bytes) { ends.append(end + 1) }
      for end in ends { wholeLineEnds.append(whole.count + end) }
      whole.append(bytes)
      finals[item.name] = Final(blob: item.id, bytes: bytes, lineEnds: ends)
    }
    self.finals = finals
    self.whole = whole
    self.wholeLineEnds = wholeLineEnds
    finalsByBlob = Dictionary(finals.values.map { ($0.blob, $0.bytes) }, uniquingKeysWith: { first, _ in first })
  }

  /// How the transcript in `tree` differs from the one in the tree seen before it.
  mutating func change(in tree: Tree) throws -> TranscriptChange {
    let current = tree.entries.filter { $0.isBlob && WorkspaceFile.isSegmentName($0.name) }
    var same = 0
    while same < min(previous.count, current.count), previous[same].name == current[same].name,
      previous[same].blob == current[same].id
    {
      same += 1
    }
    if same == previous.count, same == current.count { return .appended([]) }
    if checksWholeTranscript, let change = try placedChange(current, from: same) { return change }
    // The honest case: only the last segment changed (or a new one began) and it holds one more line.
    if same == current.count - 1, same >= previous.count - 1, let final = finals[current[same].name] {
      let extending = same < previous.count && previous[same].name == current[same].name
      let base = extending ? previous[same].verifiedLines : (same == previous.count ? 0 : nil)
      if let base, base < final.lineEnds.count {
        let start = base == 0 ? 0 : final.lineEnds[base - 1]
        let end = final.lineEnds[base]
        if try Self.blobID(of: final.bytes, count: end) == current[same].id {
          let state = State(name: current[same].name, blob: current[same].id, verifiedLines: base + 1)
          previous = Array(previous.prefix(same)) + [state]
          return .appended([decode(final.bytes[start..<(end - 1)])])
        }
      }
    }
    placement = nil
    return try compareInFull(current, from: same)
  }

  /// The honest cases, checked against the concatenated final transcript: the commit holds the
  /// previous transcript and the next line (or nothing more, as the first commit), with the line
  /// appended to the last segment, beginning a new one, or following a fold (the last segment's
  /// lines moved to the end of the one before it). Each changed segment's blob id is compared with
  /// the id of the bytes it should hold; nil when none of these fits, and the slower checks decide.
  private mutating func placedChange(_ current: [(name: String, id: ObjectID, isBlob: Bool)], from same: Int) throws
    -> TranscriptChange?
  {
    guard let placement else { return nil }
    let end = placement.end
    let next = wholeLineEnds.first { $0 > end }
    for newEnd in [next, end].compactMap({ $0 }) {
      var layouts: [[Int]] = []
      if current.count == previous.count, same == current.count - 1 {
        layouts.append(Array(placement.starts.prefix(same + 1)))  // appended to the last segment
      }
      if current.count == previous.count + 1, same == previous.count {
        layouts.append(placement.starts + [end])  // began a new segment
      }
      if current.count == previous.count, same == current.count - 2 {
        layouts.append(Array(placement.starts.prefix(same + 1)) + [end])  // folded, then appended
      }
      for starts in layouts {
        let matches = try (same..<current.count).allSatisfy { index in
          let stop = index + 1 < starts.count ? starts[index + 1] : newEnd
          return try starts[index] <= stop && Self.blobID(of: whole, range: starts[index]..<stop) == current[index].id
        }
        guard matches else { continue }
        previous =
          Array(previous.prefix(same))
          + current[same...].map { State(name: $0.name, blob: $0.id, verifiedLines: nil) }
        self.placement = Placement(starts: starts, end: newEnd)
        return .appended(newEnd == end ? [] : [decode(whole[end..<(newEnd - 1)])])
      }
    }
    return nil
  }

  /// The slow path, for commits that are not one more line in the last segment of the final
  /// layout (a tail whose lines a fold moved later, or a rewritten history): read both versions of
  /// the segments from the first that changed on, and compare.
  private mutating func compareInFull(_ current: [(name: String, id: ObjectID, isBlob: Bool)], from same: Int) throws
    -> TranscriptChange
  {
    let old = try previous[same...].map { Segment(name: $0.name, blob: $0.blob, bytes: try bytes(of: $0.blob)) }
    let new = try current[same...].map { Segment(name: $0.name, blob: $0.id, bytes: try bytes(of: $0.id)) }
    previous =
      Array(previous.prefix(same)) + new.map { State(name: $0.name, blob: $0.blob, verifiedLines: verifiedLines($0)) }
    // Only the versions just read can be needed again, by the next commit.
    readCache = Dictionary(new.map { ($0.blob, $0.bytes) }, uniquingKeysWith: { first, _ in first })
    return TranscriptDiff.change(from: old, to: new, decoder: decoder)
  }

  /// The number of lines when `segment` is a whole-line prefix of the final segment of its name.
  private func verifiedLines(_ segment: Segment) -> Int? {
    guard let final = finals[segment.name] else { return nil }
    let count = segment.bytes.count
    guard count == 0 || final.lineEnds.contains(count), TranscriptDiff.hasPrefix(final.bytes, segment.bytes) else {
      return nil
    }
    return count == 0 ? 0 : final.lineEnds.firstIndex(of: count)! + 1
  }

  private mutating func bytes(of blob: ObjectID) throws -> Data {
    if let final = finalsByBlob[blob] { return final }
    if let cached = readCache[blob] { return cached }
    let data = try repository.blobContent(blob)
    readCache[blob] = data
    return data
  }

  private func decode(_ line: Data) -> AuditedLine {
    do {
      return .entry(try TranscriptEntry.decode(line: line, decoder: decoder))
    } catch {
      return .unreadable(problem: error.problem)
    }
  }

  /// The id git gives a blob holding the bytes of `data` in `range` (offsets from its start).
  ///
  /// Plain SHA-1 (sha1.h), not libgit2's collision-detecting one: this runs once per commit over a
  /// growing segment, and what it proves needs no collision resistance (sha1.h says why).
  static func blobID(of data: Data, range: Range<Int>) throws -> ObjectID {
    var oid = git_oid()
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      withUnsafeMutableBytes(of: &oid.id) { digest in
        let out = digest.baseAddress!.assumingMemoryBound(to: UInt8.self)
        if range.isEmpty {
          var empty: UInt8 = 0
          labrun_sha1_blob_id(&empty, 0, out)
        } else {
          labrun_sha1_blob_id(raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + range.lowerBound, range.count, out)
        }
      }
    }
    return ObjectID(oid)
  }

  /// The id git gives a blob holding the first `count` bytes of `data`.
  static func blobID(of data: Data, count: Int) throws -> ObjectID {
    try blobID(of: data, range: 0..<count)
  }

}
