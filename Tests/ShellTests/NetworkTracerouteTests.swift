import Cloud
import Testing

@testable import Shell

/// `traceroute` against traceroute 2.1.2's own output (Resources/captures/traceroute, loopback;
/// the star captures with ICMP dropped). Hop lines are built from the captured ones: an answered
/// hop is the captured `localhost (127.0.0.1)` line with the hop's number, label and times, a
/// silent hop the captured ` N  * * *` line.
@Suite struct NetworkTracerouteTests {
  static let s3 = "s3.ap-northeast-2.amazonaws.com"

  /// Round-trip times become T after a shape check (three decimals, as traceroute prints them).
  static func maskTimes(_ text: String) -> String {
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    for index in words.indices.dropLast() where words[index + 1].hasPrefix("ms") {
      if let fraction = words[index].split(separator: ".").last, fraction.count == 3, Double(words[index]) != nil {
        words[index] = "T"
      }
    }
    return words.joined(separator: " ")
  }

  static let reach = CaptureFiles.text("traceroute/reach.out")
  static let reachNumericOneProbe = CaptureFiles.text("traceroute/reach-n-q1.out")
  static let stars = CaptureFiles.text("traceroute/stars-m3.out")

  /// The second line of a capture: its first hop.
  static func firstHop(_ capture: String) -> String {
    String(capture.split(separator: "\n")[1])
  }

  /// The captured header, for another target, hop limit and packet size.
  static func header(_ name: String, _ address: String, hops: Int) -> String {
    String(reach.split(separator: "\n")[0]).replacingAll(
      "to 127.0.0.1 (127.0.0.1), 30 hops", with: "to \(name) (\(address)), \(hops) hops")
      + "\n"
  }

  /// An answered hop: the captured one, renumbered and relabelled.
  static func answered(_ ttl: Int, _ label: String, numericOneProbe: Bool = false) -> String {
    let line = numericOneProbe ? firstHop(reachNumericOneProbe) : firstHop(reach)
    let captured = numericOneProbe ? "127.0.0.1" : "localhost (127.0.0.1)"
    return maskTimes(line.replacingAll(" 1  \(captured)", with: (ttl < 10 ? " " : "") + "\(ttl)  \(label)")) + "\n"
  }

  /// A silent hop: the captured one, renumbered.
  static func silent(_ ttl: Int) -> String {
    firstHop(stars).replacingAll(" 1  ", with: (ttl < 10 ? " " : "") + "\(ttl)  ") + "\n"
  }

  enum Expected: Sendable {
    case answered(String)
    case answeredNumericOneProbe(String)
    case silent
  }

