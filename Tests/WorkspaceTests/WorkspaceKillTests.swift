import Foundation
import Testing

@testable import Workspace

/// `kill -9` at random moments of a scripted session: the workspace always opens, `git fsck` is clean,
/// and every entry whose save the helper acknowledged is in the transcript, in order.
@Suite struct WorkspaceKillTests {
  static let kills = 50

  @Test func survivesSIGKILLAtRandomMoments() throws {
    let helper = try tortureHelper()
    let folder = TemporaryFolder()
    let path = folder.child("ws")
    let seed = UInt64.random(in: 0...UInt64.max)
    var random = SplitMix64(state: seed)
    var acknowledged = 0
    var killedWithWorkInFlight = 0

    for round in 0..<Self.kills {
      let process = try Child.spawn(helper.path, ["append", path, "1000000"])
      defer { process.removeFiles() }
      if round % 2 == 0 {
        // Anywhere from start-up on: creation, opening and repairing the workspace, or a save.
        usleep(UInt32.random(in: 0..<150_000, using: &random))
      } else {
        // Once saving is under way, so that every other round lands among saves however slow the disk.
        var waited = 0
        while !process.output.contains("ack "), waited < 10_000 {
          usleep(1_000)
          waited += 1
        }
        usleep(UInt32.random(in: 0..<40_000, using: &random))
      }
      kill(process.pid, SIGKILL)
      process.wait()
      let acks = process.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().compactMap {
        $0.hasPrefix("ack ") ? Int($0.dropFirst(4)) : nil
      }
      acknowledged += acks.count

      guard FileManager.default.fileExists(atPath: path) else {
        // Killed before the workspace was renamed into place: nothing may have been acknowledged.
        #expect(acks.isEmpty, "seed \(seed) round \(round): acknowledged entries but no workspace")
        continue
      }
      let workspace = try Workspace.open(at: path, labID: "torture")
      let inputs = workspace.entries.map { entry -> String in
        if case .command(let record) = entry { return record.input }
        return "?"
      }
      #expect(inputs == (0..<inputs.count).map { "echo \($0)" }, "seed \(seed) round \(round): transcript out of order")
      if let last = acks.last {
        #expect(inputs.count > last, "seed \(seed) round \(round): entry \(last) was acknowledged but is missing")
        if inputs.count > last + 1 { killedWithWorkInFlight += 1 }
      }
      workspace.close()
      try expectCleanRepository(path)
    }
    // The test must have actually exercised saves, not only process start-up.
    #expect(
      acknowledged >= Self.kills / 2,
      "seed \(seed): only \(acknowledged) saves acknowledged (\(killedWithWorkInFlight) kills after a commit, before its acknowledgement)"
    )
  }
}
