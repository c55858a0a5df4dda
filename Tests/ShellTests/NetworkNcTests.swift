import Cloud
import Testing

@testable import Shell

/// `nc` against nmap-ncat 7.93's own output (Resources/captures/nmap-ncat, captured on loopback:
/// 127.0.0.1:2222 open and silent, :2225 an sshd-like greeter, :2223 refused, :2224 dropped).
@Suite struct NetworkNcTests {
  static let s3 = "s3.ap-northeast-2.amazonaws.com"

  /// Where a line runs: a host of the course world, V2 with or without the article's gateway endpoint.
  enum Place: String, CustomStringConvertible {
    case v1 = "V1"
    case v2 = "V2"
    case v2WithEndpoint = "V2+vpce"
    case v3 = "V3"

    var description: String { rawValue }

    func state() throws -> ShellState {
      switch self {
      case .v2WithEndpoint:
        var state = try Golden.state("V2")
        _ = try Golden.createGatewayEndpoint(&state)
        return state
      default: return try Golden.state(rawValue)
      }
    }
  }

  struct Case: CustomTestStringConvertible, Sendable {
    let place: Place
    let line: String
    /// The capture it must equal, once the loopback address and port are the world's.
    let capture: String
    /// The captured `address:port` to swap for the connection's, when the capture shows one.
    let capturedTarget: String
    let port: Int
    let connected: Bool
    /// Simulated milliseconds, when the line's cost is fixed (timeouts).
    let elapsed: Int64?

    var testDescription: String { "\(place): \(line)" }
  }

  /// ncat prints its wall-clock seconds; the simulation its own. Both become S after a shape check.
  static func maskSeconds(_ run: RealRun) -> RealRun {
    var copy = run
    var lines = copy.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for index in lines.indices where lines[index].hasSuffix(" seconds.") {
      let words = lines[index].split(separator: " ")
      let seconds = words[words.count - 2]
      #expect(seconds.split(separator: ".").last?.count == 2, "two decimals as ncat prints them: \(seconds)")
      lines[index] = words.dropLast(2).joined(separator: " ") + " S seconds."
    }
    copy.stderr = lines.joined(separator: "\n")
    return copy
  }

  static let cases: [Case] = [
    Case(
      place: .v1, line: "nc -zv \(s3) 443", capture: "zv-open", capturedTarget: "127.0.0.1:2222",
      port: 443, connected: true, elapsed: nil),
    Case(
      place: .v2WithEndpoint, line: "nc -zv \(s3) 443", capture: "zv-open", capturedTarget: "127.0.0.1:2222",
      port: 443, connected: true, elapsed: nil),
    // No route: the SYNs vanish and the kernel gives up after its 127 s (plus the 1 ms lookup).
    Case(
      place: .v3, line: "nc -zv \(s3) 443", capture: "zv-timeout", capturedTarget: "", port: 0,
      connected: false, elapsed: 127_001),
    Case(
      place: .v2, line: "nc -zv \(s3) 443", capture: "zv-timeout", capturedTarget: "", port: 0,
      connected: false, elapsed: 127_001),
    Case(
      place: .v3, line: "nc -zv -w 2 \(s3) 443", capture: "zv-w2-timeout", capturedTarget: "", port: 0,
      connected: false, elapsed: 2_001),
    Case(
      place: .v1, line: "nc -z \(s3) 443", capture: "z-open", capturedTarget: "", port: 0,
      connected: true, elapsed: nil),
    Case(
      place: .v3, line: "nc -z \(s3) 443", capture: "z-timeout", capturedTarget: "", port: 0,
      connected: false, elapsed: 127_001),
    Case(
      place: .v3, line: "nc -z -w 1 \(s3) 443", capture: "z-w1-timeout", capturedTarget: "", port: 0,
      connected: false, elapsed: 1_001),
    // Instances share the default security group, which admits its members; only sshd listens.
    Case(
      place: .v1, line: "nc -zv 10.0.11.20 80", capture: "zv-refused", capturedTarget: "", port: 0,
      connected: false, elapsed: nil),
    Case(
      place: .v1, line: "nc -z 10.0.11.20 80", capture: "z-refused", capturedTarget: "", port: 0,
      connected: false, elapsed: nil),
    Case(
      place: .v1, line: "nc -v 10.0.11.20 22", capture: "v-sshd", capturedTarget: "127.0.0.1:2225",
      port: 22, connected: true, elapsed: nil),
    Case(
      place: .v3, line: "nc -zvw2 10.0.11.20 22", capture: "zvw-cluster-open", capturedTarget: "127.0.0.1:2222",
      port: 22, connected: true, elapsed: nil),
    Case(
      place: .v2, line: "nc -zv -w 500ms localhost 22", capture: "w-500ms-open", capturedTarget: "127.0.0.1:2222",
      port: 22, connected: true, elapsed: nil),
  ]

