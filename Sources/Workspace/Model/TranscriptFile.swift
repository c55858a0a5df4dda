import Foundation
import Transcript

/// Reading the transcript file: every committed line must be a whole, valid entry.
enum TranscriptFile {
  /// Splits `data` into entries; `path` names the file in errors.
  static func entries(in data: Data, path: String) throws -> [TranscriptEntry] {
    let decoder = JSONDecoder()
    var entries: [TranscriptEntry] = []
    var lineNumber = 0
    var start = data.startIndex
    while start < data.endIndex {
      lineNumber += 1
      guard let end = data[start...].firstIndex(of: 0x0A) else {
        throw WorkspaceError.badTranscript(path: path, line: lineNumber, problem: "the last line has no line break")
      }
      do {
        entries.append(try TranscriptEntry.decode(line: data[start..<end], decoder: decoder))
      } catch {
        throw WorkspaceError.badTranscript(path: path, line: lineNumber, problem: error.problem)
      }
      start = data.index(after: end)
    }
    return entries
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
