/// Well-known public resolvers a learner may name explicitly (`dig @8.8.8.8 …`).
let publicResolverAddresses: [IPv4Address] = ["8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9"]
  .compactMap(IPv4Address.parse)

/// The link-local address of the Amazon DNS server, usable from any instance.
let amazonLinkLocalResolver = IPv4Address(0xA9FE_A9FD)  // 169.254.169.253

extension World {
  /// Resolves a name from a host, as the host's stub resolver (or an explicit server) would.
  ///
  /// `askedBy` is recorded in the lookup, so checks can tell a learner's `dig` from awscli's own
  /// resolution; it has no default, so every path that makes a lookup says who asked.
  ///
  /// Mutating because the order of multiple answers, and which pool address answers, are drawn from
  /// the world's generator — as real resolvers rotate them.
  public mutating func resolve(
    _ rawName: String, type: String = "A", from hostName: String, server: IPv4Address? = nil,
    by askedBy: DNSAsker
  ) -> DNSLookup {
    let name = World.normalizedName(rawName)
    let type = type.uppercased()
    guard let host = host(named: hostName) else {
      return DNSLookup(
        host: hostName, time: now, name: name, type: type, resolver: server ?? IPv4Address(0),
        resolverRole: .none, outcome: .noResponse, source: nil, askedBy: askedBy)
    }
    let resolver = server ?? host.resolverAddress
    let role = resolverRole(for: host, resolver: resolver)
    let (outcome, source) = answer(name: name, type: type, role: role)
    return DNSLookup(
      host: host.name, time: now, name: name, type: type, resolver: resolver, resolverRole: role,
      outcome: outcome, source: source, askedBy: askedBy)
  }

  /// Lowercased, without a trailing dot.
  static func normalizedName(_ name: String) -> String {
    // An ASCII name (every name but a learner's odd one) is read at its bytes: its lowercasing is
    // ASCII's, a trailing dot is its last byte, and one already lowercase with no dot at the end
    // is returned as it is. Resolving and connecting normalise several names a command.
    let ascii: String?? = name.utf8.withContiguousStorageIfAvailable { bytes in
      guard ASCIIText.holds(bytes) else { return nil }
      var end = bytes.count
      while end > 0, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
      if end == bytes.count, !bytes.contains(where: { ASCIIText.lowercased($0) != $0 }) { return name }
      return String(unsafeUninitializedCapacity: end) { lowered in
        for index in 0..<end { lowered[index] = ASCIIText.lowercased(bytes[index]) }
        return end
      }
    }
    if let lowered = ascii.flatMap({ $0 }) { return lowered }
    var lowered = name.lowercased()
    while lowered.hasSuffix(".") { lowered.removeLast() }
    return lowered
  }

  /// Which resolver a query from `host` to `resolver` reaches, or `.none` when nothing answers there.
  func resolverRole(for host: Host, resolver: IPv4Address) -> ResolverRole {
    switch host.kind {
    case .instance:
      guard let interface = networkInterface(of: host), let vpc = vpc(interface.vpcId) else { return .none }
      if resolver == vpc.resolverAddress || resolver == amazonLinkLocalResolver {
        return vpc.dnsSupport ? .vpcResolver(vpcId: vpc.id) : .none
      }
      if let onPremises, resolver == onPremises.resolverAddress,
        canReach(from: host, to: resolver, port: 53)
      {
        return .onPremises
      }
      if publicResolverAddresses.contains(resolver), canReach(from: host, to: resolver, port: 53) {
        return .internet
      }
      return .none
    case .onPremises:
      if let onPremises, resolver == onPremises.resolverAddress { return .onPremises }
      if let inbound = inboundEndpointVPC(), resolver == inbound.address, canReach(from: host, to: resolver, port: 53) {
        return .vpcResolver(vpcId: inbound.vpcId)
      }
      if onPremises?.internetAccess == true && publicResolverAddresses.contains(resolver) { return .internet }
      return .none
    case .cloudShell:
      if resolver == host.resolverAddress || publicResolverAddresses.contains(resolver) { return .internet }
      return .none
    }
  }

  /// True when a TCP/UDP flow from `host` to `address` would get through.
  func canReach(from host: Host, to address: IPv4Address, port: Int) -> Bool {
    if case .connected = connect(from: host.name, to: address, port: port).outcome { return true }
    return false
  }

  /// The inbound resolver endpoint the data centre forwards to, with one of its addresses.
  func inboundEndpointVPC() -> (vpcId: String, address: IPv4Address)? {
    guard let id = onPremises?.forwardsToInboundEndpoint,
      let endpoint = resolverEndpoints.first(where: { $0.id == id }),
      let first = endpoint.networkInterfaceIds.first.flatMap({ networkInterface($0) })
    else { return nil }
    return (endpoint.vpcId, first.privateAddress)
  }