  @Test(arguments: cases)
  func connectsAsTheRouteDecides(_ test: Case) throws {
    var state = try test.place.state()
    let run = Golden.run(test.line, &state)
    let address = run.connections.first?.destination.description ?? ""
    var expected = RealRun("nmap-ncat", test.capture)
    if !test.capturedTarget.isEmpty { expected = expected.replacing((test.capturedTarget, "\(address):\(test.port)")) }
    #expect(Self.maskSeconds(run.real) == Self.maskSeconds(expected))
    #expect(run.connections.count == 1)
    #expect(run.connections.first?.connected == test.connected)
    if let elapsed = test.elapsed { #expect(run.elapsed == elapsed) }
  }

  /// Command lines ncat refuses, each with ncat's words and status, and nothing sent.
  @Test(arguments: [
    ("nc", "no-args", [(String, String)]()),
    ("nc -zv 10.0.11.20 65536", "port-65536", []),
    ("nc -zv 10.0.11.20 https", "port-letters", []),
    ("nc -zv 10.0.11.20 abc", "port-abc", []),
    ("nc -Q 10.0.11.20 443", "bad-option", []),
    ("nc -zv -w abc 10.0.11.20 22", "w-letters", []),
    ("nc -zv -w 0 10.0.11.20 22", "w-0", []),
    ("nc -zv 10.0.11.20 22 -w", "w-missing", []),
    ("nc -zv -w 100 10.0.11.20 22", "w-100", []),
    ("nc -zv -w 2147483 10.0.11.20 22", "w-too-long", []),
    // The bound: ncat refuses a wait of 2147483 s however it is written.
    ("nc -zv -w 2147483s 10.0.11.20 22", "w-0", [("\"0\"", "\"2147483s\"")]),
    ("nc -zv 10.0.11.20 22 23", "two-ports", [("2222 2223", "22 23")]),
    ("nc --version", "version", []),
  ])
  func refusals(line: String, capture: String, replacements: [(String, String)]) throws {
    var state = try Golden.state("V1")
    let run = Golden.run(line, &state)
    var expected = RealRun("nmap-ncat", capture)
    for pair in replacements { expected = expected.replacing(pair) }
    #expect(run.real == expected)
    #expect(run.connections.isEmpty)
    #expect(run.elapsed == 0)
  }

  @Test func anUnknownNameIsLookedUpAndRefused() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("nc -zv nosuch.example.invalid 443", &state)
    #expect(run.real == RealRun("nmap-ncat", "unknown-host"))
    #expect(run.lookups.count == 1)
    #expect(run.connections.isEmpty)
  }

  /// Port 0 is ncat's to try (observed: refused on loopback); the simulated host refuses it too.
  @Test func portZeroIsTriedAndRefused() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("nc -zv 10.0.11.20 0", &state)
    #expect(run.real == RealRun("nmap-ncat", "port-0"))
  }

  /// No port: ncat's 31337, where nothing listens (observed on loopback).
  @Test func noPortMeans31337() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("nc -zv 10.0.11.20", &state)
    #expect(run.real == RealRun("nmap-ncat", "zv-no-port"))
    #expect(run.connections.first?.port == 31337)
  }

  /// `why` tells each ending apart: no route, nothing on the port, a service port that is not HTTPS.
  @Test(arguments: [
    ("V3", "nc -zv \(s3) 443", "has no route that matches"),
    ("V1", "nc -zv 10.0.11.20 80", "The connection was refused: nothing listens on TCP port 80 of 10.0.11.20"),
    (
      "V1", "nc -zv -w 1 \(s3) 22",
      "its endpoint accepts only TCP 443 (HTTPS) and 80 (HTTP); nothing answers on port 22"
    ),
    ("V1", "nc -zv \(s3) 443", "It reached s3 in ap-northeast-2 over the internet"),
  ])
  func whyExplains(host: String, line: String, sentence: String) throws {
    var state = try Golden.state(host)
    Golden.run(line, &state)
    let why = Golden.run("why", &state).stdout
    let flat = why.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flat.contains(sentence), "\(why)")
  }

  /// A name with two addresses (an interface endpoint's private DNS, one per zone): ncat tries the
  /// second when the first fails, and says so (captured with a two-address name on loopback).
  @Test(arguments: [
    ("nc -zv ec2.ap-northeast-2.amazonaws.com 443", "two-timeout", Int64(254_001)),
    ("nc -zv -w 1 ec2.ap-northeast-2.amazonaws.com 443", "two-w1-timeout", 2_001),
  ])
  func triesEachAddress(line: String, capture: String, elapsed: Int64) throws {
    var state = try Golden.state("V3")
    try Golden.createEC2InterfaceEndpoint(&state)
    let run = Golden.run(line, &state)
    let addresses = try #require(run.lookups.first?.addresses)
    #expect(addresses.count == 2 && addresses.allSatisfy(\.isPrivate))
    #expect(run.real == RealRun("nmap-ncat", capture).replacing(("127.0.0.2", addresses[0].description)))
    #expect(run.connections.map(\.destination) == addresses)
    #expect(run.elapsed == elapsed)
  }

  @Test func numericOnlyAsksNoDNS() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("nc -zvn \(Self.s3) 443", &state)
    #expect(
      run.stderr
        == "Ncat: Version 7.93 ( https://nmap.org/ncat )\nNcat: Could not resolve hostname \"\(Self.s3)\": Name or service not known. QUITTING.\n"
    )
    #expect(run.status == 2)
    #expect(run.lookups.isEmpty)
  }

  @Test func unsimulatedModesSaySo() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("nc -l 8080", &state)
    #expect(run.stderr.hasPrefix("labrun: nc -l is not part of this simulation;"))
    #expect(run.status == 2)
  }
}
