/// The whole simulated AWS world of one attempt: resources, clock and random generator.
///
/// A value type: every change makes a new world, so an attempt can be replayed, compared or forked.
/// Collections are arrays in creation order, never dictionaries, so that anything shown or graded
/// comes out in the same order on every machine.
public struct World: Sendable, Equatable, Codable {
  public var era: Era
  /// The Region the lab happens in.
  public var region: String
  public var accountId: String
  public var clock: SimClock
  public var random: SeededGenerator

  public var vpcs: [VPC] = []
  public var subnets: [Subnet] = []
  public var routeTables: [RouteTable] = []
  public var internetGateways: [InternetGateway] = []
  public var natGateways: [NATGateway] = []
  public var vpnGateways: [VPNGateway] = []
  public var securityGroups: [SecurityGroup] = []
  public var networkInterfaces: [NetworkInterface] = []
  public var instances: [Instance] = []
  public var endpoints: [VPCEndpoint] = []
  public var resolverEndpoints: [ResolverEndpoint] = []
  public var onPremises: OnPremisesNetwork?
  public var hosts: [Host] = []
  /// Buckets and objects, in every Region.
  public var s3 = S3Store()
  /// The files of hosts where the learner wrote something, in the order first written.
  public var hostFiles: [HostFileTree] = []
  /// How long a new interface endpoint stays `pending`, in simulated milliseconds.
  public var interfaceEndpointProvisioningMilliseconds: Int64 = 90_000

  /// An empty world in a Region at a simulated instant, with the generator seeded.
  public init(era: Era, region: String, accountId: String, clock: SimClock, seed: UInt64) {
    self.era = era
    self.region = region
    self.accountId = accountId
    self.clock = clock
    self.random = SeededGenerator(seed: seed)
  }

  /// The current simulated time in milliseconds since the epoch.
  public var now: Int64 { clock.millisecondsSinceEpoch }

  /// Static facts about the world's Region.
  public var regionInfo: RegionInfo {
    RegionCatalog.region(named: region) ?? RegionCatalog.regions[0]
  }
}

// MARK: - Lookups

extension World {
  public func vpc(_ id: String) -> VPC? { vpcs.first { $0.id == id } }
  public func subnet(_ id: String) -> Subnet? { subnets.first { $0.id == id } }
  public func routeTable(_ id: String) -> RouteTable? { routeTables.first { $0.id == id } }
  public func securityGroup(_ id: String) -> SecurityGroup? { securityGroups.first { $0.id == id } }
  public func networkInterface(_ id: String) -> NetworkInterface? { networkInterfaces.first { $0.id == id } }
  public func instance(_ id: String) -> Instance? { instances.first { $0.id == id } }
  public func endpoint(_ id: String) -> VPCEndpoint? { endpoints.first { $0.id == id && !$0.deleted } }
  public func host(named name: String) -> Host? {
    hosts.first { $0.name == name } ?? hosts.first { $0.name.lowercased() == name.lowercased() }
  }

  /// The endpoints that exist now (not deleted).
  public var liveEndpoints: [VPCEndpoint] { endpoints.filter { !$0.deleted } }

  /// The route table that decides for a subnet: its explicit association, or the VPC's main table.
  public func routeTable(forSubnet subnetId: String) -> RouteTable? {
    if let explicit = routeTables.first(where: { table in table.associations.contains { $0.subnetId == subnetId } }) {
      return explicit
    }
    guard let vpcId = subnet(subnetId)?.vpcId else { return nil }
    return routeTables.first { $0.vpcId == vpcId && $0.isMain }
  }

  /// The interface holding a private address, if any.
  public func networkInterface(withAddress address: IPv4Address) -> NetworkInterface? {
    networkInterfaces.first { $0.privateAddress == address }
  }

  /// The network interface of a host that is an instance.
  public func networkInterface(of host: Host) -> NetworkInterface? {
    guard case .instance(let instanceId) = host.kind, let instance = instance(instanceId) else { return nil }
    return networkInterface(instance.networkInterfaceId)
  }

  /// The VPC whose CIDR holds `address`, if any.
  public func vpc(containing address: IPv4Address) -> VPC? {
    vpcs.first { $0.cidr.contains(address) }
  }

  /// The prefix list with an ID in the world's Region (IDs repeat across Regions).
  public func prefixList(_ id: String, region: String? = nil) -> PrefixList? {
    RegionCatalog.region(named: region ?? self.region)?.prefixLists.first { $0.id == id }
  }

  /// The VPC's default security group.
  public func defaultSecurityGroup(vpcId: String) -> SecurityGroup? {
    securityGroups.first { $0.vpcId == vpcId && $0.name == "default" }
  }
}

// MARK: - Identifiers

extension World {
  /// A new resource ID in AWS's long form: the prefix, a dash and 17 hex digits (`vpce-0916e80803286e2d6`).
  ///
  /// Real long IDs begin with `0`; the rest is drawn from the world's generator, so replays repeat them.
  public mutating func newId(_ prefix: String) -> String {
    "\(prefix)-0\(random.hex(16))"
  }

  /// A new private hosted zone ID (`Z` and 13 uppercase letters and digits).
  public mutating func newHostedZoneId() -> String {
    "Z" + random.alphanumeric(13).uppercased()
  }

  /// A MAC address as EC2 assigns them (`02:…`, locally administered).
  public mutating func newMacAddress() -> String {
    "02:" + (0..<5).map { _ in random.hex(2) }.joined(separator: ":")
  }

  /// A free private address in a subnet, avoiding the five AWS reserves and addresses in use.
  public mutating func newPrivateAddress(in subnetId: String) -> IPv4Address? {
    guard let subnet = subnet(subnetId) else { return nil }
    let used = Set(networkInterfaces.map(\.privateAddress))
    let first: UInt32 = 4
    let last = UInt32(subnet.cidr.size) - 2
    guard last >= first else { return nil }
    let span = UInt64(last - first + 1)
    // Draw first, then walk forward from the draw, so that a full subnet is detected, not looped on.
    let start = UInt32(random.below(span))
    for step in 0..<UInt32(span) {
      let offset = first + (start + step) % UInt32(span)
      let candidate = subnet.cidr.address(at: offset)
      if !used.contains(candidate) { return candidate }
    }
    return nil
  }

  /// A public address for an instance or NAT gateway, from the Region's EC2 instance range.
  public mutating func newPublicAddress() -> IPv4Address {
    // 13.124.0.0/16 is an EC2 range in Seoul, 54.80.0.0/13 one in us-east-1.
    let block = region == "us-east-1" ? "54.80.0.0/13" : "13.124.0.0/16"
    let range = try! CIDRBlock(parsing: block)
    return range.address(at: UInt32(1 + random.below(range.size - 2)))
  }
}
