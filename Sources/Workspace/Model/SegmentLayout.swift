/// Where the next transcript line goes, so that a save costs the same at command 10 and at 10,000.
///
/// Every save writes each segment it changes as a new blob, which git hashes and compresses whole.
/// A save therefore only appends to the last segment, the *tail*, which stays small; once the tail
/// is full its lines are moved, in one save, to the end of the segment before it (a *fold*), until
/// that one is full too and stays as it is for good. Between folds a save hashes a few kilobytes
/// however long the transcript is, the files stay few (one per 64 KiB) and every segment is still a
/// whole number of lines read back in order. Workspaces of format 1, written before folds with one
/// growing last segment, keep that layout (`growingLastSegment`), so the labrun that made them
/// still grades them; format 2 has folds, and a labrun that knows only format 1 refuses it.
struct SegmentLayout: Equatable {
  /// The tail takes lines while it holds at most this many bytes (or is empty).
  var tailLimit: Int
  /// A fold moves the tail's lines into the segment before it while that stays within this size.
  var segmentLimit: Int

  /// What this labrun writes.
  static let current = SegmentLayout(tailLimit: 4 * 1024, segmentLimit: WorkspaceFile.segmentLimit)
  /// What labrun wrote before folds: the last segment grew to 64 KiB, then a new one began. Tests
  /// write workspaces in it to prove that those still open, grow and grade.
  static let growingLastSegment = SegmentLayout(
    tailLimit: WorkspaceFile.segmentLimit, segmentLimit: WorkspaceFile.segmentLimit)

  enum Step: Equatable {
    /// Append the line to the tail.
    case append
    /// Move the tail's lines to the end of the segment before it; the line becomes the new tail.
    case fold
    /// The line begins a new tail; the old tail becomes the segment that folds take.
    case start
  }

  /// What a save of a `line`-byte line does to a transcript whose tail holds `tail` bytes and whose
  /// segment before the tail holds `beforeTail` bytes (nil when the tail is the only segment).
  func step(tail: Int, beforeTail: Int?, line: Int) -> Step {
    if tail == 0 || tail + line <= tailLimit { return .append }
    if let beforeTail, beforeTail + tail <= segmentLimit { return .fold }
    return .start
  }
}
