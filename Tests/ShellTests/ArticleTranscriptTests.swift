import Cloud
import CourseWorldSupport
import Testing

@testable import Shell

/// The article's transcripts, typed into the lab shell, line for line. Addresses the article shows
/// from S3's pool are compared by range, since the simulation draws its own.
@Suite struct ArticleTranscriptTests {
  static let seoulS3 = ["52.219.56.0/22", "52.219.60.0/23", "52.219.144.0/22", "52.219.148.0/23"].compactMap(
    CIDRBlock.parse)

  static let nslookupS3 = """
    Server:\t\t10.0.0.2
    Address:\t10.0.0.2#53

    Non-authoritative answer:
    Name:\ts3.ap-northeast-2.amazonaws.com
    Address: POOL


    """

  static let listing = """
                               PRE private1/
                               PRE public1/
    2017-09-26 05:03:18      29606 jschoi.acl_test.csv
    2018-06-21 07:44:25      25184 what-is-eks.png

    """

  private func run(_ line: String, _ state: inout ShellState) -> (stdout: String, stderr: String, status: Int32) {
    let result = LabShell.run(line, state: &state)
    return (result.stdout, result.stderr, result.status)
  }

  /// Replaces the one pool address in nslookup output with POOL, after checking its range.
  private func masked(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      guard line.hasPrefix("Address: "), let address = IPv4Address.parse(String(line.dropFirst(9))), !address.isPrivate
      else { return String(line) }
      #expect(Self.seoulS3.contains { $0.contains(address) }, "\(address) is outside S3's Seoul ranges")
      return "Address: POOL"
    }.joined(separator: "\n")
  }

  private func world() throws -> World { try WorldDescription.course().build(seed: 2021) }

  @Test func v1InThePublicSubnet() throws {
    var state = ShellState(world: try world(), hostName: "V1")
    let lookup = run("nslookup s3.ap-northeast-2.amazonaws.com", &state)
    #expect(masked(lookup.stdout) == Self.nslookupS3)
    let listing = run("aws s3 ls s3://jschoi.acl", &state)
    #expect(listing.stdout == Self.listing)
    #expect(listing.status == 0)
  }

  @Test func v3InAPrivateSubnetTimesOutWithDebug() throws {
    var state = ShellState(world: try world(), hostName: "V3")
    #expect(masked(run("nslookup s3.ap-northeast-2.amazonaws.com", &state).stdout) == Self.nslookupS3)
    let listing = run("aws s3 ls s3://jschoi.acl --debug", &state)
    #expect(listing.status == 255)
    let lines = listing.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let first = try #require(
      lines.firstIndex {
        $0.hasSuffix(
          "urllib3.connectionpool - DEBUG - Starting new HTTPS connection (1): s3.ap-northeast-2.amazonaws.com:443")
      })
    let exit = try #require(lines.firstIndex { $0.hasSuffix("awscli.clidriver - DEBUG - Exiting with rc 255") })
    #expect(first < exit)
    #expect(
      Array(lines[(exit + 1)...]) == [
        "",
        "Connect timeout on endpoint URL: \"https://s3.ap-northeast-2.amazonaws.com/jschoi.acl?list-type=2&delimiter=%2F&prefix=&encoding-type=url\"",
        "",
      ])
    // About five minutes pass between the first attempt and the exit, as in the article (04:43:47 → 04:48:56).
    func milliseconds(_ line: String) -> Int {
      let time = line.split(separator: " ")[1]  // HH:MM:SS,mmm
      let parts = time.split(whereSeparator: { $0 == ":" || $0 == "," }).compactMap { Int($0) }
      return ((parts[0] * 60 + parts[1]) * 60 + parts[2]) * 1000 + parts[3]
    }
    let elapsed = milliseconds(lines[exit]) - milliseconds(lines[first])
    #expect((300_000...316_000).contains(elapsed))
  }

  @Test func v2BehindTheGatewayEndpoint() throws {
    var state = ShellState(world: try world(), hostName: "cloudshell")
    let vpc = state.world.vpcs[0].id
    let table = state.world.routeTables.first { $0.name == "private-a" }!.id
    let created = run(
      "aws ec2 create-vpc-endpoint --vpc-id \(vpc) --service-name com.amazonaws.ap-northeast-2.s3 --route-table-ids \(table)",
      &state)
    #expect(created.status == 0, "\(created.stderr)")
    #expect(run("ssh V2", &state).status == 0)
    #expect(masked(run("nslookup s3.ap-northeast-2.amazonaws.com", &state).stdout) == Self.nslookupS3)
    #expect(run("aws s3 ls s3://jschoi.acl", &state).stdout == Self.listing)
  }

  @Test func theEC2InterfaceEndpointAnswersPrivately() throws {
    var description = WorldDescription.course()
    description.vpc.endpoints = [
      EndpointDescription(name: "ec2", type: .interface, service: "ec2", subnets: ["private-a", "private-c"])
    ]
    var state = ShellState(world: try description.build(seed: 2021), hostName: "V3")
    let output = run("nslookup ec2.ap-northeast-2.amazonaws.com", &state).stdout
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 10)
    #expect(
      Array(lines.prefix(4)) == ["Server:\t\t10.0.0.2", "Address:\t10.0.0.2#53", "", "Non-authoritative answer:"])
    #expect(
      lines[4] == "Name:\tec2.ap-northeast-2.amazonaws.com" && lines[6] == "Name:\tec2.ap-northeast-2.amazonaws.com")
    let addresses = [lines[5], lines[7]].compactMap { IPv4Address.parse(String($0.dropFirst("Address: ".count))) }
    #expect(addresses.count == 2 && addresses.allSatisfy(\.isPrivate))
  }

  @Test func theS3InterfaceEndpointOfTwentyTwentyOne() throws {
    var description = WorldDescription.course()
    description.vpc.securityGroups = [
      SecurityGroupDescription(name: "vpce-sg", ingress: [RuleDescription(ports: "443", cidr: "10.0.0.0/16")])
    ]
    description.vpc.endpoints = [
      EndpointDescription(
        name: "s3", type: .interface, service: "s3", subnets: ["private-a", "private-c"], securityGroups: ["vpce-sg"])
    ]
    var state = ShellState(world: try description.build(seed: 2021), hostName: "V3")
    let endpoint = try #require(state.world.liveEndpoints.first)
    #expect(masked(run("nslookup s3.ap-northeast-2.amazonaws.com", &state).stdout) == Self.nslookupS3)
    #expect(run("aws s3 ls s3://jschoi.acl", &state).status == 255)
    let name = "bucket.\(endpoint.regionalDNSName)"
    let lookup = run("nslookup \(name)", &state).stdout
    #expect(
      lookup.hasPrefix(
        "Server:\t\t10.0.0.2\nAddress:\t10.0.0.2#53\n\nNon-authoritative answer:\nName:\t\(name)\nAddress: 10.0.1"))
    let listing = run("aws s3 --endpoint-url https://\(name) ls s3://jschoi.acl", &state)
    #expect(listing.stdout == Self.listing)
  }
}
