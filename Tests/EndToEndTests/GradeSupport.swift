import Foundation
import Labs
import Transcript
import Workspace

/// Real workspaces for the grade tests: made by piping commands into `labrun start`, tampered with
/// through the Workspace API or the git CLI, and graded by the built binary.
enum GradeSupport {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
  static let labsFolder = repository + "/labs"
  static let catalog = Catalog(root: labsFolder, files: Files())

  static func lab(_ id: String) throws -> Lab { try catalog.load(id).get() }

  /// The reference solution with its `{{…}}` placeholders filled in, as a learner would type it.
  static func solution(_ id: String) throws -> [String] {
    let lab = try lab(id)
    var attempt = try Attempt(lab: lab)
    return try (catalog.solutions(for: id).solution?.lines ?? []).map { raw in
      let line = try SolutionScript.expand(raw, world: attempt.shell.world).get()
      _ = attempt.run(line)
      return line
    }
  }

  /// Runs `labrun start` with `lines` on standard input; fails the caller when it does not exit 0.
  ///
  /// The attempt is in the lab's default world (`--seed`), which `solution` fills placeholders
  /// from, unless `seed` names another or `ownVariant` lets labrun derive the learner's own.
  static func start(
    _ labID: String, at workspace: String, learner: String, lines: [String], seed: UInt64? = nil,
    ownVariant: Bool = false, environment: [String: String] = [:]
  ) throws {
    var arguments = ["start", labID, "--workspace", workspace, "--learner", learner, "--labs", labsFolder]
    if !ownVariant { arguments += ["--seed", String(try seed ?? lab(labID).defaultSeed)] }
    let result = try LabrunProcess.run(
      arguments, environment: environment, input: lines.joined(separator: "\n") + "\n")
    guard result.status == 0 else { throw Failure("labrun start \(labID) exited \(result.status): \(result.stderr)") }
  }

  /// Runs `labrun grade … --format json` and decodes its report.
  static func gradeJSON(_ paths: [String]) throws -> (status: Int32, report: [String: Any]) {
    let result = try LabrunProcess.run(["grade"] + paths + ["--labs", labsFolder, "--format", "json"])
    guard let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
      throw Failure("no JSON report: \(result.stderr)")
    }
    return (result.status, report)
  }

  static func learners(_ report: [String: Any]) -> [[String: Any]] { report["learners"] as? [[String: Any]] ?? [] }
  static func ungraded(_ report: [String: Any]) -> [[String: Any]] { report["ungraded"] as? [[String: Any]] ?? [] }
  static func findingKinds(_ learner: [String: Any]) -> [String] {
    (learner["findings"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
  }

  /// Opens the workspace, replays it and runs `line` in a session, saving it with whatever the
  /// caller overrides: a tamperer's own copy of labrun.
  static func appendLive(
    _ path: String, line: String, passedSteps: [String]? = nil, progressPage: String? = nil, time: Date = Date(),
    editOutput: ((String) -> String)? = nil
  ) throws {
    let workspace = try Workspace.open(at: path)
    defer { workspace.close() }
    let lab = try lab(workspace.metadata.labID)
    let attempt = try Attempt.replay(lab: lab, seed: workspace.metadata.seed, entries: workspace.entries).0
    let store = TamperingStore(
      workspace: workspace, passedSteps: passedSteps, progressPage: progressPage, editOutput: editOutput)
    var session = Session(
      attempt: attempt, learner: workspace.metadata.learner, store: store, terminal: .pipe,
      clock: { WallTime(millisecondsSince1970: Int64(time.timeIntervalSince1970 * 1000)) })
    let shown = session.handle(line)
    if session.unsaved > 0 { throw Failure("not saved: \(shown.map(\.text).joined())") }
  }

  /// Saves to a workspace what a tampered labrun would: the honest entry, edited on the way.
  final class TamperingStore: TranscriptStore {
    let workspace: Workspace
    let passedSteps: [String]?
    let progressPage: String?
    let editOutput: ((String) -> String)?

    init(workspace: Workspace, passedSteps: [String]?, progressPage: String?, editOutput: ((String) -> String)?) {
      self.workspace = workspace
      self.passedSteps = passedSteps
      self.progressPage = progressPage
      self.editOutput = editOutput
    }

    func save(_ entry: TranscriptEntry, passedSteps: [String], progressPage: String?, wallTime: WallTime) throws
      -> String?
    {
      var entry = entry
      if case .command(var record) = entry, let editOutput {
        record.output = editOutput(record.output)
        entry = .command(record)
      }
      return try workspace.save(
        entry, passedSteps: self.passedSteps ?? passedSteps, progressPage: self.progressPage ?? progressPage,
        wallTime: wallTime)
    }
  }

  /// Runs the git CLI (tests only) with a fixed identity.
  @discardableResult
  static func git(_ arguments: [String], in directory: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = ["-c", "user.name=Tamperer", "-c", "user.email=t@example.com", "-C", directory] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw Failure("git \(arguments.joined(separator: " ")) failed") }
    return String(decoding: data, as: UTF8.self)
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
  }

  struct Files: LabFiles {
    func entries(in path: String) -> [String]? { try? FileManager.default.contentsOfDirectory(atPath: path) }
    func text(at path: String) -> String? {
      FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
  }
}
