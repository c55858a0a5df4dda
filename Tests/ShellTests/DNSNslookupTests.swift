import Cloud
import Testing
@testable import Shell

/// `nslookup`, compared whole-output with bind 9.18's (captured on loopback, DNSFormatNotes.md).
@Suite struct DNSNslookupTests {
  static let header = "Server:\t\t10.0.0.2\nAddress:\t10.0.0.2#53\n\n"

  @Test func publicAnswerFromV1() throws {
    var lab = try DNSLab(host: "V1")
    let before = lab.state.world.now
    let result = lab.run("nslookup s3.ap-northeast-2.amazonaws.com")
    let address = try #require(DNSFixtures.addresses(result).first)
    #expect(DNSFixtures.s3Pool.contains { $0.contains(address) })
    #expect(result.stdout == Self.header + """
      Non-authoritative answer:
      Name:\ts3.ap-northeast-2.amazonaws.com
      Address: \(address)


      """)
    #expect(result.stderr == "")
    #expect(result.status == 0)
    // A, then AAAA (which S3's plain name lacks, so nothing more is printed).
    #expect(DNSFixtures.lookups(result).map(\.type) == ["A", "AAAA"])
    #expect(lab.state.world.now - before == 2)
  }

  @Test func privateAnswersFromAnInterfaceEndpointWithPrivateDNS() throws {
    var lab = try DNSLab(host: "V3")
    try lab.addInterfaceEndpoint(.ec2)
    let result = lab.run("nslookup ec2.ap-northeast-2.amazonaws.com")
    let addresses = DNSFixtures.addresses(result)
    #expect(DNSFixtures.onePerZone(addresses))
    #expect(result.stdout == Self.header + "Non-authoritative answer:\n"
      + addresses.map { "Name:\tec2.ap-northeast-2.amazonaws.com\nAddress: \($0)\n" }.joined() + "\n")
    #expect(result.status == 0)
  }

  @Test(arguments: [
    ("nslookup nosuch.ap-northeast-2.amazonaws.com", header + "** server can't find nosuch.ap-northeast-2.amazonaws.com: NXDOMAIN\n\n", Int32(1)),
    ("nslookup example.invalid 10.0.0.2", header + "** server can't find example.invalid: NXDOMAIN\n\n", 1),
    ("nslookup -type=AAAA s3.ap-northeast-2.amazonaws.com", header + "Non-authoritative answer:\n*** Can't find s3.ap-northeast-2.amazonaws.com: No answer\n\n", 0),
    ("nslookup -q=aaaa s3.ap-northeast-2.amazonaws.com", header + "Non-authoritative answer:\n*** Can't find s3.ap-northeast-2.amazonaws.com: No answer\n\n", 0),
  ])
  func negativeAnswers(line: String, expected: String, status: Int32) throws {
    var lab = try DNSLab(host: "V1")
    let result = lab.run(line)
    #expect(result.stdout == expected)
    #expect(result.status == status)
  }

  @Test func noServerTimesOutThreeTimesInFifteenSeconds() throws {
    var lab = try DNSLab(host: "V1")
    let before = lab.state.world.now
    let result = lab.run("nslookup s3.ap-northeast-2.amazonaws.com 10.0.99.99")
    #expect(result.stdout == String(repeating: ";; communications error to 10.0.99.99#53: timed out\n", count: 3)
      + ";; no servers could be reached\n\n")
    #expect(result.status == 1)
    #expect(lab.state.world.now - before == 15_000)
    #expect(DNSFixtures.lookups(result).map(\.outcome) == [.noResponse])
  }

  @Test func explicitServerFromTheDataCentre() throws {
    var lab = try DNSLab(host: "idc")
    let result = lab.run("nslookup s3.ap-northeast-2.amazonaws.com 192.168.0.2")
    let address = try #require(DNSFixtures.addresses(result).first)
    #expect(result.stdout == "Server:\t\t192.168.0.2\nAddress:\t192.168.0.2#53\n\nNon-authoritative answer:\n"
      + "Name:\ts3.ap-northeast-2.amazonaws.com\nAddress: \(address)\n\n")
    #expect(DNSFixtures.lookups(result).allSatisfy { $0.resolverRole == .onPremises })
  }

  @Test func aServerNameThatDoesNotResolveIsAnError() throws {
    var lab = try DNSLab(host: "V1")
    let missing = lab.run("nslookup s3.ap-northeast-2.amazonaws.com nosuch.example.invalid")
    #expect(missing.stdout == "")
    #expect(missing.stderr == "nslookup: couldn't get address for 'nosuch.example.invalid': not found\n")
    #expect(missing.status == 1)
  }

  @Test(arguments: [
    ("nslookup -bogus s3.ap-northeast-2.amazonaws.com", "*** Invalid option: bogus\n", Int32(0)),
    ("nslookup -type=bogus s3.ap-northeast-2.amazonaws.com", "unknown query type: bogus\n", 0),
  ])
  func badOptionsAreReportedAndTheLookupStillRuns(line: String, prefix: String, status: Int32) throws {
    var lab = try DNSLab(host: "V1")
    let result = lab.run(line)
    #expect(result.stdout.hasPrefix(prefix + Self.header + "Non-authoritative answer:\nName:\ts3.ap-northeast-2.amazonaws.com\nAddress: 52.219."))
    #expect(result.status == status)
  }

  @Test func usageErrors() throws {
    var lab = try DNSLab()
    let tooMany = lab.run("nslookup a b c")
    #expect(tooMany.stderr == """
      Usage:
         nslookup [-opt ...]             # interactive mode using default server
         nslookup [-opt ...] - server    # interactive mode using 'server'
         nslookup [-opt ...] host        # just look up 'host' using default server
         nslookup [-opt ...] host server # just look up 'host' using 'server'

      """)
    #expect(tooMany.status == 1)
    let interactive = lab.run(["nslookup"])
    #expect(interactive == CommandResult(stdout: "\n", status: 1))
  }

  @Test func otherTypesShowWhereAuthoritativeAnswersAre() throws {
    var lab = try DNSLab(host: "V1")
    let result = lab.run("nslookup -type=MX s3.ap-northeast-2.amazonaws.com")
    #expect(result.stdout == Self.header + """
      Non-authoritative answer:
      *** Can't find s3.ap-northeast-2.amazonaws.com: No answer

      Authoritative answers can be found from:
      amazonaws.com
      \torigin = dns-external-master.amazon.com
      \tmail addr = root.amazon.com
      \tserial = 2010125067
      \trefresh = 180
      \tretry = 60
      \texpire = 3024000
      \tminimum = 60


      """)
  }
}
