extension WorldDescription {
  /// Builds the world this description describes, drawing every ID from `seed`.
  ///
  /// All mistakes are collected, not just the first, each with the path of the field at fault.
  public func build(seed: UInt64) throws(DescriptionErrors) -> World {
    var builder = WorldBuilder(description: self, seed: seed)
    builder.build()
    guard builder.errors.isEmpty else { throw DescriptionErrors(errors: builder.errors) }
    return builder.world
  }

  /// Builds the world for `seed` with the S3 storage of `other`, a world this description built
  /// for another seed: buckets and objects come from the description alone (no ID is drawn for
  /// them), and hashing every object's content for its ETag was a tenth of a lab's start.
  public func build(seed: UInt64, reusingStorageOf other: World) throws(DescriptionErrors) -> World {
    var builder = WorldBuilder(description: self, seed: seed)
    builder.reusedStorage = other.s3
    builder.build()
    guard builder.errors.isEmpty else { throw DescriptionErrors(errors: builder.errors) }
    return builder.world
  }

  /// Parses `YYYY-MM-DDTHH:MM:SSZ` into a clock; nil when malformed.
  static func parseTime(_ text: String) -> SimClock? {
    let bytes = Array(text.utf8)
    guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
      bytes[19] == UInt8(ascii: "Z")
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      Int(String(decoding: bytes[range], as: UTF8.self))
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
      (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
    else { return nil }
    return SimClock(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
  }
}

/// Turns a description into a world, step by step, in a fixed order so IDs repeat for a seed.
struct WorldBuilder {
  let description: WorldDescription
  var world: World
  var errors: [DescriptionError] = []
  /// S3 storage already built from this description, taken instead of building the buckets again.
  var reusedStorage: S3Store?
  private var subnetIds: [String: String] = [:]
  private var tableIds: [String: String] = [:]
  private var groupIds: [String: String] = [:]
  private var vpcId = ""

  init(description: WorldDescription, seed: UInt64) {
    self.description = description
    let clock = WorldDescription.parseTime(description.start) ?? SimClock(year: 2021, month: 4, day: 13)
    world = World(
      era: description.era, region: description.region, accountId: description.account, clock: clock, seed: seed)
  }

  private mutating func fail(_ path: String, _ message: String) {
    errors.append(DescriptionError(path: path, message: message))
  }

  mutating func build() {
    if WorldDescription.parseTime(description.start) == nil {
      fail("start", "'\(description.start)' is not a UTC time like 2021-04-13T04:40:00Z")
    }
    guard let region = RegionCatalog.region(named: description.region) else {
      let known = RegionCatalog.regions.map(\.name).joined(separator: ", ")
      fail("region", "unknown Region '\(description.region)'; the simulation has \(known)")
      return
    }
    if description.account.count != 12 || !description.account.allSatisfy(\.isASCIIDigit) {
      fail("account", "'\(description.account)' is not a 12-digit AWS account ID")
    }
    buildVPC(region: region)
    buildOnPremises()
    buildCloudShell()
    if let reusedStorage {
      world.s3 = reusedStorage
    } else {
      buildBuckets()
    }
  }

  // MARK: - VPC

  private mutating func buildVPC(region: RegionInfo) {
    let d = description.vpc
    guard let cidr = cidr(d.cidr, at: "vpc.cidr") else { return }
    if cidr.prefixLength < 16 || cidr.prefixLength > 28 {
      fail("vpc.cidr", "a VPC's block must be between /16 and /28, not /\(cidr.prefixLength)")
    }
    vpcId = world.newId("vpc")
    world.vpcs.append(
      VPC(
        id: vpcId, name: d.name, cidr: cidr, region: world.region, dnsSupport: d.dnsSupport,
        dnsHostnames: d.dnsHostnames,
        cidrAssociationId: world.newId("vpc-cidr-assoc"), dhcpOptionsId: world.newId("dopt")))

    var igwId: String?
    if d.internetGateway {
      let id = world.newId("igw")
      world.internetGateways.append(InternetGateway(id: id, vpcId: vpcId))
      igwId = id
    }
    buildSecurityGroups(d)
    buildRouteTables(d, cidr: cidr)
    buildSubnets(d, vpcCIDR: cidr, region: region)
    let natId = buildNATGateway(d, hasInternetGateway: igwId != nil)
    resolveRouteTargets(d, igwId: igwId, natId: natId)
    buildInstances(d)
    buildEndpoints(d, region: region)
    buildInboundResolver(d)
  }

  private mutating func buildSecurityGroups(_ d: VPCDescription) {
    let defaultId = world.newId("sg")
    groupIds["default"] = defaultId
    // AWS's default group admits traffic from its own members only.
    world.securityGroups.append(
      SecurityGroup(
        id: defaultId, name: "default", description: "default VPC security group", vpcId: vpcId,
        ingress: [SecurityGroupRule(ipProtocol: "-1", fromPort: nil, toPort: nil, groupIds: [defaultId])],
        egress: [.allowAllOutbound]))
    for (index, group) in d.securityGroups.enumerated() where group.name != "default" {
      if groupIds[group.name] != nil {
        fail("vpc.securityGroups[\(index)].name", "a security group named '\(group.name)' is already described")
        continue
      }
      groupIds[group.name] = world.newId("sg")
    }
    for (index, group) in d.securityGroups.enumerated() {
      guard let id = groupIds[group.name] else { continue }
      let rules = group.ingress.enumerated().compactMap { ruleIndex, rule in
        self.rule(rule, at: "vpc.securityGroups[\(index)].ingress[\(ruleIndex)]")
      }
      if group.name == "default", let position = world.securityGroups.firstIndex(where: { $0.id == id }) {
        world.securityGroups[position].ingress = rules
      } else if !world.securityGroups.contains(where: { $0.id == id }) {
        world.securityGroups.append(
          SecurityGroup(
            id: id, name: group.name, description: group.description ?? group.name, vpcId: vpcId, ingress: rules,
            egress: [.allowAllOutbound]))
      }
    }
  }

  private mutating func rule(_ rule: RuleDescription, at path: String) -> SecurityGroupRule? {
    let protocolName: String
    switch rule.protocol.lowercased() {
    case "tcp", "udp", "icmp": protocolName = rule.protocol.lowercased()
    case "all", "-1": protocolName = "-1"
    default:
      fail(path + ".protocol", "'\(rule.protocol)' is not a protocol; use tcp, udp, icmp or all")
      return nil
    }
    var from: Int?
    var to: Int?
    if protocolName != "-1" {
      guard let ports = rule.ports, let range = Self.portRange(ports) else {
        fail(path + ".ports", "'\(rule.ports ?? "")' is not a port or port range like 443 or 1024-65535")
        return nil
      }
      (from, to) = (range.lowerBound, range.upperBound)
    }
    let sources = [rule.cidr, rule.group].compactMap { $0 }
    guard sources.count == 1 else {
      fail(path, "a rule needs exactly one source: cidr or group")
      return nil
    }
    if let text = rule.cidr {
      guard let block = cidr(text, at: path + ".cidr") else { return nil }
      return SecurityGroupRule(ipProtocol: protocolName, fromPort: from, toPort: to, cidrs: [block])
    }
    guard let group = rule.group, let id = groupIds[group] else {
      fail(path + ".group", "no security group named '\(rule.group ?? "")' in this VPC")
      return nil
    }
    return SecurityGroupRule(ipProtocol: protocolName, fromPort: from, toPort: to, groupIds: [id])
  }

  static func portRange(_ text: String) -> ClosedRange<Int>? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let numbers = parts.compactMap { Int($0) }
    guard numbers.count == parts.count, (1...2).contains(numbers.count),
      numbers.allSatisfy({ (0...65_535).contains($0) }), numbers.first! <= numbers.last!
    else { return nil }
    return numbers.first!...numbers.last!
  }

  private mutating func buildRouteTables(_ d: VPCDescription, cidr: CIDRBlock) {
    let local = Route(destination: .cidr(cidr), target: .local, origin: "CreateRouteTable")
    let mains = d.routeTables.filter(\.main)
    if mains.count > 1 {
      fail(
        "vpc.routeTables",
        "only one route table can be the main one; \(mains.map(\.name).joined(separator: ", ")) all say main: true")
    }
    if mains.isEmpty {
      // Every VPC has a main route table, holding only the local route unless told otherwise.
      // AWS creates it without a Name tag; descriptions may still refer to it as "main".
      let id = world.newId("rtb")
      tableIds["main"] = id
      world.routeTables.append(
        RouteTable(
          id: id, name: "", vpcId: vpcId, routes: [local],
          associations: [RouteTableAssociation(id: world.newId("rtbassoc"), subnetId: nil, main: true)]))
    }
    for (index, table) in d.routeTables.enumerated() {
      if tableIds[table.name] != nil {
        fail("vpc.routeTables[\(index)].name", "a route table named '\(table.name)' is already described")
        continue
      }
      let id = world.newId("rtb")
      tableIds[table.name] = id
      let associations =
        table.main ? [RouteTableAssociation(id: world.newId("rtbassoc"), subnetId: nil, main: true)] : []
      world.routeTables.append(
        RouteTable(id: id, name: table.name, vpcId: vpcId, routes: [local], associations: associations))
    }
  }

  private mutating func buildSubnets(_ d: VPCDescription, vpcCIDR: CIDRBlock, region: RegionInfo) {
    var placed: [(name: String, block: CIDRBlock)] = []
    for (index, subnet) in d.subnets.enumerated() {
      let path = "vpc.subnets[\(index)]"
      guard let block = cidr(subnet.cidr, at: path + ".cidr") else { continue }
      if !vpcCIDR.contains(block) {
        fail(path + ".cidr", "\(block) is not inside the VPC's \(vpcCIDR)")
        continue
      }
      if let clash = placed.first(where: { $0.block.overlaps(block) }) {
        fail(path + ".cidr", "\(block) overlaps subnet '\(clash.name)' (\(clash.block))")
        continue
      }
      if subnetIds[subnet.name] != nil {
        fail(path + ".name", "a subnet named '\(subnet.name)' is already described")
        continue
      }
      guard region.availabilityZones.contains(subnet.zone) else {
        fail(
          path + ".zone",
          "'\(subnet.zone)' is not an Availability Zone of \(region.name); use one of \(region.availabilityZones.joined(separator: ", "))"
        )
        continue
      }
      let id = world.newId("subnet")
      subnetIds[subnet.name] = id
      placed.append((subnet.name, block))
      world.subnets.append(
        Subnet(
          id: id, name: subnet.name, vpcId: vpcId, cidr: block, availabilityZone: subnet.zone,
          mapPublicIpOnLaunch: false))
      if let tableName = subnet.routeTable {
        guard let tableId = tableIds[tableName],
          let position = world.routeTables.firstIndex(where: { $0.id == tableId })
        else {
          fail(path + ".routeTable", "no route table named '\(tableName)' in this VPC")
          continue
        }
        world.routeTables[position].associations.append(
          RouteTableAssociation(id: world.newId("rtbassoc"), subnetId: id, main: false))
      }
    }
  }

  private mutating func buildNATGateway(_ d: VPCDescription, hasInternetGateway: Bool) -> String? {
    guard let subnetName = d.natGatewaySubnet else { return nil }
    guard let subnetId = subnetIds[subnetName] else {
      fail("vpc.natGatewaySubnet", "no subnet named '\(subnetName)' in this VPC")
      return nil
    }
    if !hasInternetGateway {
      fail("vpc.natGatewaySubnet", "a NAT gateway needs the VPC's internet gateway; set internetGateway: true")
    }
    let id = "nat-0" + world.random.hex(16)
    let interfaceId = world.newId("eni")
    guard let address = world.newPrivateAddress(in: subnetId) else {
      fail("vpc.natGatewaySubnet", "subnet '\(subnetName)' has no free address for the NAT gateway")
      return nil
    }
    let publicAddress = world.newPublicAddress()
    world.networkInterfaces.append(
      NetworkInterface(
        id: interfaceId, subnetId: subnetId, vpcId: vpcId, availabilityZone: world.subnet(subnetId)!.availabilityZone,
        privateAddress: address, publicAddress: publicAddress, securityGroupIds: [], owner: .natGateway(id),
        macAddress: world.newMacAddress()))
    world.natGateways.append(
      NATGateway(
        id: id, subnetId: subnetId, vpcId: vpcId, privateAddress: address, publicAddress: publicAddress,
        networkInterfaceId: interfaceId))
    return id
  }

  private mutating func resolveRouteTargets(_ d: VPCDescription, igwId: String?, natId: String?) {
    for (index, table) in d.routeTables.enumerated() {
      guard let tableId = tableIds[table.name], let position = world.routeTables.firstIndex(where: { $0.id == tableId })
      else { continue }
      for (routeIndex, route) in table.routes.enumerated() {
        let path = "vpc.routeTables[\(index)].routes[\(routeIndex)]"
        guard let block = cidr(route.destination, at: path + ".destination") else { continue }
        let target: RouteTarget
        switch route.target {
        case "internet-gateway":
          guard let igwId else {
            fail(path + ".target", "the VPC has no internet gateway; set internetGateway: true")
            continue
          }
          target = .internetGateway(igwId)
        case "nat-gateway":
          guard let natId else {
            fail(path + ".target", "the VPC has no NAT gateway; set natGatewaySubnet")
            continue
          }
          target = .natGateway(natId)
        case "vpn-gateway":
          guard description.onPremises != nil else {
            fail(path + ".target", "there is no virtual private gateway without an onPremises section")
            continue
          }
          // Filled in once the gateway exists (see buildOnPremises).
          target = .vpnGateway("pending")
        default:
          fail(
            path + ".target",
            "'\(route.target)' is not a route target; use internet-gateway, nat-gateway or vpn-gateway")
          continue
        }
        if world.routeTables[position].routes.contains(where: { $0.destination == .cidr(block) }) {
          fail(path + ".destination", "the table already has a route for \(block)")
          continue
        }
        world.routeTables[position].routes.append(Route(destination: .cidr(block), target: target))
      }
    }
  }

  private mutating func buildInstances(_ d: VPCDescription) {
    var hostNames: Set<String> = []
    for (index, described) in d.instances.enumerated() {
      let path = "vpc.instances[\(index)]"
      guard !hostNames.contains(described.host.lowercased()) else {
        fail(path + ".host", "a host named '\(described.host)' is already described")
        continue
      }
      guard let subnetId = subnetIds[described.subnet], let subnet = world.subnet(subnetId) else {
        fail(path + ".subnet", "no subnet named '\(described.subnet)' in this VPC")
        continue
      }
      var groups: [String] = []
      for (groupIndex, name) in described.securityGroups.enumerated() {
        guard let id = groupIds[name] else {
          fail(path + ".securityGroups[\(groupIndex)]", "no security group named '\(name)' in this VPC")
          continue
        }
        groups.append(id)
      }
      let address: IPv4Address
      if let text = described.privateIp {
        guard let parsed = IPv4Address.parse(text) else {
          fail(path + ".privateIp", "'\(text)' is not an IPv4 address")
          continue
        }
        let offset = parsed.value &- subnet.cidr.network.value
        guard subnet.cidr.contains(parsed), offset >= 4, parsed != subnet.cidr.lastAddress else {
          fail(
            path + ".privateIp",
            "\(parsed) is not a usable address of subnet '\(described.subnet)' (\(subnet.cidr)); AWS reserves the first four and the last"
          )
          continue
        }
        guard world.networkInterface(withAddress: parsed) == nil else {
          fail(path + ".privateIp", "\(parsed) is already in use")
          continue
        }
        address = parsed
      } else {
        guard let drawn = world.newPrivateAddress(in: subnetId) else {
          fail(path + ".subnet", "subnet '\(described.subnet)' has no free address")
          continue
        }
        address = drawn
      }
      hostNames.insert(described.host.lowercased())
      let instanceId = world.newId("i")
      let interfaceId = world.newId("eni")
      let publicAddress = described.publicIp ? world.newPublicAddress() : nil
      world.networkInterfaces.append(
        NetworkInterface(
          id: interfaceId, subnetId: subnetId, vpcId: vpcId, availabilityZone: subnet.availabilityZone,
          privateAddress: address, publicAddress: publicAddress, securityGroupIds: groups, owner: .instance(instanceId),
          macAddress: world.newMacAddress()))
      world.instances.append(
        Instance(
          id: instanceId, name: described.host, subnetId: subnetId, networkInterfaceId: interfaceId,
          imageId: "ami-0e4a9ad2eb120e054", instanceType: "t3.micro", launchTime: world.now - 3_600_000,
          roleName: described.permissions == .none ? nil : "lab-\(described.permissions.rawValue)-role",
          permissions: described.permissions))
      guard let vpc = world.vpc(vpcId) else { continue }
      world.hosts.append(
        Host(
          name: described.host, kind: .instance(instanceId), address: address, resolverAddress: vpc.resolverAddress,
          hostname: address.ec2HostLabel, user: "ec2-user", permissions: described.permissions))
    }
  }

  private mutating func buildEndpoints(_ d: VPCDescription, region: RegionInfo) {
    for (index, described) in d.endpoints.enumerated() {
      let path = "vpc.endpoints[\(index)]"
      guard let service = AWSService(rawValue: described.service) else {
        let known = AWSService.allCases.map(\.rawValue).joined(separator: ", ")
        fail(path + ".service", "unknown service '\(described.service)'; the simulation has \(known)")
        continue
      }
      var request = EndpointRequest(type: described.type, service: service, region: world.region, vpcId: vpcId)
      request.routeTableIds = described.routeTables.enumerated().compactMap { i, name in
        if let id = tableIds[name] { return id }
        fail(path + ".routeTables[\(i)]", "no route table named '\(name)' in this VPC")
        return nil
      }
      request.subnetIds = described.subnets.enumerated().compactMap { i, name in
        if let id = subnetIds[name] { return id }
        fail(path + ".subnets[\(i)]", "no subnet named '\(name)' in this VPC")
        return nil
      }
      request.securityGroupIds = described.securityGroups.enumerated().compactMap { i, name in
        if let id = groupIds[name] { return id }
        fail(path + ".securityGroups[\(i)]", "no security group named '\(name)' in this VPC")
        return nil
      }
      request.privateDnsEnabled = described.privateDns
      request.privateDnsOnlyForInboundResolverEndpoint = described.privateDnsOnlyForInboundResolverEndpoint
      request.policyDocument = described.policy
      // A described endpoint exists already, so it starts out available.
      request.alreadyAvailable = true
      switch world.createEndpoint(request) {
      case .success: break
      case .failure(let error): fail(path, "\(error.code): \(error.message)")
      }
    }
  }

  private mutating func buildInboundResolver(_ d: VPCDescription) {
    guard let names = d.inboundResolverSubnets else { return }
    let id = "rslvr-in-" + world.random.hex(17)
    var interfaces: [String] = []
    for (index, name) in names.enumerated() {
      guard let subnetId = subnetIds[name], let subnet = world.subnet(subnetId),
        let address = world.newPrivateAddress(in: subnetId)
      else {
        fail("vpc.inboundResolverSubnets[\(index)]", "no subnet named '\(name)' with a free address in this VPC")
        continue
      }
      let interfaceId = world.newId("eni")
      let groups = world.defaultSecurityGroup(vpcId: vpcId).map { [$0.id] } ?? []
      world.networkInterfaces.append(
        NetworkInterface(
          id: interfaceId, subnetId: subnetId, vpcId: vpcId, availabilityZone: subnet.availabilityZone,
          privateAddress: address, publicAddress: nil, securityGroupIds: groups, owner: .resolverEndpoint(id),
          macAddress: world.newMacAddress()))
      interfaces.append(interfaceId)
    }
    world.resolverEndpoints.append(ResolverEndpoint(id: id, vpcId: vpcId, networkInterfaceIds: interfaces))
  }

  // MARK: - Outside the VPC

  private mutating func buildOnPremises() {
    guard let d = description.onPremises else { return }
    guard let block = cidr(d.cidr, at: "onPremises.cidr") else { return }
    if let vpc = world.vpc(vpcId), vpc.cidr.overlaps(block) {
      fail("onPremises.cidr", "\(block) overlaps the VPC's \(vpc.cidr); on-premises and VPC ranges must differ")
    }
    guard let address = IPv4Address.parse(d.address), block.contains(address) else {
      fail("onPremises.address", "'\(d.address)' is not an address inside \(block)")
      return
    }
    guard let resolver = IPv4Address.parse(d.resolver), block.contains(resolver) else {
      fail("onPremises.resolver", "'\(d.resolver)' is not an address inside \(block)")
      return
    }
    let gatewayId = world.newId("vgw")
    world.vpnGateways.append(VPNGateway(id: gatewayId, vpcId: vpcId))
    // Routes to the data centre: those described with vpn-gateway, and a propagated one in every table.
    for position in world.routeTables.indices {
      for routeIndex in world.routeTables[position].routes.indices
      where world.routeTables[position].routes[routeIndex].target == .vpnGateway("pending") {
        world.routeTables[position].routes[routeIndex].target = .vpnGateway(gatewayId)
      }
      if !world.routeTables[position].routes.contains(where: { $0.destination == .cidr(block) }) {
        world.routeTables[position].routes.append(
          Route(destination: .cidr(block), target: .vpnGateway(gatewayId), origin: "EnableVgwRoutePropagation"))
      }
    }
    var inbound: String?
    if d.forwardToInboundResolver {
      guard let endpoint = world.resolverEndpoints.first else {
        fail(
          "onPremises.forwardToInboundResolver", "there is no inbound resolver endpoint; set vpc.inboundResolverSubnets"
        )
        return
      }
      inbound = endpoint.id
    }
    world.onPremises = OnPremisesNetwork(
      name: d.host, cidr: block, resolverAddress: resolver, vpnGatewayId: gatewayId, link: d.link,
      routesOverLink: world.vpc(vpcId).map { [$0.cidr] } ?? [], internetAccess: d.internetAccess,
      forwardsToInboundEndpoint: inbound)
    if world.host(named: d.host) != nil {
      fail("onPremises.host", "a host named '\(d.host)' is already described")
      return
    }
    world.hosts.append(
      Host(
        name: d.host, kind: .onPremises, address: address, resolverAddress: resolver, hostname: d.hostname,
        user: "admin", permissions: .s3ReadOnly))
  }

  private mutating func buildCloudShell() {
    guard description.cloudShell else { return }
    if world.host(named: "cloudshell") != nil {
      fail("cloudShell", "a host named 'cloudshell' is already described")
      return
    }
    let address = IPv4Address(0x0A82_36C8)  // 10.130.54.200: CloudShell's own network, not the lab VPC
    world.hosts.append(
      Host(
        name: "cloudshell", kind: .cloudShell, address: address, resolverAddress: IPv4Address(0x0A82_0002),
        hostname: address.ec2HostLabel, user: "cloudshell-user", permissions: .admin))
  }

  private mutating func buildBuckets() {
    var store = S3Store()
    for (index, bucket) in (description.buckets ?? []).enumerated() {
      let path = "buckets[\(index)]"
      guard RegionCatalog.region(named: bucket.region) != nil else {
        fail(path + ".region", "unknown Region '\(bucket.region)'")
        continue
      }
      if store.bucket(named: bucket.name) != nil {
        fail(path + ".name", "a bucket named '\(bucket.name)' is already described")
        continue
      }
      var created = world.now - 86_400_000 * 400
      if let text = bucket.created {
        if let time = WorldDescription.parseTime(text) {
          created = time.millisecondsSinceEpoch
        } else {
          fail(path + ".created", "'\(text)' is not a UTC time like 2017-09-26T04:55:41Z")
        }
      }
      var made = Bucket(name: bucket.name, region: bucket.region, creationDate: created, policy: bucket.policy)
      for (objectIndex, object) in bucket.objects.enumerated() {
        guard (0...S3Object.largestSize).contains(object.size) else {
          fail(
            path + ".objects[\(objectIndex)].size",
            "\(object.size) bytes is not a size the simulation holds: give 0 to \(S3Object.largestSize) (16 MiB)")
          continue
        }
        guard let time = WorldDescription.parseTime(object.modified) else {
          fail(
            path + ".objects[\(objectIndex)].modified",
            "'\(object.modified)' is not a UTC time like 2017-09-26T05:03:18Z")
          continue
        }
        made.put(
          S3Object(key: object.key, size: object.size, lastModified: time.millisecondsSinceEpoch, body: object.body))
      }
      store.put(made)
    }
    world.s3 = store
  }

  // MARK: - Helpers

  private mutating func cidr(_ text: String, at path: String) -> CIDRBlock? {
    do {
      return try CIDRBlock(parsing: text)
    } catch {
      fail(path, (error as? AddressingError)?.description ?? "'\(text)' is not a CIDR block")
      return nil
    }
  }
}
