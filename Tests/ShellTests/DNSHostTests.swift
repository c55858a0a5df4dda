import Cloud
import Testing

@testable import Shell

/// `host`, compared whole-output with bind 9.18's (captured on loopback: Fixtures/DNSCaptures.swift,
/// DNSFormatNotes.md).
@Suite struct DNSHostTests {
  @Test func publicAnswerFromV1AsksForAAAAAAAndMX() throws {
    var lab = try DNSLab(host: "V1")
    let result = lab.run("host s3.ap-northeast-2.amazonaws.com")
    let address = try #require(DNSFixtures.addresses(result).first)
    #expect(DNSFixtures.s3Pool.contains { $0.contains(address) })
    #expect(
      result
        == CommandResult(
          stdout: DNSCaptures.withS3(DNSCaptures.stdout("host-s3"), address), status: DNSCaptures.status("host-s3"),
          events: result.events))
    #expect(DNSFixtures.lookups(result).map(\.type) == ["A", "AAAA", "MX"])
  }

  @Test func privateAnswers() throws {
    var lab = try DNSLab(host: "V2")
    try lab.addInterfaceEndpoint(.ec2)
    let result = lab.run("host ec2.ap-northeast-2.amazonaws.com")
    let addresses = DNSFixtures.addresses(result)
    #expect(DNSFixtures.onePerZone(addresses))
    #expect(result.stdout == DNSCaptures.withEC2(DNSCaptures.stdout("host-ec2"), addresses))
  }

  @Test(arguments: [
    ("host nosuch.ap-northeast-2.amazonaws.com", "host-nxdomain"),
    ("host -t AAAA s3.ap-northeast-2.amazonaws.com", "host-aaaa"),
    ("host -t mx s3.ap-northeast-2.amazonaws.com", "host-mx"),
    ("host x.example.invalid 10.0.0.2", "host-server-nxdomain"),
  ])
  func negativeAnswers(line: String, capture: String) throws {
    var lab = try DNSLab(host: "V1")
    let result = lab.run(line)
    #expect(result.stdout == DNSCaptures.stdout(capture))
    #expect(result.status == DNSCaptures.status(capture))
  }

  /// Captured under a resolv.conf of `nameserver` alone (the tool's own 5 s): CloudShell's file. An
  /// instance's `options timeout:2 attempts:5` changes the wait (ResolverOptionsFidelityTests).
  @Test func noServerTimesOutTwiceInTenSeconds() throws {
    var lab = try DNSLab(host: "cloudshell")
    let before = lab.state.world.now
    let result = lab.run("host s3.ap-northeast-2.amazonaws.com 10.0.99.99")
    #expect(result.stdout == DNSCaptures.stdout("host-no-reply"))
    #expect(result.status == DNSCaptures.status("host-no-reply"))
    #expect(lab.state.world.now - before == 10_000)
  }

  @Test func explicitServerPrintsUsingDomainServer() throws {
    var lab = try DNSLab(host: "cloudshell")
    let result = lab.run("host s3.ap-northeast-2.amazonaws.com 8.8.8.8")
    let address = try #require(DNSFixtures.addresses(result).first)
    #expect(result.stdout == DNSCaptures.withS3(DNSCaptures.stdout("host-server"), address))
  }

  @Test(arguments: [
    ([String](), "host-usage"),
    (["-z", "x"], "host-z"),
    (["-t"], "host-t"),
  ])
  func usageErrors(arguments: [String], capture: String) throws {
    var lab = try DNSLab()
    let result = lab.run(["host"] + arguments)
    #expect(result.stderr == DNSCaptures.stderr(capture))
    #expect(result.stderr.hasSuffix("       -6 use IPv6 query transport only\n"))
    #expect(result.status == DNSCaptures.status(capture))
    let badType = lab.run("host -t bogus x")
    #expect(
      badType
        == CommandResult(stderr: DNSCaptures.stderr("host-bogus-type"), status: DNSCaptures.status("host-bogus-type")))
  }
}
