import Classroom
import Foundation
import LabFilesOnDisk
import Labs
import Transcript

/// The course's labs, read from this checkout's labs/ folder as the server reads them.
enum CourseSupport {
  static let repository: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
  }()

  static func lab(_ id: String) throws -> Lab {
    try Catalog(root: repository + "/labs", files: DiskLabFiles()).load(id).get()
  }

  /// A driver over a new attempt at `id`, saving into `store`.
  static func driver(_ id: String, store: MemoryStore, width: Int = 80) throws -> TerminalDriver {
    let attempt = try Attempt(lab: try lab(id))
    let session = Session(
      attempt: attempt, learner: .init(name: "Kim Minsu", email: "minsu.kim@example.com"), store: store,
      terminal: TerminalCapabilities(isTerminal: true, width: width, colour: false),
      clock: { WallTime(millisecondsSince1970: 1_796_000_000_000) })
    return TerminalDriver(session: session, width: width)
  }

  /// The reference solution's lines, comments left out.
  static func solution(_ id: String) throws -> [String] {
    let text = try String(contentsOfFile: repository + "/solutions/\(id).sh", encoding: .utf8)
    return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
  }
}

/// Saves kept in memory, in order.
final class MemoryStore: TranscriptStore {
  private(set) var entries: [TranscriptEntry] = []
  var failing = false

  struct Refused: Error {}

  func save(_ entry: TranscriptEntry, passedSteps: [String], progressPage: String?, wallTime: WallTime) throws
    -> String?
  {
    if failing { throw Refused() }
    entries.append(entry)
    return nil
  }
}
