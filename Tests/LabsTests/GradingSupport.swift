import Foundation

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

  /// Runs `script` live (expanding placeholders as it goes) and records it as an honest workspace
  /// would: one commit per line, ten seconds apart, trailers and progress pages as `LabSession` writes them.
  static func record(
    _ lab: Lab, script: [String], learner: (String, String) = ("Ada Lovelace", "ada@example.org"),
    path: String = "/class/ada", resetAfter: Int? = nil
  ) throws -> AttemptRecord {
    let metadata = AttemptMetadata(
      labID: lab.id, labDigest: lab.digest, seed: lab.defaultSeed, learnerName: learner.0, learnerEmail: learner.1)
    var attempt = try Attempt(lab: lab)
    let who = "\(learner.0) <\(learner.1)>"
    var lines: [RecordedLine] = []
    var replayed: [ReplayEntry] = []
    var history = [
      HistoryCommit(
        id: commitID(0), parents: [], time: start, claimedSteps: [], metadata: metadata,
        progressPage: ProgressPage.render(attempt, learner: who), change: .appended(count: 0, unreadable: 0))
    ]
    func commit(_ claimed: [String]) {
      let n = history.count
      history.append(
        HistoryCommit(
          id: commitID(n), parents: [commitID(n - 1)], time: start + Int64(n) * 10, claimedSteps: claimed,
          metadata: metadata, progressPage: ProgressPage.render(attempt, learner: who),
          change: .appended(count: 1, unreadable: 0)))
    }
    for (index, raw) in script.enumerated() {
      let line = try SolutionScript.expand(raw, world: attempt.shell.world).get()
      let host = attempt.hostName
      let output = attempt.run(line)
      lines.append(
        .command(
          RecordedCommand(
            host: host, input: line, simulatedTime: attempt.shell.world.now, exitStatus: output.status,
            output: output.text)))
      replayed.append(.command(line))
      commit(output.passedSteps)
      if index + 1 == resetAfter {
        lines.append(.reset(toStep: nil))
        replayed.append(.reset(toStep: nil))
        attempt = try Attempt.replay(lab: lab, seed: lab.defaultSeed, entries: replayed).0
        commit([])
      }
    }
    return AttemptRecord(
      path: path, metadata: metadata, headCommit: history.last!.id, lines: lines, history: history)
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
