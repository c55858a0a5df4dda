/// The simulated internet's DNS outside AWS: a few well-known names with fixed addresses, so a
/// learner can see that DNS answers public names from every resolver — inside a private subnet too.
///
/// The addresses are plausible (each lies in a block its owner announces) but fixed: real names
/// answer from many addresses that change. Only A records exist here; the simulated hosts have no
/// IPv6, so the zone answers no AAAA. The list is documented in docs/public-dns.md.
enum PublicZone {
  /// Name → its A records, in answer order.
  static let addresses: [String: [IPv4Address]] = [
    "example.com": ["93.184.216.34"],
    "www.example.com": ["93.184.216.34"],
    "google.com": ["142.250.196.110"],
    "www.google.com": ["142.250.207.100"],
    "amazon.com": ["52.94.236.248", "54.239.28.85", "205.251.242.103"],
    "aws.amazon.com": ["13.225.131.62"],
    "github.com": ["20.200.245.247"],
    "naver.com": ["223.130.200.107", "223.130.200.104", "223.130.195.200", "223.130.195.95"],
    "pypi.org": ["151.101.0.223"],
    "checkip.amazonaws.com": ["3.33.215.129"],
  ].mapValues { $0.compactMap(IPv4Address.parse) }

  /// Names that exist with no address record: the apex of Amazon's zone, which has its SOA and
  /// name servers but no A, MX or TXT in the simulation.
  static let addresslessNames: Set<String> = ["amazonaws.com"]

  /// What public DNS holds for `name` (lowercased, no final dot): its addresses, an empty list for a
  /// name that exists without any, or nil when the zone has no such name.
  static func lookup(_ name: String) -> [IPv4Address]? {
    if let found = addresses[name] { return found }
    return addresslessNames.contains(name) ? [] : nil
  }
}
