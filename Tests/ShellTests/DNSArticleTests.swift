import Cloud
import Testing

@testable import Shell

/// The article's nslookup transcripts (seed/000_66ae2fed9c39ebce.txt), line for line.
///
/// The article shows the output as a web page does: tabs expanded to spaces. The copy also adds a
/// blank line after some `$ nslookup` lines and one inside the EC2 answer; those come from the
/// page's markup, not from nslookup, and are left out here (DNSFormatNotes.md).
@Suite struct DNSArticleTests {
  /// Expands tabs to 8-column stops, as a terminal shows them.
  static func expandTabs(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      var out = ""
      for character in line {
        if character == "\t" {
          out += String(repeating: " ", count: 8 - out.count % 8)
        } else {
          out.append(character)
        }
      }
      return out
    }.joined(separator: "\n")
  }

  static func s3Transcript(address: String) -> String {
    """
    Server:         10.0.0.2
    Address:        10.0.0.2#53

    Non-authoritative answer:
    Name:   s3.ap-northeast-2.amazonaws.com
    Address: \(address)


    """
  }

  /// Checks the article's layout and that the address is one S3 could have answered.
  func expectS3Transcript(_ result: CommandResult) throws {
    let address = try #require(DNSFixtures.addresses(result).first)
    #expect(DNSFixtures.s3Pool.contains { $0.contains(address) })
    #expect(Self.expandTabs(result.stdout) == Self.s3Transcript(address: address.description))
    #expect(result.status == 0)
  }

  @Test func v1() throws {
    var lab = try DNSLab(host: "V1")
    try expectS3Transcript(lab.run("nslookup s3.ap-northeast-2.amazonaws.com"))
  }

  @Test func v3WithoutEndpoints() throws {
    var lab = try DNSLab(host: "V3")
    try expectS3Transcript(lab.run("nslookup s3.ap-northeast-2.amazonaws.com"))
  }

  @Test func v2BehindTheGatewayEndpoint() throws {
    var lab = try DNSLab(host: "V2")
    try lab.addGatewayEndpoint()
    let result = lab.run("nslookup s3.ap-northeast-2.amazonaws.com")
    try expectS3Transcript(result)
    #expect(DNSFixtures.lookups(result)[0].answeredPublic)
  }

  @Test func ec2InterfaceEndpointWithPrivateDNS() throws {
    var lab = try DNSLab(host: "V3")
    try lab.addInterfaceEndpoint(.ec2)
    let result = lab.run("nslookup ec2.ap-northeast-2.amazonaws.com")
    let addresses = DNSFixtures.addresses(result)
    #expect(DNSFixtures.onePerZone(addresses))
    // The article's 10.0.12.153 and 10.0.11.233 are ENI addresses drawn for each lab.
    #expect(
      Self.expandTabs(result.stdout) == """
        Server:         10.0.0.2
        Address:        10.0.0.2#53

        Non-authoritative answer:
        Name:   ec2.ap-northeast-2.amazonaws.com
        Address: \(addresses[0])
        Name:   ec2.ap-northeast-2.amazonaws.com
        Address: \(addresses[1])


        """)
  }

  @Test func s3InterfaceEndpointKeepsThePublicNameAndAnswersItsOwnName() throws {
    var lab = try DNSLab(host: "V3")
    let endpoint = try lab.addInterfaceEndpoint(.s3, privateDns: false)
    try expectS3Transcript(lab.run("nslookup s3.ap-northeast-2.amazonaws.com"))

    // The article's name is bucket.vpce-0916e80803286e2d6-s14qjhy6…; the ID is drawn per lab.
    let name = "bucket." + endpoint.regionalDNSName
    let result = lab.run("nslookup " + name)
    let addresses = DNSFixtures.addresses(result)
    #expect(DNSFixtures.onePerZone(addresses))
    #expect(
      Self.expandTabs(result.stdout) == """
        Server:         10.0.0.2
        Address:        10.0.0.2#53

        Non-authoritative answer:
        Name:   \(name)
        Address: \(addresses[0])
        Name:   \(name)
        Address: \(addresses[1])


        """)
  }
}

/// Same lab, same seed, same commands ⇒ the same bytes.
@Suite struct DNSDeterminismTests {
  static let script = [
    "nslookup s3.ap-northeast-2.amazonaws.com", "dig s3.ap-northeast-2.amazonaws.com",
    "dig nosuch.ap-northeast-2.amazonaws.com", "host s3.ap-northeast-2.amazonaws.com",
    "dig @10.0.99.99 x", "nslookup ec2.ap-northeast-2.amazonaws.com", "dig +short ec2.ap-northeast-2.amazonaws.com",
  ]

  static func replay(seed: UInt64) throws -> ([CommandResult], World) {
    var lab = try DNSLab(host: "V3", seed: seed)
    try lab.addInterfaceEndpoint(.ec2)
    let results = script.map { lab.run($0) }
    return (results, lab.state.world)
  }

  @Test func sameSeedSameOutput() throws {
    let (first, firstWorld) = try Self.replay(seed: 7)
    let (second, secondWorld) = try Self.replay(seed: 7)
    #expect(first == second)
    #expect(firstWorld == secondWorld)
  }

  @Test func anotherSeedDrawsOtherIDsAndAddresses() throws {
    let (first, _) = try Self.replay(seed: 7)
    let (other, _) = try Self.replay(seed: 8)
    #expect(first.map(\.stdout) != other.map(\.stdout))
  }
}
