/// The route a table chooses for a destination, by longest prefix match.
public struct RouteMatch: Sendable, Equatable {
  public let route: Route
  /// The prefix length that matched (for a prefix-list route, that of the list's matching block).
  public let prefixLength: Int
  /// The destination as `describe-route-tables` would show it (`0.0.0.0/0`, `pl-78a54011`).
  public let destinationText: String
}

extension World {
  /// The route `table` uses for `address`: the longest prefix wins, and on a tie a CIDR route beats a
  /// prefix-list route (aws-facts.md §1.2).
  public func bestRoute(in table: RouteTable, for address: IPv4Address) -> RouteMatch? {
    var best: (match: RouteMatch, isCIDR: Bool)?
    for route in table.routes {
      let candidate: (length: Int, text: String, isCIDR: Bool)?
      switch route.destination {
      case .cidr(let block):
        candidate = block.contains(address) ? (block.prefixLength, block.description, true) : nil
      case .prefixList(let id):
        let region = gatewayEndpointRegion(route.target) ?? self.region
        let longest = prefixList(id, region: region)?.cidrs.filter { $0.contains(address) }.map(\.prefixLength).max()
        candidate = longest.map { ($0, id, false) }
      }
      guard let candidate else { continue }
      let better: Bool
      if let current = best {
        better =
          candidate.length > current.match.prefixLength
          || (candidate.length == current.match.prefixLength && candidate.isCIDR && !current.isCIDR)
      } else {
        better = true
      }
      if better {
        best = (
          RouteMatch(route: route, prefixLength: candidate.length, destinationText: candidate.text), candidate.isCIDR
        )
      }
    }
    return best?.match
  }

  private func gatewayEndpointRegion(_ target: RouteTarget) -> String? {
    if case .gatewayEndpoint(let id) = target { return endpoint(id)?.region }
    return nil
  }

  /// Tries a TCP connection from a host to an address and says how it ends, with the path or the reasons.
  ///
  /// Pure: it changes nothing. The caller records the returned value as an event.
  public func connect(from hostName: String, to destination: IPv4Address, port: Int, name: String? = nil) -> Connection
  {
    guard let host = host(named: hostName) else {
      return Connection(
        host: hostName, time: now, source: IPv4Address(0), destinationName: name, destination: destination,
        port: port, outcome: .dropped(path: [], reasons: [.noListener(destination: destination)]))
    }
    let outcome: ConnectionOutcome
    switch host.kind {
    case .instance: outcome = connectFromInstance(host, to: destination, port: port)
    case .onPremises: outcome = connectFromOnPremises(host, to: destination, port: port)
    case .cloudShell: outcome = connectFromInternet(host, to: destination)
    }
    return Connection(
      host: host.name, time: now, source: host.address, destinationName: name, destination: destination,
      port: port, outcome: outcome)
  }

  // MARK: - From an instance

  private func connectFromInstance(_ host: Host, to destination: IPv4Address, port: Int) -> ConnectionOutcome {
    guard let interface = networkInterface(of: host), let table = routeTable(forSubnet: interface.subnetId),
      let vpc = vpc(interface.vpcId)
    else {
      return .dropped(path: [], reasons: [.noListener(destination: destination)])
    }
    if let refusal = egressRefusal(interface, to: destination, port: port) { return refusal }
    guard let match = bestRoute(in: table, for: destination) else {
      var reasons: [DropReason] = [.noRoute(routeTableId: table.id, destination: destination)]
      reasons += otherRegionNotes(table: table, destination: destination)
      return .dropped(path: [], reasons: reasons)
    }
    let hop = Hop.routeTable(id: table.id, matched: match.destinationText, target: match.route.target.id)
    switch match.route.target {
    case .local:
      return arriveInVPC(
        vpc: vpc, destination: destination, port: port, source: interface.privateAddress,
        sourceGroups: interface.securityGroupIds, path: [hop], sourceVpcId: vpc.id)
    case .internetGateway(let igwId):
      guard internetGateways.contains(where: { $0.id == igwId && $0.vpcId == vpc.id }) else {
        return .dropped(path: [hop], reasons: [.blackhole(routeTableId: table.id, target: igwId)])
      }
      guard let publicAddress = interface.publicAddress else {
        guard case .instance(let instanceId) = host.kind else { return .dropped(path: [hop], reasons: []) }
        return .dropped(path: [hop], reasons: [.noPublicAddress(instanceId: instanceId, internetGatewayId: igwId)])
      }
      return onInternet(
        destination: destination, path: [hop, .internetGateway(igwId)],
        via: .internet(internetGatewayId: igwId), sourceAddress: publicAddress)
    case .natGateway(let natId):
      guard let nat = natGateways.first(where: { $0.id == natId }),
        let natTable = routeTable(forSubnet: nat.subnetId),
        let natRoute = bestRoute(in: natTable, for: destination),
        case .internetGateway(let igwId) = natRoute.route.target
      else {
        return .dropped(path: [hop], reasons: [.blackhole(routeTableId: table.id, target: natId)])
      }
      return onInternet(
        destination: destination, path: [hop, .natGateway(natId), .internetGateway(igwId)],
        via: .natGateway(natId), sourceAddress: nat.publicAddress)
    case .vpnGateway(let vgwId):
      guard let onPremises, onPremises.vpnGatewayId == vgwId, onPremises.cidr.contains(destination) else {
        return .dropped(path: [hop], reasons: [.noListener(destination: destination)])
      }
      let path = [hop, .link(onPremises.link, vpnGatewayId: vgwId)]
      if hosts.contains(where: { $0.kind == .onPremises && $0.address == destination })
        || destination == onPremises.resolverAddress
      {
        return .connected(path: path, contact: nil)
      }
      return .dropped(path: path, reasons: [.noListener(destination: destination)])
    case .gatewayEndpoint(let endpointId):
      guard let endpoint = endpoint(endpointId) else {
        return .dropped(path: [hop], reasons: [.blackhole(routeTableId: table.id, target: endpointId)])
      }
      let contact = ServiceContact(
        service: endpoint.service, region: endpoint.region, via: .gatewayEndpoint(endpoint.id),
        sourceVpcId: vpc.id, sourceEndpointId: endpoint.id, sourceAddress: interface.privateAddress)
      return .connected(
        path: [hop, .gatewayEndpoint(endpoint.id), .service(endpoint.service, region: endpoint.region)],
        contact: contact)
    }
  }

