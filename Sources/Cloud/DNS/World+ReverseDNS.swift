/// Reverse DNS (PTR) for the addresses AWS names: an instance's private address inside its VPC,
/// and an instance's public address from anywhere.
///
/// AWS documents the names: `ip-10-0-11-20.ap-northeast-2.compute.internal` (`ip-…ec2.internal` in
/// us-east-1) for a private address when the VPC has DNS hostnames on, and
/// `ec2-3-35-1-10.ap-northeast-2.compute.amazonaws.com` (`…compute-1.amazonaws.com` in us-east-1)
/// for a public one ("Amazon EC2 instance hostname types", "DNS attributes for your VPC").
extension World {
  /// The IPv4 address an `in-addr.arpa` name stands for (lowercased, no final dot), if it is one.
  static func reverseAddress(_ name: String) -> IPv4Address? {
    let suffix = ".in-addr.arpa"
    guard name.hasSuffix(suffix) else { return nil }
    let labels = name.dropLast(suffix.count).split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count == 4 else { return nil }
    return IPv4Address.parse(labels.reversed().joined(separator: "."))
  }

  /// `ip-10-0-11-20.<region>.compute.internal` for an address of a VPC in `region`.
  static func privateHostname(_ address: IPv4Address, region: String) -> String {
    let label = "ip-" + String(address.description.map { $0 == "." ? "-" : $0 })
    return region == "us-east-1" ? "\(label).ec2.internal" : "\(label).\(region).compute.internal"
  }

  /// `ec2-3-35-1-10.<region>.compute.amazonaws.com` for a public address in `region`.
  static func publicHostname(_ address: IPv4Address, region: String) -> String {
    let label = "ec2-" + String(address.description.map { $0 == "." ? "-" : $0 })
    return region == "us-east-1" ? "\(label).compute-1.amazonaws.com" : "\(label).\(region).compute.amazonaws.com"
  }

  /// The VPC resolver's reverse answer for one of the VPC's own instance addresses; nil when the
  /// name is not a reverse name of such an address (public DNS then decides).
  func reverseAnswerInVPC(name: String, type: String, vpc: VPC) -> (DNSOutcome, DNSSource)? {
    guard vpc.dnsHostnames, let address = World.reverseAddress(name), vpc.cidr.contains(address),
      networkInterface(withAddress: address) != nil
    else { return nil }
    let target = World.privateHostname(address, region: vpc.region)
    return (type == "PTR" ? .pointers([target]) : .noData, .vpcInternal)
  }

  /// Public DNS's reverse answer for an instance's public address; nil for any other name.
  func reverseAnswerPublicly(name: String, type: String) -> (DNSOutcome, DNSSource)? {
    guard let address = World.reverseAddress(name),
      let interface = networkInterfaces.first(where: { $0.publicAddress == address }),
      let vpc = vpc(interface.vpcId)
    else { return nil }
    let target = World.publicHostname(address, region: vpc.region)
    return (type == "PTR" ? .pointers([target]) : .noData, .publicZone)
  }
}
