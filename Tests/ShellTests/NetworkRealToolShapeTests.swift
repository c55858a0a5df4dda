import Cloud
import Foundation
import Testing

@testable import Shell

/// Our output against the real programs' output, captured on this machine on loopback only
/// (Debian 12: iputils-ping 20221126, iproute2 6.1.0, curl 7.88.1; a Python HTTP server on 127.0.0.1;
/// files and re-capture scripts: Resources/captures/{iputils-ping,iproute2,curl}).
/// Amazon Linux 2 had older versions (iputils 20180629, iproute2 5.10, curl 7.76.1); where their
/// output differs from these captures the simulator follows the older tool, and the test says so.
@Suite struct NetworkRealToolShapeTests {
  /// Every run of digits becomes N, so only the shape is compared.
  static func shape(_ text: String) -> String {
    var out = ""
    var inDigits = false
    for character in text {
      if character.isASCII && character.isNumber {
        if !inDigits { out.append("N") }
        inDigits = true
      } else {
        out.append(character)
        inDigits = false
      }
    }
    return out
  }

  // `ping -c 2 127.0.0.1`
  static let realPing = CaptureFiles.text("iputils-ping/ping-c2-127.0.0.1.out")

  // `ping -c 2 127.0.0.1` in a private network namespace with net.ipv4.icmp_echo_ignore_all=1; rc 1.
  static let realPingNoReply = CaptureFiles.text("iputils-ping/ping-c2-127.0.0.1-no-reply.out")