  private mutating func answer(name: String, type: String, role: ResolverRole) -> (DNSOutcome, DNSSource?) {
    switch role {
    case .none:
      return (.noResponse, nil)
    case .vpcResolver(let vpcId):
      return answerInVPC(name: name, type: type, vpcId: vpcId, viaInboundEndpoint: false)
    case .onPremises:
      // The data centre forwards AWS names to the inbound endpoint when one is set up (2023 design).
      if name.hasSuffix(".amazonaws.com"), let inbound = inboundEndpointVPC() {
        return answerInVPC(name: name, type: type, vpcId: inbound.vpcId, viaInboundEndpoint: true)
      }
      return answerPublicly(name: name, type: type)
    case .internet:
      return answerPublicly(name: name, type: type)
    }
  }

  /// The VPC resolver's view: private hosted zones first, then internal names, then public DNS.
  mutating func answerInVPC(
    name: String, type: String, vpcId: String, viaInboundEndpoint: Bool
  ) -> (DNSOutcome, DNSSource?) {
    if let zone = privateHostedZoneMatch(name: name, vpcId: vpcId, viaInboundEndpoint: viaInboundEndpoint) {
      let addresses = zone.addresses
      return (
        type == "A" ? .answered(random.shuffled(addresses)) : .noData,
        .privateHostedZone(endpointId: zone.endpoint.id, service: zone.endpoint.service)
      )
    }
    if let vpc = vpc(vpcId), let reverse = reverseAnswerInVPC(name: name, type: type, vpc: vpc) {
      return reverse
    }
    if let vpc = vpc(vpcId), let address = internalHostAddress(name: name, vpc: vpc) {
      return (type == "A" ? .answered([address]) : .noData, .vpcInternal)
    }
    return answerPublicly(name: name, type: type)
  }

  /// The interface endpoint whose private hosted zone answers `name` inside a VPC, if any.
  func privateHostedZoneMatch(
    name: String, vpcId: String, viaInboundEndpoint: Bool
  ) -> (endpoint: VPCEndpoint, addresses: [IPv4Address])? {
    guard let vpc = vpc(vpcId), vpc.dnsSupport, vpc.dnsHostnames else { return nil }
    for endpoint in liveEndpoints
    where endpoint.vpcId == vpcId && endpoint.type == .interface && endpoint.privateDnsEnabled
      && endpoint.state(at: now) == .available
    {
      // "Only for inbound endpoints": queries from inside the VPC keep the public answer.
      if endpoint.privateDnsOnlyForInboundResolverEndpoint == true && !viaInboundEndpoint { continue }
      let names = endpoint.service.privateDNSNames(in: endpoint.region, era: era)
      if names.contains(where: { World.dnsName(name, matches: $0) }) {
        let addresses = endpoint.networkInterfaceIds.compactMap { networkInterface($0)?.privateAddress }
        if !addresses.isEmpty { return (endpoint, addresses) }
      }
    }
    return nil
  }

  /// `ip-10-0-1-10.<region>.compute.internal` (or `.ec2.internal` in us-east-1) for an address in the VPC.
  func internalHostAddress(name: String, vpc: VPC) -> IPv4Address? {
    guard vpc.dnsHostnames else { return nil }
    let suffix = vpc.region == "us-east-1" ? ".ec2.internal" : ".\(vpc.region).compute.internal"
    guard name.hasSuffix(suffix) else { return nil }
    let label = String(name.dropLast(suffix.count))
    guard label.hasPrefix("ip-") else { return nil }
    let dotted = label.dropFirst(3).split(separator: "-", omittingEmptySubsequences: false).joined(separator: ".")
    guard let address = IPv4Address.parse(dotted), vpc.cidr.contains(address),
      networkInterface(withAddress: address) != nil
    else { return nil }
    return address
  }

  /// Public DNS: AWS service endpoints, interface endpoint names, and NXDOMAIN for the rest.
  mutating func answerPublicly(name: String, type: String) -> (DNSOutcome, DNSSource?) {
    // The root exists; of the types the model answers it has none (its NS set is the tools' to print).
    if name.isEmpty { return (.noData, .publicZone) }
    if let match = endpointNameMatch(name) {
      let addresses = match.addresses
      return (
        type == "A" ? .answered(random.shuffled(addresses)) : .noData,
        .endpointName(endpointId: match.endpoint.id, service: match.endpoint.service, zonal: match.zonal)
      )
    }
    if let service = publicServiceName(name) {
      guard type == "A" else { return (.noData, .publicService(service: service.service, region: service.region)) }
      let address = drawPoolAddress(service: service.service, region: service.region)
      return (.answered([address]), .publicService(service: service.service, region: service.region))
    }
    if let reverse = reverseAnswerPublicly(name: name, type: type) { return reverse }
    if let addresses = PublicZone.lookup(name) {
      return (type == "A" && !addresses.isEmpty ? .answered(addresses) : .noData, .publicZone)
    }
    return (.nxdomain, .unknown)
  }

