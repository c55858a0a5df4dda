extension World {
  /// DescribeInstances: `{"Reservations": [...]}`, one reservation per instance.
  func describeInstances(_ request: EC2Parameters) throws(APIError) -> JSONValue {
    let chosen = try selected(
      try request.strings("InstanceIds"), kind: .instance, from: instances, id: \.id,
      notFound: EC2APIErrors.instanceNotFound)
    func interface(_ instance: Instance) -> NetworkInterface? { networkInterface(instance.networkInterfaceId) }
    func groups(_ instance: Instance) -> [SecurityGroup] {
      (interface(instance)?.securityGroupIds ?? []).compactMap { securityGroup($0) }
    }
    let table = EC2FilterTable<Instance>(
      [
        ("instance-id", { [$0.id] }),
        ("instance-type", { [$0.instanceType] }),
        ("image-id", { [$0.imageId] }),
        ("instance-state-name", { _ in ["running"] }),
        ("instance-state-code", { _ in ["16"] }),
        ("subnet-id", { [$0.subnetId] }),
        ("vpc-id", { [subnet($0.subnetId)?.vpcId ?? ""] }),
        ("availability-zone", { [subnet($0.subnetId)?.availabilityZone ?? ""] }),
        ("private-ip-address", { [interface($0)?.privateAddress.description ?? ""] }),
        ("network-interface.addresses.private-ip-address", { [interface($0)?.privateAddress.description ?? ""] }),
        ("private-dns-name", { interface($0).map { [privateDNSName($0.privateAddress)] } ?? [] }),
        ("ip-address", { interface($0)?.publicAddress.map { [$0.description] } ?? [] }),
        ("dns-name", { interface($0)?.publicAddress.map { [publicDNSName($0)] } ?? [] }),
        ("network-interface.network-interface-id", { [$0.networkInterfaceId] }),
        ("instance.group-id", { groups($0).map(\.id) }),
        ("instance.group-name", { groups($0).map(\.name) }),
        (
          "iam-instance-profile.arn",
          { instance in
            instance.roleName.map { ["arn:aws:iam::\(accountId):instance-profile/\($0)"] } ?? []
          }
        ),
        ("owner-id", { _ in [accountId] }),
        ("reservation-id", { [reservationId($0)] }),
      ], tags: { EC2Tags.pairs($0.name) })
    let found = try table.apply(try request.filters(), to: chosen)
    return .object([("Reservations", .array(found.map(reservationJSON)))])
  }

  /// DescribeSecurityGroups: `{"SecurityGroups": [...]}`.
  func describeSecurityGroups(_ request: EC2Parameters) throws(APIError) -> JSONValue {
    var chosen = try selected(
      try request.strings("GroupIds"), kind: .securityGroup, from: securityGroups, id: \.id,
      notFound: EC2Errors.groupNotFound)
    let names = try request.strings("GroupNames")
    if !names.isEmpty {
      // Group names identify groups only in a default VPC, which the course's world does not have.
      throw EC2APIErrors.groupNameOnlyInDefaultVPC()
    }
    func cidrs(_ rules: [SecurityGroupRule]) -> [String] { rules.flatMap { $0.cidrs.map(\.description) } }
    let table = EC2FilterTable<SecurityGroup>(
      [
        ("group-id", { [$0.id] }),
        ("group-name", { [$0.name] }),
        ("description", { [$0.description] }),
        ("vpc-id", { [$0.vpcId] }),
        ("owner-id", { _ in [accountId] }),
        ("ip-permission.cidr", { cidrs($0.ingress) }),
        ("ip-permission.protocol", { $0.ingress.map(\.ipProtocol) }),
        ("ip-permission.from-port", { $0.ingress.compactMap { $0.fromPort.map(String.init) } }),
        ("ip-permission.to-port", { $0.ingress.compactMap { $0.toPort.map(String.init) } }),
        ("ip-permission.group-id", { $0.ingress.flatMap(\.groupIds) }),
        ("ip-permission.prefix-list-id", { $0.ingress.flatMap(\.prefixListIds) }),
        ("egress.ip-permission.cidr", { cidrs($0.egress) }),
        ("egress.ip-permission.protocol", { $0.egress.map(\.ipProtocol) }),
        ("egress.ip-permission.group-id", { $0.egress.flatMap(\.groupIds) }),
        ("egress.ip-permission.prefix-list-id", { $0.egress.flatMap(\.prefixListIds) }),
      ], tags: { _ in [] })
    chosen = try table.apply(try request.filters(), to: chosen)
    return .object([("SecurityGroups", .array(chosen.map(securityGroupJSON)))])
  }

  /// DescribeNetworkInterfaces: `{"NetworkInterfaces": [...]}`.
  func describeNetworkInterfaces(_ request: EC2Parameters) throws(APIError) -> JSONValue {
    let chosen = try selected(
      try request.strings("NetworkInterfaceIds"), kind: .networkInterface, from: networkInterfaces, id: \.id,
      notFound: EC2APIErrors.networkInterfaceNotFound)
    let table = EC2FilterTable<NetworkInterface>(
      [
        ("network-interface-id", { [$0.id] }),
        ("vpc-id", { [$0.vpcId] }),
        ("subnet-id", { [$0.subnetId] }),
        ("availability-zone", { [$0.availabilityZone] }),
        ("description", { [$0.description] }),
        ("interface-type", { [$0.interfaceType] }),
        ("requester-managed", { [$0.requesterManaged.filterText] }),
        ("requester-id", { $0.requesterManaged ? [Self.serviceRequesterId] : [] }),
        ("status", { _ in ["in-use"] }),
        ("private-ip-address", { [$0.privateAddress.description] }),
        ("addresses.private-ip-address", { [$0.privateAddress.description] }),
        ("private-dns-name", { [privateDNSName($0.privateAddress)] }),
        ("association.public-ip", { $0.publicAddress.map { [$0.description] } ?? [] }),
        ("group-id", { $0.securityGroupIds }),
        ("group-name", { $0.securityGroupIds.compactMap { securityGroup($0)?.name } }),
        ("attachment.instance-id", { attachedInstance($0).map { [$0.id] } ?? [] }),
        ("attachment.status", { attachedInstance($0) == nil ? [] : ["attached"] }),
        ("mac-address", { [$0.macAddress] }),
        ("owner-id", { _ in [accountId] }),
        ("source-dest-check", { _ in ["true"] }),
      ], tags: { _ in [] })
    let found = try table.apply(try request.filters(), to: chosen)
    return .object([("NetworkInterfaces", .array(found.map(networkInterfaceJSON)))])
  }
}
