import Cloud
import Testing
@testable import Shell

/// `host`, compared whole-output with bind 9.18's (captured on loopback, DNSFormatNotes.md).
@Suite struct DNSHostTests {
  @Test func publicAnswerFromV1AsksForAAAAAAAndMX() throws {
    var lab = try DNSLab(host: "V1")
    let result = lab.run("host s3.ap-northeast-2.amazonaws.com")
    let address = try #require(DNSFixtures.addresses(result).first)
    #expect(DNSFixtures.s3Pool.contains { $0.contains(address) })
    #expect(result == CommandResult(
      stdout: "s3.ap-northeast-2.amazonaws.com has address \(address)\n", status: 0, events: result.events))
    #expect(DNSFixtures.lookups(result).map(\.type) == ["A", "AAAA", "MX"])
  }

  @Test func privateAnswers() throws {
    var lab = try DNSLab(host: "V2")
    try lab.addInterfaceEndpoint(.ec2)
    let result = lab.run("host ec2.ap-northeast-2.amazonaws.com")
    let addresses = DNSFixtures.addresses(result)
    #expect(DNSFixtures.onePerZone(addresses))
    #expect(result.stdout == addresses.map { "ec2.ap-northeast-2.amazonaws.com has address \($0)\n" }.joined())
  }

  @Test(arguments: [
    ("host nosuch.ap-northeast-2.amazonaws.com", "Host nosuch.ap-northeast-2.amazonaws.com not found: 3(NXDOMAIN)\n", Int32(1)),
    ("host -t AAAA s3.ap-northeast-2.amazonaws.com", "s3.ap-northeast-2.amazonaws.com has no AAAA record\n", 0),
    ("host -t mx s3.ap-northeast-2.amazonaws.com", "s3.ap-northeast-2.amazonaws.com has no MX record\n", 0),
    ("host x.example.invalid 10.0.0.2", "Using domain server:\nName: 10.0.0.2\nAddress: 10.0.0.2#53\nAliases: \n\nHost x.example.invalid not found: 3(NXDOMAIN)\n", 1),
  ])
  func negativeAnswers(line: String, expected: String, status: Int32) throws {
    var lab = try DNSLab(host: "V1")
    let result = lab.run(line)
    #expect(result.stdout == expected)
    #expect(result.status == status)
  }

  @Test func noServerTimesOutTwiceInTenSeconds() throws {
    var lab = try DNSLab(host: "V1")
    let before = lab.state.world.now
    let result = lab.run("host s3.ap-northeast-2.amazonaws.com 10.0.99.99")
    #expect(result.stdout == String(repeating: ";; communications error to 10.0.99.99#53: timed out\n", count: 2)
      + ";; no servers could be reached\n")
    #expect(result.status == 1)
    #expect(lab.state.world.now - before == 10_000)
  }

  @Test func explicitServerPrintsUsingDomainServer() throws {
    var lab = try DNSLab(host: "cloudshell")
    let result = lab.run("host s3.ap-northeast-2.amazonaws.com 8.8.8.8")
    let address = try #require(DNSFixtures.addresses(result).first)
    #expect(result.stdout == "Using domain server:\nName: 8.8.8.8\nAddress: 8.8.8.8#53\nAliases: \n\n"
      + "s3.ap-northeast-2.amazonaws.com has address \(address)\n")
  }

  @Test(arguments: [
    ([String](), ""),
    (["-z", "x"], "host: illegal option -- z\n"),
    (["-t"], "host: option requires an argument -- t\n"),
  ])
  func usageErrors(arguments: [String], firstLine: String) throws {
    var lab = try DNSLab()
    let result = lab.run(["host"] + arguments)
    #expect(result.stderr == firstLine + HostCommand.usage)
    #expect(result.stderr.hasSuffix("       -6 use IPv6 query transport only\n"))
    #expect(result.status == 1)
    let badType = lab.run("host -t bogus x")
    #expect(badType == CommandResult(stderr: "host: invalid type: bogus\n\n", status: 2))
  }
}
