import Foundation
import Transcript

/// Compares a commit's transcript segments with its parent's.
///
/// An honest save only ever adds one line at the end of the transcript: it grows the last segment,
/// starts a new one, or moves the last segment's lines to the end of the one before it and starts
/// the last anew (a fold, `SegmentLayout`). In every case the segments from the first one that
/// changed on, read one after the other, continue what the parent's held there.
enum TranscriptDiff {
  static func change(from old: [Segment], to new: [Segment], decoder: JSONDecoder) -> TranscriptChange {
    var same = 0
    while same < min(old.count, new.count), old[same].name == new[same].name, old[same].blob == new[same].blob {
      same += 1
    }
    if same == old.count {
      return .appended(lines(in: new[same...].map(\.bytes), decoder: decoder))
    }
    guard same < new.count else { return rewritten(old: old, new: new) }
    let before = joined(old[same...])
    let after = joined(new[same...])
    // Each segment before the last must still be whole lines: a reader splits every one on its own
    // (a last line without its line break is reported as an unreadable line, as before).
    if new[same..<(new.count - 1)].allSatisfy({ $0.bytes.isEmpty || $0.bytes.last == 0x0A }), hasPrefix(after, before) {
      return .appended(lines(in: [Data(after.suffix(from: after.startIndex + before.count))], decoder: decoder))
    }
    return rewritten(old: old, new: new)
  }

  private static func joined(_ segments: ArraySlice<Segment>) -> Data {
    if segments.count == 1 { return segments[segments.startIndex].bytes }
    return segments.reduce(into: Data()) { $0.append($1.bytes) }
  }

  /// `data.starts(with: prefix)` through memcmp: the generic version walks Data's iterator byte by
  /// byte and was a quarter of grading's time.
  static func hasPrefix(_ data: Data, _ prefix: Data) -> Bool {
    guard data.count >= prefix.count else { return false }
    return data.withUnsafeBytes { (whole: UnsafeRawBufferPointer) in
      prefix.withUnsafeBytes { (start: UnsafeRawBufferPointer) in
        start.isEmpty || memcmp(whole.baseAddress!, start.baseAddress!, start.count) == 0
      }
    }
  }

  /// Splits appended bytes into lines; a last line without a line break is unreadable.
  private static func lines(in pieces: [Data], decoder: JSONDecoder) -> [AuditedLine] {
    var result: [AuditedLine] = []
    for data in pieces where !data.isEmpty {
      var start = data.startIndex
      while start < data.endIndex {
        guard let end = data[start...].firstIndex(of: 0x0A) else {
          result.append(.unreadable(problem: "the last line has no line break"))
          break
        }
        do {
          result.append(.entry(try TranscriptEntry.decode(line: data[start..<end], decoder: decoder)))
        } catch {
          result.append(.unreadable(problem: error.problem))
        }
        start = data.index(after: end)
      }
    }
    return result
  }

  /// Finds the first line that differs; only reached for a tampered history, so it may copy.
  private static func rewritten(old: [Segment], new: [Segment]) -> TranscriptChange {
    let before = old.reduce(into: Data()) { $0.append($1.bytes) }
    let after = new.reduce(into: Data()) { $0.append($1.bytes) }
    var offset = 0
    let limit = min(before.count, after.count)
    before.withUnsafeBytes { (a: UnsafeRawBufferPointer) in
      after.withUnsafeBytes { (b: UnsafeRawBufferPointer) in
        while offset < limit, a[offset] == b[offset] { offset += 1 }
      }
    }
    let line = before.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    return .rewritten(
      firstChangedLine: line, linesBefore: before.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 },
      linesAfter: after.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 })
  }
}
