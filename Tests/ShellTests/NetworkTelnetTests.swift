import Cloud
import Testing

@testable import Shell

/// `telnet` against netkit telnet 0.17's own output (Debian's telnet-ssl build;
/// Resources/captures/netkit-telnet, loopback, standard input at its end as in the lab shell).
@Suite struct NetworkTelnetTests {
  static let s3 = "s3.ap-northeast-2.amazonaws.com"

  /// (host, line, capture, the captured target to swap for the world's, connected, simulated ms or nil)
  @Test(
    arguments: [
      ("V1", "telnet 10.0.11.20 22", "sshd", "127.0.0.1", true, nil),
      ("V3", "telnet 10.0.1.10 ssh", "sshd", "127.0.0.1", true, nil),
      ("V1", "telnet 10.0.11.20 80", "refused", "127.0.0.1", false, nil),
      // From the data centre, the instances' default security group admits nothing: silence.
      ("idc", "telnet 10.0.11.20 22", "timeout", "127.0.0.1", false, Int64(127_000)),
    ] as [(String, String, String, String, Bool, Int64?)])
  func byAddress(host: String, line: String, capture: String, captured: String, connected: Bool, elapsed: Int64?)
    throws
  {
    var state = try Golden.state(host)
    let run = Golden.run(line, &state)
    let address = try #require(run.connections.first?.destination.description)
    #expect(run.real == RealRun("netkit-telnet", capture).replacing((captured, address)))
    #expect(run.connections.first?.connected == connected)
    if let elapsed { #expect(run.elapsed == elapsed) }
  }

  /// By name: the address tried is the resolver's answer; V1 reaches S3 on 443, V3 waits out the kernel.
  @Test(arguments: [("V1", "open", true), ("V3", "timeout", false)])
  func s3ByName(host: String, capture: String, connected: Bool) throws {
    var state = try Golden.state(host)
    let run = Golden.run("telnet \(Self.s3) 443", &state)
    let address = try #require(run.lookups.first?.addresses.first).description
    // netkit prints the host as given in "Connected to …".
    let expected = RealRun("netkit-telnet", capture).replacing(
      ("Trying 127.0.0.1", "Trying \(address)"), ("Connected to 127.0.0.1", "Connected to \(Self.s3)"))
    #expect(run.real == expected)
    #expect(run.connections.first?.connected == connected)
    #expect(run.connections.first?.port == 443)
  }

  @Test(arguments: [
    ("telnet", "no-args", [(String, String)]()),
    ("telnet 10.0.11.20 0", "port-0", []),
    ("telnet 10.0.11.20 65536", "port-65536", []),
    ("telnet 10.0.11.20 abc", "port-letters", [("127.0.0.1", "10.0.11.20")]),
    ("telnet -Q 10.0.11.20 443", "bad-option", []),
    ("telnet nosuch.example.invalid 443", "unknown-host", []),
  ])
  func refusals(line: String, capture: String, replacements: [(String, String)]) throws {
    var state = try Golden.state("V1")
    let run = Golden.run(line, &state)
    var expected = RealRun("netkit-telnet", capture)
    for pair in replacements { expected = expected.replacing(pair) }
    #expect(run.real == expected)
    #expect(run.connections.isEmpty)
  }

  /// Two addresses: netkit prints a `Trying` line for each and only the last failure.
  @Test func triesEachAddress() throws {
    var state = try Golden.state("V3")
    try Golden.createEC2InterfaceEndpoint(&state)
    let run = Golden.run("telnet ec2.ap-northeast-2.amazonaws.com 443", &state)
    let addresses = try #require(run.lookups.first?.addresses)
    #expect(addresses.count == 2)
    let expected = RealRun("netkit-telnet", "two-timeout").replacing(
      ("127.0.0.2", addresses[0].description), ("127.0.0.3", addresses[1].description))
    #expect(run.real == expected)
    #expect(run.elapsed == 254_001)
  }

  @Test func whyExplainsTheDrop() throws {
    var state = try Golden.state("idc")
    Golden.run("telnet 10.0.11.20 22", &state)
    let why = Golden.run("why", &state).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(why.contains("allows nothing on TCP 22 from 192.168.10.20"), "\(why)")
  }
}