  /// (host, line, hop limit, the hops before the stars run on, simulated ms without the answered round trips)
  @Test(
    arguments: [
      ("V1", "traceroute -m 4 \(s3)", 4, [Expected.answered("10.0.1.1 (10.0.1.1)")], Int64(5_001)),
      ("V2+vpce", "traceroute -m 4 \(s3)", 4, [.answered("10.0.11.1 (10.0.11.1)")], 5_001),
      // No route in the private table: even the router's TTL-exceeded never comes.
      ("V2", "traceroute -m 4 \(s3)", 4, [], 5_001),
      ("V3", "traceroute -m 4 \(s3)", 4, [], 5_001),
      // 30 hops of 3 probes, 16 in flight at a time: six waits of 5 s.
      ("V3", "traceroute \(s3)", 30, [], 30_001),
      (
        "V1", "traceroute -n -q 1 10.0.11.20", 30,
        [.answeredNumericOneProbe("10.0.1.1"), .answeredNumericOneProbe("10.0.11.20")], 0
      ),
      (
        "V3", "traceroute 10.0.1.10", 30,
        [.answered("10.0.12.1 (10.0.12.1)"), .answered("ip-10-0-1-10.ap-northeast-2.compute.internal (10.0.1.10)")], 0
      ),
      // Over the VPN the data centre's router answers; the instances' default group then drops the probes.
      ("idc", "traceroute -m 3 10.0.11.20", 3, [.answered("192.168.10.1 (192.168.10.1)")], 5_000),
      // The bound: 255 hops at most, 765 probes, 48 waits.
      ("V3", "traceroute -m 255 \(s3)", 255, [], 240_001),
    ] as [(String, String, Int, [Expected], Int64)])
  func hopsAlongTheSimulatedPath(host: String, line: String, hops: Int, answered: [Expected], waits: Int64) throws {
    var state: ShellState
    if host == "V2+vpce" {
      state = try Golden.state("V2")
      _ = try Golden.createGatewayEndpoint(&state)
    } else {
      state = try Golden.state(host)
    }
    let run = Golden.run(line, &state)
    let connection = try #require(run.connections.first)
    let target = String(line.split(separator: " ").last!)
    var expected = Self.header(target, connection.destination.description, hops: hops)
    for (index, hop) in answered.enumerated() {
      switch hop {
      case .answered(let label): expected += Self.answered(index + 1, label)
      case .answeredNumericOneProbe(let label): expected += Self.answered(index + 1, label, numericOneProbe: true)
      case .silent: expected += Self.silent(index + 1)
      }
    }
    let reachesEnd = answered.count == 2
    if !reachesEnd {
      for ttl in (answered.count + 1)...hops { expected += Self.silent(ttl) }
    }
    #expect(Self.maskTimes(run.stdout) == expected)
    #expect(run.stderr == "")
    #expect(run.status == 0)
    #expect(run.connections.count == 1)
    // Answered probes add their round trips (a few ms at most) to the waits.
    #expect(run.elapsed >= waits && run.elapsed < waits + 50, "elapsed \(run.elapsed)")
  }

  /// Loopback never leaves the host: byte for byte the capture, but for the times.
  @Test(arguments: [
    ("traceroute 127.0.0.1", "reach"),
    ("traceroute -n -q 1 -m 1 127.0.0.1 100", "packetlen"),
    ("traceroute -n -q1 -m1 127.0.0.1", "attached-value"),
    ("sudo traceroute -T -p 2222 127.0.0.1", "reach-T"),
    ("sudo traceroute -T -n -q 1 -p 2223 127.0.0.1", "reach-T-closed"),
    ("sudo traceroute -I -n 127.0.0.1", "reach-I"),
  ])
  func loopback(line: String, capture: String) throws {
    var state = try Golden.state("V1")
    let run = Golden.run(line, &state)
    let real = RealRun("traceroute", capture)
    #expect(Self.maskTimes(run.stdout) == Self.maskTimes(real.stdout))
    #expect(run.stderr == real.stderr && run.status == real.status)
    #expect(run.connections.isEmpty)
  }

  /// With sudo, TCP SYNs to 443 end at S3 where a path reaches it (SYN-ACK); V3's die at its route table.
  @Test(arguments: [("V1", "10.0.1.1", true), ("V2+vpce", "10.0.11.1", true), ("V3", "", false)])
  func tcpProbesReachS3(host: String, router: String, reaches: Bool) throws {
    var state: ShellState
    if host == "V2+vpce" {
      state = try Golden.state("V2")
      _ = try Golden.createGatewayEndpoint(&state)
    } else {
      state = try Golden.state(host)
    }
    let run = Golden.run("sudo traceroute -T -p 443 \(Self.s3)", &state)
    let connection = try #require(run.connections.first)
    let address = connection.destination.description
    var expected = Self.header(Self.s3, address, hops: 30)
    if reaches {
      expected += Self.answered(1, "\(router) (\(router))") + Self.answered(2, "\(address) (\(address))")
    } else {
      for ttl in 1...30 { expected += Self.silent(ttl) }
    }
    #expect(Self.maskTimes(run.stdout) == expected)
    #expect(run.status == 0)
    #expect(connection.connected == reaches && connection.port == 443)
  }

