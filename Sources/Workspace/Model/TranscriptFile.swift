import Foundation
import Transcript

/// Reading the transcript file: every committed line must be a whole, valid entry.
enum TranscriptFile {
  /// Splits `data` into entries; `path` names the file in errors.
  static func entries(in data: Data, path: String) throws -> [TranscriptEntry] {
    let decoder = JSONDecoder()
    let ends = lineEnds(in: data)
    var entries: [TranscriptEntry] = []
    entries.reserveCapacity(ends.count)
    var start = 0
    for (number, end) in ends.enumerated() {
      do {
        entries.append(
          try TranscriptEntry.decode(line: data[(data.startIndex + start)..<(data.startIndex + end)], decoder: decoder))
      } catch {
        throw WorkspaceError.badTranscript(path: path, line: number + 1, problem: error.problem)
      }
      start = end + 1
    }
    if start < data.count {
      throw WorkspaceError.badTranscript(
        path: path, line: ends.count + 1, problem: "the last line has no line break")
    }
    return entries
  }

  /// The offset of every line break in `data`, found with `memchr`: stepping through `Data` byte
  /// by byte cost more than decoding the lines.
  static func lineEnds(in data: Data) -> [Int] {
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [Int] in
      guard let base = raw.baseAddress else { return [] }
      var ends: [Int] = []
      var offset = 0
      while offset < raw.count, let found = memchr(base + offset, 0x0A, raw.count - offset) {
        let end = base.distance(to: UnsafeRawPointer(found))
        ends.append(end)
        offset = end + 1
      }
      return ends
    }
  }

  /// How the work tree's copy of the transcript relates to the committed one.
  enum Comparison: Equatable {
    /// Byte for byte the same.
    case same
    /// A strict prefix of the committed one: the crash came after the commit, before the copy.
    case behind
    /// The committed bytes followed by `extra`, which was never committed.
    case ahead(extra: Data)
    /// Anything else: edited or truncated inside committed lines.
    case different
  }

  static func compare(workTree: Data, committed: Data) -> Comparison {
    if workTree == committed { return .same }
    if workTree.count < committed.count, committed.starts(with: workTree) { return .behind }
    if workTree.count > committed.count, workTree.starts(with: committed) {
      return .ahead(extra: workTree.suffix(from: workTree.startIndex + committed.count))
    }
    return .different
  }
}
