import Foundation
import Testing

/// Issue 18: two `labrun start` on the same new workspace at once. One gets the workspace; the other is
/// told it is in use (exit 1), whether it lost the race to create it or came after, never that the
/// folder "already exists and is not empty" (exit 65), which would blame the learner's data.
@Suite struct StartRaceTests {
  /// A `labrun start` whose standard input stays open until `finish()`, so it keeps the workspace.
  final class Running {
    let process = Process()
    let stdin = Pipe()
    let stderr = Pipe()

    init(_ arguments: [String]) throws {
      process.executableURL = LabrunProcess.executable
      process.arguments = arguments
      var environment = ProcessInfo.processInfo.environment
      environment["NO_COLOR"] = "1"
      process.environment = environment
      process.standardInput = stdin
      process.standardOutput = FileHandle.nullDevice
      process.standardError = stderr
      try process.run()
    }

    /// Ends its input and waits; returns the exit status and what it said on standard error.
    func finish() throws -> (status: Int32, stderr: String) {
      try stdin.fileHandleForWriting.close()
      let text = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      return (process.terminationStatus, text)
    }
  }

  @Test(arguments: 0..<4) func theLoserOfTwoStartsIsToldTheWorkspaceIsInUse(_ round: Int) throws {
    let course = try TempCourse("start-race-\(round)")
    defer { course.remove() }
    try course.addProbe()
    let arguments = [
      "start", "probe", "--labs", course.labs.path, "--workspace", course.path("ws"), "--learner", ProbeLab.learner,
    ]
    let both = [try Running(arguments), try Running(arguments)]
    // The loser ends by itself; the winner waits for its input to end.
    let deadline = Date().addingTimeInterval(60)
    while both.allSatisfy(\.process.isRunning), Date() < deadline { usleep(10_000) }
    guard let loser = both.first(where: { !$0.process.isRunning }), let winner = both.first(where: { $0 !== loser })
    else {
      for running in both { _ = try running.finish() }
      Issue.record("neither start ended within a minute")
      return
    }
    let lost = try loser.finish()
    let won = try winner.finish()
    #expect(won.status == 0, "\(won.stderr)")
    #expect(lost.status == 1)
    #expect(lost.stderr.hasPrefix("labrun: error: \(course.path("ws")) is in use by process "), "\(lost.stderr)")
    #expect(lost.stderr.hasSuffix(". Finish that session first, or stop that process.\n"), "\(lost.stderr)")
  }
}
