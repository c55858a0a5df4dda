import Cloud
import CourseWorldSupport
import Testing

@testable import Shell

/// dig, host and nslookup against a resolver that never answers, under an EC2 instance's
/// `options timeout:2 attempts:5`, compared with bind9-dnsutils 9.18.49 under the same file
/// (captures/resolver-options, scripts/capture/resolver-options.sh): the lines they print, how
/// long they wait, and how they exit. dig and nslookup make `attempts` tries; host makes its own
/// two (`-R` + 1) but waits the file's `timeout`, unless `-W` says otherwise.
@Suite struct ResolverOptionsFidelityTests {
  struct Case: Sendable, CustomStringConvertible {
    let name: String
    let command: String
    let deciseconds: Int64
    let status: Int32
    var description: String { "\(name): \(command)" }
  }

  /// The captures made under the instance's file, and the one whose `-W` makes the file's timeout moot.
  static let cases: [Case] = CaptureFiles.text("resolver-options/results.tsv").split(separator: "\n").dropFirst()
    .map { $0.split(separator: "\t").map(String.init) }
    .filter { $0[0].hasSuffix("-ec2") || $0[0] == "host-four-W3" }
    .map { Case(name: $0[0], command: $0[1], deciseconds: Int64($0[3])!, status: Int32($0[4])!) }

  /// labrun's run of a case and the capture's, as (output, status, tenths of a second waited).
  static func pair(_ capture: Case) throws -> (simulated: (String, Int32, Int64), real: (String, Int32, Int64)) {
    // V1 in a VPC whose DNS support is off: nothing answers at 10.0.0.2, as nothing did on loopback.
    var state = ShellState(world: try WorldDescription.course().build(seed: 1), hostName: "V1")
    state.world.vpcs[0].dnsSupport = false
    let run = Golden.run(capture.command, &state)
    let real = CaptureFiles.text("resolver-options/\(capture.name).out").replacingOccurrences(
      of: "127.0.0.1#53", with: "10.0.0.2#53")
    return ((run.stdout + run.stderr, run.status, run.elapsed / 100), (real, capture.status, capture.deciseconds))
  }

  static func identical(_ capture: Case) throws -> Bool {
    let (simulated, real) = try pair(capture)
    return simulated == real
  }

  @Test(arguments: cases)
  func waitsAndPrintsAsTheRealToolDoes(_ capture: Case) throws {
    let (simulated, real) = try Self.pair(capture)
    #expect(simulated.0 == real.0)
    #expect(simulated.1 == real.1)
    #expect(simulated.2 == real.2)
  }

  @Test func theListHasEveryTool() {
    #expect(Set(Self.cases.map { $0.command.split(separator: " ")[0] }) == ["dig", "host", "nslookup"])
  }
}