  /// The interface endpoint that owns a `vpce.amazonaws.com` name, with the addresses it answers.
  func endpointNameMatch(_ name: String) -> (endpoint: VPCEndpoint, addresses: [IPv4Address], zonal: Bool)? {
    guard name.hasSuffix(".vpce.amazonaws.com") else { return nil }
    for endpoint in liveEndpoints where endpoint.type == .interface {
      let interfaces = endpoint.networkInterfaceIds.compactMap { networkInterface($0) }
      var candidates: [(String, [IPv4Address], Bool)] = [
        (endpoint.regionalDNSName, interfaces.map(\.privateAddress), false)
      ]
      for interface in interfaces {
        candidates.append(
          (endpoint.zonalDNSName(availabilityZone: interface.availabilityZone), [interface.privateAddress], true))
      }
      for (recordName, addresses, zonal) in candidates {
        let pattern = endpoint.service.usesWildcardEndpointNames ? "*." + recordName : recordName
        if World.dnsName(name, matches: pattern) { return (endpoint, addresses, zonal) }
      }
    }
    return nil
  }

  /// The service and Region a public AWS hostname belongs to.
  func publicServiceName(_ name: String) -> (service: AWSService, region: String)? {
    let suffix = ".amazonaws.com"
    guard name.utf8.count >= suffix.utf8.count, name.hasSuffix(suffix) else { return nil }
    // Only the last two labels before the suffix matter, and whether more come before them, read
    // from the end at the dot bytes
    // (empty labels skipped, as a split skips them): every name any tool looks up comes here, and
    // splitting Characters, or even the whole name into labels, cost most of a lookup.
    let headLength = name.utf8.count - suffix.utf8.count
    let labels =
      name.utf8.withContiguousStorageIfAvailable { Self.lastLabels(UnsafeBufferPointer(rebasing: $0[..<headLength])) }
      ?? Array(name.utf8.prefix(headLength)).withUnsafeBufferPointer { Self.lastLabels($0) }
    // Global names: s3.amazonaws.com, BUCKET.s3.amazonaws.com, sts.amazonaws.com.
    if labels.last == "s3" { return (.s3, "us-east-1") }
    guard let second = labels.second else { return labels.last == "sts" ? (.sts, "us-east-1") : nil }
    guard let last = labels.last, let region = RegionCatalog.region(named: last) else { return nil }
    guard let service = AWSService(rawValue: second) else { return nil }
    // Virtual-hosted bucket names exist only under S3; other services have no sub-names.
    if labels.more && service != .s3 { return nil }
    return (service, region.name)
  }

  /// The last two labels of `bytes` and whether more come before them, empty labels left out.
  private static func lastLabels(_ bytes: UnsafeBufferPointer<UInt8>) -> (last: String?, second: String?, more: Bool) {
    var end = bytes.count
    /// The label ending at `end` or before, moving `end` to its start; nil when none is left.
    func previous() -> String? {
      while end > 0 && bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
      guard end > 0 else { return nil }
      var start = end
      while start > 0 && bytes[start - 1] != UInt8(ascii: ".") { start -= 1 }
      defer { end = start }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
    let last = previous()
    let second = previous()
    while end > 0 && bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
    return (last, second, end > 0)
  }

  /// An address of a service's public endpoint, drawn from its pool.
  mutating func drawPoolAddress(service: AWSService, region: String) -> IPv4Address {
    let pool = RegionCatalog.region(named: region)?.addressPools[service] ?? []
    guard !pool.isEmpty else { return IPv4Address(0) }
    let total = pool.reduce(UInt64(0)) { $0 + $1.size }
    var pick = random.below(total)
    for block in pool {
      if pick < block.size {
        // Keep away from the block's first and last address, which never answer for a service.
        let offset = UInt32(max(1, min(pick, block.size - 2)))
        return block.address(at: offset)
      }
      pick -= block.size
    }
    return pool[0].address(at: 1)
  }

  /// DNS name matching with a single leading `*` label matching one or more labels.
  static func dnsName(_ name: String, matches pattern: String) -> Bool {
    if pattern.hasPrefix("*.") {
      let suffix = String(pattern.dropFirst(1))
      return name.hasSuffix(suffix) && name.count > suffix.count
    }
    return name == pattern
  }
}
