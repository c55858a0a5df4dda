import Cloud
import CourseWorldSupport
import Testing

@testable import Shell

/// Behaviour around the fidelity suite's captures: who answers public and reverse names, and what
/// `why` says about them (docs/public-dns.md; AWS, "DNS attributes for your VPC").
@Suite struct DNSPublicAndReverseTests {
  static func state(_ host: String) throws -> ShellState {
    ShellState(world: try WorldDescription.course().build(seed: 1), hostName: host)
  }

  /// The article's lesson: in the private subnet with no route out, public names still resolve.
  @Test func publicNamesResolveFromEveryResolver() throws {
    for host in ["V1", "V3", "idc", "cloudshell"] {
      var state = try Self.state(host)
      let lookup = state.world.resolve("google.com", from: host, by: .dnsTool("dig"))
      #expect(lookup.addresses.map(\.description) == ["142.250.196.110"], "\(host)")
      #expect(lookup.source == .publicZone)
    }
  }

  @Test func whySaysAPublicNameNeedsNoRouteToResolve() throws {
    var state = try Self.state("V3")
    _ = LabShell.run("dig +short google.com", state: &state)
    let why = LabShell.run("why", state: &state).stdout
    #expect(why.contains("even on a host with no route to the internet"), "\(why)")
  }

  /// Outside the VPC nobody holds the VPC's reverse names; public addresses' names are public.
  @Test(
    arguments: [
      ("V3", "10.0.11.20", "ip-10-0-11-20.ap-northeast-2.compute.internal"),
      ("idc", "10.0.11.20", nil),
      ("cloudshell", "10.0.11.20", nil),
      ("V3", "10.0.11.99", nil),
      ("cloudshell", "13.124.211.100", "ec2-13-124-211-100.ap-northeast-2.compute.amazonaws.com"),
    ] as [(String, String, String?)])
  func reverseNamesExistWhereAWSHasThem(host: String, address: String, name: String?) throws {
    var state = try Self.state(host)
    let reverse = DNSTypes.reverseName(address)
    let lookup = state.world.resolve(reverse, type: "PTR", from: host, by: .dnsTool("dig"))
    if let name {
      #expect(lookup.outcome == .pointers([name]))
    } else {
      #expect(lookup.outcome == .nxdomain)
    }
  }

  /// With DNS hostnames off the VPC resolver has no ip-… names, forward or reverse.
  @Test func noReverseNamesWithoutDNSHostnames() throws {
    var state = try Self.state("V3")
    state.world.vpcs[0].dnsHostnames = false
    let lookup = state.world.resolve(
      DNSTypes.reverseName("10.0.11.20"), type: "PTR", from: "V3", by: .dnsTool("dig"))
    #expect(lookup.outcome == .nxdomain)
  }
}
