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

  /// A negative answer carries the SOA of the deepest zone that holds the name, as a recursive
  /// resolver passes it on (RFC 2308 §3). The records are the operators' own layouts: Google's
  /// (dns-admin mailbox, 900 900 1800 60), ICANN's for example.com, Verisign's for com, Afilias's for
  /// org in 2021 (a resolver's answer of December 2020: `org. 900 IN SOA a0.org.afilias-nst.info.
  /// noc.afilias-nst.info. … 1800 900 604800 86400`), the root's for a name no zone below holds.
  @Test(
    arguments: [
      ("dig nosuch.google.com", "google.com.\t\t60\tIN\tSOA\tns1.google.com. dns-admin.google.com. 1 900 900 1800 60"),
      (
        "dig www.google.com AAAA", "google.com.\t\t60\tIN\tSOA\tns1.google.com. dns-admin.google.com. 1 900 900 1800 60"
      ),
      (
        "dig nosuch.example.com",
        "example.com.\t\t3600\tIN\tSOA\tns.icann.org. noc.dns.icann.org. 2021040101 7200 3600 1209600 3600"
      ),
      ("dig nosuch.com", "com.\t\t\t900\tIN\tSOA\ta.gtld-servers.net. nstld.verisign-grs.com. "),
      (
        "dig nosuch.org",
        "org.\t\t\t900\tIN\tSOA\ta0.org.afilias-nst.info. noc.afilias-nst.info. 2014176427 1800 900 604800 86400"
      ),
      (
        "dig nosuch.ap-northeast-2.amazonaws.com",
        "amazonaws.com.\t\t60\tIN\tSOA\tdns-external-master.amazon.com. root.amazon.com. "
      ),
      (
        "dig ip-10-0-99-99.ap-northeast-2.compute.internal",
        ".\t\t\t86400\tIN\tSOA\ta.root-servers.net. nstld.verisign-grs.com. "
      ),
    ])
  func negativeAnswersCarryTheSOAOfTheZoneThatHoldsTheName(command: String, authority: String) throws {
    var state = try Self.state("V3")
    let out = LabShell.run(command, state: &state).stdout
    let section = out.components(separatedBy: ";; AUTHORITY SECTION:\n").dropFirst().first ?? ""
    #expect(section.hasPrefix(authority), "\(out)")
  }

  @Test(
    arguments: [
      ("nosuch.google.com", "google.com"), ("WWW.Google.COM.", "google.com"), ("a.b.example.com", "example.com"),
      ("nosuch.com", "com"), ("google.com", "google.com"), ("s3.ap-northeast-2.amazonaws.com", "amazonaws.com"),
      ("ip-10-0-1-10.ap-northeast-2.compute.internal", ""), ("localhost", ""), (".", ""),
    ])
  func theZoneOfANameIsTheDeepestTheTreeDelegates(name: String, zone: String) {
    #expect(World.publicZone(enclosing: name) == zone)
  }
}