  /// Security groups are stateful and allow all outbound traffic by default; a learner who narrows
  /// the egress rules can still block a connection on the way out.
  private func egressRefusal(_ interface: NetworkInterface, to destination: IPv4Address, port: Int)
    -> ConnectionOutcome?
  {
    let groups = interface.securityGroupIds.compactMap { securityGroup($0) }
    let allowed = groups.contains { group in
      group.egress.contains { rule in
        rule.coversTCP(port: port)
          && (rule.cidrs.contains { $0.contains(destination) }
            || rule.prefixListIds.contains { prefixList($0)?.contains(destination) == true })
      }
    }
    if allowed || groups.isEmpty { return nil }
    return .dropped(
      path: [], reasons: [.securityGroup(groupIds: groups.map(\.id), port: port, source: interface.privateAddress)])
  }

  /// When no route matched, notes that a gateway endpoint on the table serves this service in another Region.
  private func otherRegionNotes(table: RouteTable, destination: IPv4Address) -> [DropReason] {
    guard let target = RegionCatalog.publicService(at: destination) else { return [] }
    var notes: [DropReason] = []
    for route in table.routes {
      guard case .gatewayEndpoint(let id) = route.target, let endpoint = endpoint(id),
        endpoint.service == target.service, endpoint.region != target.region
      else { continue }
      notes.append(
        .gatewayEndpointOtherRegion(endpointId: id, endpointRegion: endpoint.region, destinationRegion: target.region))
    }
    return notes
  }

  // MARK: - Inside the VPC

  /// Delivers a flow to an address inside a VPC: finds the interface and applies its security groups.
  private func arriveInVPC(
    vpc: VPC, destination: IPv4Address, port: Int, source: IPv4Address, sourceGroups: [String], path: [Hop],
    sourceVpcId: String
  ) -> ConnectionOutcome {
    guard let target = networkInterface(withAddress: destination), target.vpcId == vpc.id else {
      return .dropped(path: path, reasons: [.noListener(destination: destination)])
    }
    var path = path
    let groups = target.securityGroupIds
    guard admits(groups: groups, source: source, sourceGroups: sourceGroups, port: port) else {
      return .dropped(path: path, reasons: [.securityGroup(groupIds: groups, port: port, source: source)])
    }
    path += groups.map { Hop.securityGroup(id: $0, direction: "inbound") }
    switch target.owner {
    case .vpcEndpoint(let endpointId):
      guard let endpoint = endpoint(endpointId) else {
        return .dropped(path: path, reasons: [.noListener(destination: destination)])
      }
      guard endpoint.state(at: now) == .available else {
        return .dropped(path: path, reasons: [.endpointPending(endpointId: endpointId)])
      }
      let contact = ServiceContact(
        service: endpoint.service, region: endpoint.region, via: .interfaceEndpoint(endpointId),
        sourceVpcId: sourceVpcId, sourceEndpointId: endpointId, sourceAddress: source)
      path += [
        .interfaceEndpoint(endpointId: endpointId, interfaceId: target.id),
        .service(endpoint.service, region: endpoint.region),
      ]
      return .connected(path: path, contact: contact)
    case .instance, .natGateway, .resolverEndpoint:
      return .connected(path: path + [.networkInterface(target.id)], contact: nil)
    }
  }