  /// A closed port answers a TCP probe too (RST), so the trace ends at the instance.
  @Test func tcpProbesToAClosedPortEndAtTheHost() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("sudo traceroute -T -n -q 1 10.0.11.20", &state)
    let expected =
      Self.header("10.0.11.20", "10.0.11.20", hops: 30) + Self.answered(1, "10.0.1.1", numericOneProbe: true)
      + Self.answered(2, "10.0.11.20", numericOneProbe: true)
    #expect(Self.maskTimes(run.stdout) == expected)
    #expect(run.connections.first?.port == 80)
  }

  /// `-w` and `-q` change the waits and the stars as in the capture (`-n -q 1 -w 1 -m 4`).
  @Test func oneProbeOneSecond() throws {
    var state = try Golden.state("V3")
    let run = Golden.run("traceroute -n -q 1 -w 1 -m 4 52.219.56.116", &state)
    let real = RealRun("traceroute", "stars-n-q1-m4").replacing(("127.0.0.1", "52.219.56.116"))
    #expect(run.real == real)
    #expect(run.elapsed == 1_000)
  }

  @Test(arguments: [
    ("traceroute", "no-host"),
    ("traceroute -m 0 127.0.0.1", "m-0"),
    ("traceroute -m 256 127.0.0.1", "m-256"),
    ("traceroute -m abc 127.0.0.1", "m-letters"),
    ("traceroute 127.0.0.1 -m", "m-missing"),
    ("traceroute -q 0 127.0.0.1", "q-0"),
    ("traceroute -q 11 127.0.0.1", "q-11"),
    ("traceroute -w abc 127.0.0.1", "w-letters"),
    ("traceroute -w -1 127.0.0.1", "w-negative"),
    ("traceroute -p abc 127.0.0.1", "p-letters"),
    ("traceroute -Z 127.0.0.1", "bad-option"),
    ("traceroute 127.0.0.1 abc", "packetlen-letters"),
    ("traceroute 127.0.0.1 99999", "packetlen-too-big"),
    ("traceroute -n 127.0.0.1 60 7", "extra-arg"),
    ("traceroute -nq1 127.0.0.1", "cluster-with-value"),
    ("traceroute -f 5 -m 3 127.0.0.1", "f-beyond-m"),
    ("traceroute -T 127.0.0.1", "T-not-root"),
    ("traceroute -I 127.0.0.1", "I-not-root"),
    ("traceroute nosuch.example.invalid", "unknown-host"),
  ])
  func refusals(line: String, capture: String) throws {
    var state = try Golden.state("V1")
    let run = Golden.run(line, &state)
    #expect(run.real == RealRun("traceroute", capture))
    #expect(run.connections.isEmpty)
  }

  /// `why` speaks of probes, not of a connection, and says where they stopped.
  @Test(arguments: [
    ("V3", "has no route that matches"),
    ("V3", "The probes were dropped silently, so traceroute shows stars from there on."),
    ("V3", "sent traceroute's UDP probes to s3.ap-northeast-2.amazonaws.com"),
    ("V1", "The probes got there, but a service endpoint answers none of them: the trace ends in stars."),
  ])
  func whyTellsWhereTheProbesStopped(host: String, sentence: String) throws {
    var state = try Golden.state(host)
    Golden.run("traceroute -m 2 \(Self.s3)", &state)
    let why = Golden.run("why", &state).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(why.contains(sentence), "\(why)")
    #expect(!why.contains("TCP connection"))
  }

  @Test func icmpProbesAreExplainedAsSuch() throws {
    var state = try Golden.state("V3")
    Golden.run("sudo traceroute -I -m 2 \(Self.s3)", &state)
    let why = Golden.run("why", &state).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(why.contains("sent traceroute's ICMP echo probes to s3.ap-northeast-2.amazonaws.com"), "\(why)")
  }
}
