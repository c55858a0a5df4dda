import Foundation
import Transcript

@testable import Labs

/// The course's labs and solutions from the repository, and attempts recorded the way `labrun start` records them.
enum GradingFixture {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
  static let catalog = Catalog(root: repository + "/labs", files: DiskFiles())
  static let labIDs = catalog.ids

  static func lab(_ id: String) throws -> Lab { try catalog.load(id).get() }

  /// The reference solution's lines with placeholders still in them.
  static func solution(_ id: String) -> [String] { catalog.solutions(for: id).solution?.lines ?? [] }

  static let start: Int64 = 1_790_000_000

  /// Runs `script` in a session (expanding placeholders as it goes) and records it as an honest
  /// workspace would: one commit per line, ten seconds apart, with the trailers and progress pages
  /// the session hands its store.
  static func record(
    _ lab: Lab, script: [String], learner: (String, String) = ("Ada Lovelace", "ada@example.org"),
    path: String = "/class/ada", resetAfter: Int? = nil
  ) throws -> AttemptRecord {
    let who = AttemptMetadata.Learner(name: learner.0, email: learner.1)
    let metadata = AttemptMetadata(
      labID: lab.id, labDigest: lab.digest, seed: lab.defaultSeed, labrunVersion: "0.1.0", learner: who)
    let store = RecordingStore()
    let clock = SteppingClock(start: (start + 10) * 1000)
    func session(_ attempt: Attempt) -> Session {
      Session(attempt: attempt, learner: who, store: store, terminal: .pipe, clock: clock.read)
    }
    var live = session(try Attempt(lab: lab))
    let first = HistoryCommit(
      id: commitID(0), parents: [], time: start, claimedSteps: [], metadata: metadata,
      progressPage: live.progressPage, change: .appended(count: 0, unreadable: 0))
    for (index, raw) in script.enumerated() {
      _ = live.handle(try SolutionScript.expand(raw, world: live.attempt.shell.world).get())
      if index + 1 == resetAfter {
        let attempt = try Attempt.replay(lab: lab, seed: lab.defaultSeed, entries: store.entries + [.reset(step: nil)])
          .0
        _ = try store.save(
          .reset(step: nil), passedSteps: [], progressPage: ProgressPage.render(attempt, learner: who.identity),
          wallTime: clock.read())
        live = session(attempt)
      }
    }
    var history = [first]
    for save in store.saves {
      let n = history.count
      history.append(
        HistoryCommit(
          id: commitID(n), parents: [commitID(n - 1)], time: save.wallTime.millisecondsSince1970 / 1000,
          claimedSteps: save.passedSteps, metadata: metadata,
          progressPage: save.progressPage ?? history[n - 1].progressPage, change: .appended(count: 1, unreadable: 0)))
    }
    return AttemptRecord(
      path: path, metadata: metadata, headCommit: history.last!.id, lines: store.entries, history: history)
  }

  static func commitID(_ n: Int) -> String {
    let digits = String(n)
    return String(repeating: "0", count: 40 - digits.count) + digits
  }

  static func grade(_ record: AttemptRecord, _ lab: Lab) throws -> LearnerGrade {
    try Grader.grade(record, lab: lab).get()
  }
}

struct DiskFiles: LabFiles {
  func entries(in path: String) -> [String]? { try? FileManager.default.contentsOfDirectory(atPath: path) }
  func text(at path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }
}