  @Test func pingShapeMatchesIputils() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("ping -c 2 10.0.11.20", &state)
    #expect(Self.shape(run.stdout) == Self.shape(Self.realPing))
  }

  @Test func pingWithoutRepliesMatchesIputils() throws {
    var state = try Golden.state("V3")
    let run = Golden.run("ping -c 2 8.8.8.8", &state)
    #expect(run.status == 1)
    do {  // Once a known issue, now fixed.
      #expect(Self.shape(run.stdout) == Self.shape(Self.realPingNoReply))
    }
  }

  // `ip addr` (lo, and the eth0 of this machine: static address, pfifo_fast, global IPv6 omitted).
  static let realLoopback = CaptureFiles.text("iproute2/ip-addr-lo.out")
  static let realEth0 = CaptureFiles.text("iproute2/ip-addr-eth0.out")

  @Test func ipAddrLoopbackIsByteForByteIproute2() throws {
    var state = try Golden.state("V3")
    let text = Golden.run("ip addr", &state).stdout
    #expect(text.hasPrefix(Self.realLoopback))
  }

  @Test func ipAddrEth0DiffersOnlyWhereAmazonLinuxDiffers() throws {
    var state = try Golden.state("V3")
    let text = Golden.run("ip addr", &state).stdout
    let ours = text.dropFirst(Self.realLoopback.count)
    // Differences that are Amazon Linux 2's, not iproute2's: the ENA's `mq` qdisc and MTU 9001,
    // and an address leased by dhclient (`dynamic`, finite lifetimes).
    var real = Self.realEth0.replacingOccurrences(of: "4: eth0", with: "2: eth0")
      .replacingOccurrences(of: "mtu 1400 qdisc pfifo_fast", with: "mtu 9001 qdisc mq")
      .replacingOccurrences(
        of: "scope global eth0\n       valid_lft forever preferred_lft forever",
        with: "scope global dynamic eth0\n       valid_lft 3560sec preferred_lft 3560sec")
    real = real.replacingOccurrences(of: "02:fc:00:00:00:01", with: "MAC").replacingOccurrences(
      of: "fe80::fc:ff:fe00:1", with: "LINKLOCAL")
    let host = try #require(state.host)
    let eni = try #require(state.world.networkInterface(of: host))
    let mac = eni.macAddress
    var mine = String(ours).replacingOccurrences(of: mac, with: "MAC")
    mine = mine.replacingOccurrences(of: "10.0.12.20/24 brd 10.0.12.255", with: "192.0.2.2/24 brd 192.0.2.255")
    // The link-local address is EUI-64 from the MAC, as the kernel makes it.
    let bytes = mac.split(separator: ":").compactMap { UInt8($0, radix: 16) }
    #expect(bytes.count == 6)
    let groups = [(bytes[0] ^ 2, bytes[1]), (bytes[2], 0xff), (0xfe, bytes[3]), (bytes[4], bytes[5])]
      .map { String(UInt16($0.0) << 8 | UInt16($0.1), radix: 16) }
    mine = mine.replacingOccurrences(of: "fe80::" + groups.joined(separator: ":"), with: "LINKLOCAL")
    #expect(mine == real)
  }

  // `ip route` and `ip link` on this machine.
  static let realRoute = CaptureFiles.text("iproute2/ip-route.out")
  static let realLinkLoopback = CaptureFiles.text("iproute2/ip-link-lo.out")

  @Test func ipRouteShapeMatchesIproute2() throws {
    var state = try Golden.state("idc")
    // The on-premises server has no metadata route, so its table has the same two lines.
    #expect(
      Self.shape(Golden.run("ip route", &state).stdout)
        == Self.shape(Self.realRoute.replacingOccurrences(of: "eth0", with: "ens192")))
    var v1 = try Golden.state("V1")
    let lines = Golden.run("ip route", &v1).stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(Self.shape(lines.prefix(2).joined(separator: "\n") + "\n") == Self.shape(Self.realRoute))
  }

  @Test func ipLinkLoopbackIsByteForByteIproute2() throws {
    var state = try Golden.state("V2")
    #expect(Golden.run("ip link", &state).stdout.hasPrefix(Self.realLinkLoopback))
  }

  // `curl -sv http://127.0.0.1:18474/s3` against a Python server answering HTTP/1.1 403, chunked (stderr).
  static let realVerboseKeepAlive = CaptureFiles.text("curl/curl-sv-403-chunked.err")
  // `curl -I http://127.0.0.1:18474/s3` (stdout).
  static let realHead = CaptureFiles.text("curl/curl-I-403-chunked.out")

  /// Each line's kind: its leading marker (`*   Trying`, `* Connected`, `>`, `<`, `{`, `* Connection #0`, …).
  static func kinds(_ text: String) -> [String] {
    Golden.lines(text).filter { !$0.isEmpty }.map { line in
      for marker in [
        "*   Trying", "* Connected", "* Connection #0", "* Closing", "* SSL", "* Server certificate", "*  subject",
        "> ", "< ", "{ ",
      ]
      where line.hasPrefix(marker) { return marker }
      return String(line)
    }
  }

  @Test func verboseLineKindsMatchCurl() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl -sv http://s3.ap-northeast-2.amazonaws.com/", &state)
    // Over a terminal, curl shows no `{ [N bytes data]` line: it comes with the progress meter.
    let real = Self.kinds(Self.realVerboseKeepAlive).filter { $0 != "{ " }
    // Every request line ends in CRLF, as curl writes what it sends.
    for line in Golden.lines(run.stderr) where line.hasPrefix("> ") { #expect(line.hasSuffix("\r")) }
    // S3 sends more headers than the Python server did, so compare the order of kinds with the
    // response lines collapsed to one, and check that the response head is shown at all.
    func collapsed(_ kinds: [String]) -> [String] {
      kinds.reduce(into: []) { result, kind in if !(kind == "< " && result.last == "< ") { result.append(kind) } }
    }
    // 7.76.1 notes the HTTP/1.1 answer's bundle as it reads the status line (lib/http.c at tag
    // curl-7_76_1); 7.88.1, the captured one, no longer says so.
    let ours = Self.kinds(run.stderr).filter { $0 != "* Mark bundle as not supporting multiuse" }
    #expect(run.stderr.contains("> \r\n* Mark bundle as not supporting multiuse\n< HTTP/1.1 "))
    #expect(collapsed(ours) == collapsed(real))
    #expect(run.stderr.contains("< HTTP/1.1 403 Forbidden\r\n"))
  }

  @Test func headOnlyShapeMatchesCurl() throws {
    var state = try Golden.state("V1")
    let ours = Golden.run("curl -I http://s3.ap-northeast-2.amazonaws.com/", &state).stdout
    #expect(ours.hasPrefix("HTTP/1.1 403 Forbidden\r\n"))
    #expect(ours.hasSuffix("\r\n\r\n") && Self.realHead.hasSuffix("\r\n\r\n"))
    // Every header line is `Name: value` with CRLF, as on the wire.
    for line in ours.components(separatedBy: "\r\n").dropFirst().dropLast(2) { #expect(line.contains(": ")) }
    #expect(!ours.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
  }
}
