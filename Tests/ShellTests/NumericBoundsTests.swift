import Cloud
import CourseWorldSupport
import Testing

@testable import Shell

/// Counts typed into the tools saturate at the documented limits: no overflow trap, no endless output.
@Suite struct NumericBoundsTests {
  static func run(_ line: String, on host: String = "V3") throws -> LineResult {
    var state = ShellState(world: try WorldDescription.course().build(seed: 1), hostName: host)
    return LabShell.run(line, state: &state)
  }

  static let huge = "9223372036854775807"

  /// To a server that never answers (no resolver at 10.0.0.77), every try times out: one line each.
  @Test(arguments: [
    "dig @10.0.0.77 +tries=\(huge) s3.ap-northeast-2.amazonaws.com",
    "dig @10.0.0.77 +retry=\(huge) s3.ap-northeast-2.amazonaws.com",
    "nslookup -retry=\(huge) s3.ap-northeast-2.amazonaws.com 10.0.0.77",
    "host -R \(huge) s3.ap-northeast-2.amazonaws.com 10.0.0.77",
  ])
  func dnsTriesSaturate(_ line: String) throws {
    let result = try Self.run(line)
    let timeouts = result.combined.components(separatedBy: "timed out").count - 1
    #expect(timeouts >= 1)
    #expect(timeouts <= ShellLimits.maximumDNSTries)
  }

  @Test func aHugeTryCountCostsBoundedSimulatedTime() throws {
    var state = ShellState(world: try WorldDescription.course().build(seed: 1), hostName: "V3")
    let before = state.world.now
    _ = LabShell.run("dig @10.0.0.77 +tries=\(Self.huge) s3.ap-northeast-2.amazonaws.com", state: &state)
    #expect(state.world.now - before <= Int64(ShellLimits.maximumDNSTries) * 5_000 + 1_000)
  }

  @Test func pingStopsAtItsLimitAndSaysSo() throws {
    let result = try Self.run("ping -c \(Self.huge) 10.0.11.20")
    #expect(result.stdout.contains("\(ShellLimits.maximumPingProbes) packets transmitted"))
    #expect(
      result.stderr == "labrun: this simulation's ping stops after 1000 probes (-c \(Self.huge) asked for more)\n")
    let silent = try Self.run("ping -c \(Self.huge) 192.168.99.99")
    #expect(
      silent.stdout.contains("\(ShellLimits.maximumPingProbes) packets transmitted, 0 received, 100% packet loss"))
  }

  @Test func aSmallCountIsUntouched() throws {
    let result = try Self.run("ping -c 2 10.0.11.20")
    #expect(result.stdout.contains("2 packets transmitted, 2 received"))
    #expect(result.stderr == "")
  }
}
