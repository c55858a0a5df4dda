extension World {
  /// CreateVpcEndpoint: `{"VpcEndpoint": {...}}` (plus `ClientToken` when one was given).
  mutating func createVpcEndpoint(_ request: EC2Parameters, context: inout EC2CallContext) throws(APIError) -> JSONValue
  {
    let vpcId = try request.requiredString("VpcId")
    try EC2ResourceID.vpc.check(vpcId)
    let serviceName = try request.requiredString("ServiceName")
    let typeText = try request.string("VpcEndpointType") ?? EndpointType.gateway.rawValue
    guard let type = EndpointType(rawValue: typeText) else { throw EC2APIErrors.invalidEndpointType(typeText) }
    guard let (service, region) = AWSService.fromEndpointServiceName(serviceName) else {
      throw EC2Errors.serviceNotFound(serviceName)
    }
    var endpointRequest = EndpointRequest(type: type, service: service, region: region, vpcId: vpcId)
    endpointRequest.routeTableIds = try request.strings("RouteTableIds")
    endpointRequest.subnetIds = try request.strings("SubnetIds")
    endpointRequest.securityGroupIds = try request.strings("SecurityGroupIds")
    try EC2ResourceID.routeTable.check(endpointRequest.routeTableIds)
    try EC2ResourceID.subnet.check(endpointRequest.subnetIds)
    try EC2ResourceID.securityGroup.check(endpointRequest.securityGroupIds)
    if let addressType = try request.string("IpAddressType"), addressType != "ipv4" {
      throw EC2APIErrors.unsupportedIpAddressType(addressType)
    }
    endpointRequest.privateDnsEnabled = try request.bool("PrivateDnsEnabled")
    endpointRequest.privateDnsOnlyForInboundResolverEndpoint =
      try request.structure("DnsOptions")?.bool("PrivateDnsOnlyForInboundResolverEndpoint")
    endpointRequest.policyDocument = try request.string("PolicyDocument")
    let clientToken = try request.string("ClientToken")

    let endpoint: VPCEndpoint
    switch createEndpoint(endpointRequest) {
    case .failure(let error): throw error
    case .success(let created): endpoint = created
    }
    let placement =
      endpoint.type == .gateway
      ? "route tables \(listed(endpoint.routeTableIds))"
      : "subnets \(listed(endpoint.subnetIds)), private DNS \(endpoint.privateDnsEnabled ? "on" : "off")"
    context.record(
      time: now, kind: "vpc-endpoint", id: endpoint.id, change: "created",
      summary:
        "\(endpoint.type.rawValue) endpoint \(endpoint.id) for \(endpoint.serviceName) in \(endpoint.vpcId); \(placement)"
    )
    recordEndpointRoutes(endpoint, tables: endpoint.routeTableIds, change: "created", context: &context)

    var members: [(String, JSONValue)] = [("VpcEndpoint", vpcEndpointJSON(endpoint))]
    if let clientToken { members.append(("ClientToken", .string(clientToken))) }
    return .object(members)
  }

  /// ModifyVpcEndpoint: `{"Return": true}`.
  mutating func modifyVpcEndpoint(_ request: EC2Parameters, context: inout EC2CallContext) throws(APIError) -> JSONValue
  {
    let id = try request.requiredString("VpcEndpointId")
    try EC2ResourceID.vpcEndpoint.check(id)
    var change = EndpointModification()
    change.addRouteTableIds = try request.strings("AddRouteTableIds")
    change.removeRouteTableIds = try request.strings("RemoveRouteTableIds")
    change.addSubnetIds = try request.strings("AddSubnetIds")
    change.removeSubnetIds = try request.strings("RemoveSubnetIds")
    change.addSecurityGroupIds = try request.strings("AddSecurityGroupIds")
    change.removeSecurityGroupIds = try request.strings("RemoveSecurityGroupIds")
    try EC2ResourceID.routeTable.check(change.addRouteTableIds + change.removeRouteTableIds)
    try EC2ResourceID.subnet.check(change.addSubnetIds + change.removeSubnetIds)
    try EC2ResourceID.securityGroup.check(change.addSecurityGroupIds + change.removeSecurityGroupIds)
    change.privateDnsEnabled = try request.bool("PrivateDnsEnabled")
    change.privateDnsOnlyForInboundResolverEndpoint =
      try request.structure("DnsOptions")?.bool("PrivateDnsOnlyForInboundResolverEndpoint")
    change.policyDocument = try request.string("PolicyDocument")
    change.resetPolicy = try request.bool("ResetPolicy") ?? false
    if let addressType = try request.string("IpAddressType"), addressType != "ipv4" {
      throw EC2APIErrors.unsupportedIpAddressType(addressType)
    }

    let modified: VPCEndpoint
    switch modifyEndpoint(id, change) {
    case .failure(let error): throw error
    case .success(let endpoint): modified = endpoint
    }
    context.record(
      time: now, kind: "vpc-endpoint", id: id, change: "modified",
      summary: "\(modified.type.rawValue) endpoint \(id) for \(modified.serviceName) modified: \(describe(change))")
    recordEndpointRoutes(modified, tables: change.removeRouteTableIds, change: "deleted", context: &context)
    recordEndpointRoutes(modified, tables: change.addRouteTableIds, change: "created", context: &context)
    return .object([("Return", true)])
  }

  /// DeleteVpcEndpoints: `{"Unsuccessful": [...]}`, each ID deleted or reported on its own.
  mutating func deleteVpcEndpoints(_ request: EC2Parameters, context: inout EC2CallContext) throws(APIError)
    -> JSONValue
  {
    let ids = try request.strings("VpcEndpointIds")
    guard !ids.isEmpty else { throw EC2APIErrors.missingParameter("VpcEndpointIds") }
    var unsuccessful: [JSONValue] = []
    func report(_ id: String, _ error: APIError) {
      unsuccessful.append(
        .object([
          ("Error", .object([("Code", .string(error.code)), ("Message", .string(error.message))])),
          ("ResourceId", .string(id)),
        ]))
    }
    for id in ids {
      // A malformed ID fails on its own, like an unknown one [UNCONFIRMED that AWS reports it per item].
      guard EC2ResourceID.vpcEndpoint.isWellFormed(id) else {
        report(id, EC2ResourceID.vpcEndpoint.malformed(id))
        continue
      }
      let before = endpoint(id)
      guard let outcome = deleteEndpoints([id]).first else { continue }
      if let error = outcome.error {
        report(id, error)
      } else if let before {
        context.record(
          time: now, kind: "vpc-endpoint", id: id, change: "deleted",
          summary: "\(before.type.rawValue) endpoint \(id) for \(before.serviceName) deleted")
        recordEndpointRoutes(before, tables: before.routeTableIds, change: "deleted", context: &context)
      }
    }
    return .object([("Unsuccessful", .array(unsuccessful))])
  }

  /// Records the `pl-… → vpce-…` routes a gateway endpoint adds to or removes from tables.
  private func recordEndpointRoutes(
    _ endpoint: VPCEndpoint, tables: [String], change: String, context: inout EC2CallContext
  ) {
    guard endpoint.type == .gateway,
      let list = RegionCatalog.region(named: endpoint.region)?.prefixList(for: endpoint.service)
    else { return }
    for table in tables {
      let verb = change == "created" ? "added to" : "removed from"
      context.record(
        time: now, kind: "route", id: table, change: change,
        summary: "route \(list.id) (\(list.name)) → \(endpoint.id) \(verb) \(table)")
    }
  }

  private func listed(_ ids: [String]) -> String {
    ids.isEmpty ? "none" : ids.joined(separator: ", ")
  }

  private func describe(_ change: EndpointModification) -> String {
    var parts: [String] = []
    if !change.addRouteTableIds.isEmpty { parts.append("added route tables \(listed(change.addRouteTableIds))") }
    if !change.removeRouteTableIds.isEmpty {
      parts.append("removed route tables \(listed(change.removeRouteTableIds))")
    }
    if !change.addSubnetIds.isEmpty { parts.append("added subnets \(listed(change.addSubnetIds))") }
    if !change.removeSubnetIds.isEmpty { parts.append("removed subnets \(listed(change.removeSubnetIds))") }
    if !change.addSecurityGroupIds.isEmpty {
      parts.append("added security groups \(listed(change.addSecurityGroupIds))")
    }
    if !change.removeSecurityGroupIds.isEmpty {
      parts.append("removed security groups \(listed(change.removeSecurityGroupIds))")
    }
    if let enabled = change.privateDnsEnabled { parts.append("private DNS \(enabled ? "on" : "off")") }
    if let inbound = change.privateDnsOnlyForInboundResolverEndpoint {
      parts.append("private DNS only for inbound resolver endpoint \(inbound ? "on" : "off")")
    }
    if change.resetPolicy {
      parts.append("policy reset to full access")
    } else if change.policyDocument != nil {
      parts.append("policy replaced")
    }
    return parts.isEmpty ? "nothing changed" : parts.joined(separator: "; ")
  }
}
