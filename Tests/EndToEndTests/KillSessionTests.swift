import Foundation
import Testing

/// `kill -9` during `labrun start`: the workspace always opens, git finds nothing wrong, and every
/// command whose output was shown is in the transcript (DESIGN §2.7).
@Suite struct KillSessionTests {
  static let lines = [
    "nslookup s3.ap-northeast-2.amazonaws.com", "aws s3 ls s3://jschoi.acl", "hosts",
    "dig +short s3.ap-northeast-2.amazonaws.com",
    "ip route", "cat /etc/resolv.conf", "echo still here", "history",
  ]

  /// Commands recorded in the workspace, by reading its transcript segments.
  private func recordedCommands(_ workspace: URL) throws -> Int {
    let names = try FileManager.default.contentsOfDirectory(atPath: workspace.path).filter {
      $0.hasPrefix("transcript-")
    }
    var count = 0
    for name in names {
      let text = try String(contentsOf: workspace.appendingPathComponent(name), encoding: .utf8)
      count += text.split(separator: "\n").filter { $0.contains("\"input\"") }.count
    }
    return count
  }

  @Test func killedSessionsLoseAtMostTheCommandInFlight() throws {
    let root = try LabrunProcess.temporaryFolder("kill")
    defer { try? FileManager.default.removeItem(at: root) }
    let workspace = root.appendingPathComponent("ws")
    var generator = SystemRandomNumberGenerator()
    var shownTotal = 0
    for round in 0..<20 {
      let process = Process()
      process.executableURL = LabrunProcess.executable
      process.arguments = [
        "start", "public-subnet", "--workspace", workspace.path, "--learner", "Kill Test <kill@example.com>",
      ]
      var environment = ProcessInfo.processInfo.environment
      environment["NO_COLOR"] = "1"
      process.environment = environment
      let input = Pipe()
      let output = Pipe()
      process.standardInput = input
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
      let script = (0..<12).map { Self.lines[($0 + round) % Self.lines.count] }.joined(separator: "\n") + "\n"
      input.fileHandleForWriting.write(Data(script.utf8))
      // A random moment: before start-up finishes, mid-session, or after it has read everything.
      usleep(UInt32.random(in: 0...60_000, using: &generator))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      try? input.fileHandleForWriting.close()
      let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      // In piped mode each command is echoed after its prompt before it runs; every echoed
      // command but the last had its output shown, because the next echo comes after it.
      let echoed = printed.split(separator: "\n").filter { $0.hasPrefix("[ec2-user@") }.count
      shownTotal += max(0, echoed - 1)

      guard FileManager.default.fileExists(atPath: workspace.appendingPathComponent(".git").path) else {
        #expect(echoed == 0, "round \(round): commands ran but no workspace exists")
        continue
      }
      let status = try LabrunProcess.run(["status", "public-subnet", "--json", "--workspace", workspace.path])
      #expect(status.status == 0, "round \(round): the workspace does not open: \(status.stderr)")
      #expect(
        try recordedCommands(workspace) >= shownTotal, "round \(round): a command whose output was shown is missing")
      let fsck = Process()
      fsck.executableURL = URL(fileURLWithPath: "/usr/bin/git")
      fsck.arguments = ["-C", workspace.path, "fsck", "--strict", "--no-progress"]
      fsck.standardOutput = FileHandle.nullDevice
      fsck.standardError = FileHandle.nullDevice
      try fsck.run()
      fsck.waitUntilExit()
      #expect(fsck.terminationStatus == 0, "round \(round): git fsck found problems")
      // What was shown so far is now the floor for the next round.
      shownTotal = try recordedCommands(workspace)
    }
  }
}