  /// True when any of `groups` has an inbound rule for TCP `port` from the source address or groups.
  public func admits(groups: [String], source: IPv4Address, sourceGroups: [String], port: Int) -> Bool {
    groups.compactMap { securityGroup($0) }.contains { group in
      group.ingress.contains { rule in
        rule.coversTCP(port: port)
          && (rule.cidrs.contains { $0.contains(source) }
            || rule.groupIds.contains { sourceGroups.contains($0) }
            || rule.prefixListIds.contains { prefixList($0)?.contains(source) == true })
      }
    }
  }

  // MARK: - The internet

  /// A flow that has reached the internet: an AWS service's public endpoint, or nothing we simulate.
  private func onInternet(destination: IPv4Address, path: [Hop], via: ServicePath, sourceAddress: IPv4Address)
    -> ConnectionOutcome
  {
    guard !destination.isPrivate else {
      return .dropped(path: path, reasons: [.privateFromInternet(destination: destination)])
    }
    guard let service = RegionCatalog.publicService(at: destination) else {
      return .connected(path: path, contact: nil)
    }
    let contact = ServiceContact(
      service: service.service, region: service.region, via: via, sourceVpcId: nil, sourceEndpointId: nil,
      sourceAddress: sourceAddress)
    return .connected(path: path + [.service(service.service, region: service.region)], contact: contact)
  }

  private func connectFromInternet(_ host: Host, to destination: IPv4Address) -> ConnectionOutcome {
    onInternet(
      destination: destination, path: [], via: .internet(internetGatewayId: nil),
      sourceAddress: cloudShellPublicAddress)
  }

  /// The public address CloudShell's traffic comes from.
  var cloudShellPublicAddress: IPv4Address { IPv4Address(0x0323_2A0B) }  // 3.35.42.11

  // MARK: - From the data centre

  private func connectFromOnPremises(_ host: Host, to destination: IPv4Address, port: Int) -> ConnectionOutcome {
    guard let onPremises else { return .dropped(path: [], reasons: [.onPremisesNoRoute(destination: destination)]) }
    if onPremises.cidr.contains(destination) {
      let known = hosts.contains { $0.address == destination } || destination == onPremises.resolverAddress
      return known
        ? .connected(path: [], contact: nil) : .dropped(path: [], reasons: [.noListener(destination: destination)])
    }
    let overLink = onPremises.routesOverLink.filter { $0.contains(destination) }.map(\.prefixLength).max()
    guard overLink != nil else {
      if onPremises.internetAccess {
        return onInternet(
          destination: destination, path: [], via: .internet(internetGatewayId: nil),
          sourceAddress: IPv4Address(0xCB00_710A))  // 203.0.113.10, the data centre's own public address
      }
      return .dropped(
        path: [], reasons: [.onPremisesNoRoute(destination: destination)] + gatewayEndpointNotes(destination))
    }
    let linkHop = Hop.link(onPremises.link, vpnGatewayId: onPremises.vpnGatewayId)
    guard let gateway = vpnGateways.first(where: { $0.id == onPremises.vpnGatewayId }), let vpcId = gateway.vpcId,
      let vpc = vpc(vpcId)
    else {
      return .dropped(path: [linkHop], reasons: [.onPremisesNoRoute(destination: destination)])
    }
    // Traffic from the link may only land on addresses inside the VPC: no transit to the internet
    // gateway, a NAT gateway or a gateway endpoint.
    guard vpc.cidr.contains(destination) else {
      return .dropped(
        path: [linkHop],
        reasons: [.notTransitive(link: onPremises.link, destination: destination)]
          + gatewayEndpointNotes(destination))
    }
    return arriveInVPC(
      vpc: vpc, destination: destination, port: port, source: host.address, sourceGroups: [],
      path: [linkHop], sourceVpcId: vpc.id)
  }

  /// Notes that a gateway endpoint exists for the destination's service but can't be used from outside the VPC.
  private func gatewayEndpointNotes(_ destination: IPv4Address) -> [DropReason] {
    guard let target = RegionCatalog.publicService(at: destination) else { return [] }
    return
      liveEndpoints
      .filter { $0.type == .gateway && $0.service == target.service && $0.region == target.region }
      .map { .gatewayEndpointNotTransitive(endpointId: $0.id, from: "on-premises") }
  }
}
