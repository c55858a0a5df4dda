import Shell
import Testing

@testable import Labs

/// An attempt's bounds are the same live and on replay: output cut at the cap with one note, and an
/// over-long line stored cut yet refused the same way (issue 18).
@Suite struct AttemptBoundsTests {
  @Test func outputPastTheCapIsCutTheSameLiveAndOnReplay() throws {
    let lab = try LabFixtures.probe()
    let chunk = String(repeating: "x", count: 60_000)
    let lines = ["A=\(chunk)", "echo " + String(repeating: "$A", count: 20)]
    var live = try Attempt(lab: lab)
    let shown = lines.map { live.run($0) }
    var replayed = try Attempt(lab: lab)
    let again = lines.map { replayed.run(Attempt.recordedInput($0)) }
    #expect(shown == again)
    let output = try #require(shown.last?.output)
    let stdout = output.filter { $0.stream == .stdout }.map(\.text).joined()
    #expect(stdout == String(repeating: "x", count: ShellLimits.maximumOutputBytes))
    #expect(output.last == OutputChunk(.stderr, ShellLimits.outputCutNote))
    #expect(output.filter { $0.text == ShellLimits.outputCutNote }.count == 1)
  }

  @Test func anOverLongLineIsStoredCutAndRefusedTheSame() throws {
    let lab = try LabFixtures.probe()
    let line = "echo " + String(repeating: "한", count: 4_000_000)
    let stored = Attempt.recordedInput(line)
    #expect(stored.utf8.count > ShellLimits.maximumLineBytes)
    #expect(stored.utf8.count <= ShellLimits.maximumLineBytes + 4)
    #expect(line.hasPrefix(stored))
    var live = try Attempt(lab: lab)
    var replayed = try Attempt(lab: lab)
    let shown = live.run(line)
    #expect(shown.text == "-bash: line too long (over 64 KiB); nothing was run\n")
    #expect(replayed.run(stored) == shown)
  }

  @Test(arguments: ["", "ls", String(repeating: "y", count: ShellLimits.maximumLineBytes)])
  func aLineWithinTheLimitIsStoredAsTyped(_ line: String) {
    #expect(Attempt.recordedInput(line) == line)
  }
}
