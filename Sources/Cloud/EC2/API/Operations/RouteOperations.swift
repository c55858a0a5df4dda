extension World {
  /// CreateRoute: `{"Return": true}`. Routes may go to the VPC's internet gateway, a NAT gateway or the
  /// virtual private gateway; endpoint routes belong to gateway endpoints and are refused here.
  mutating func createRoute(_ request: EC2Parameters, context: inout EC2CallContext) throws(APIError) -> JSONValue {
    let tableId = try request.requiredString("RouteTableId")
    try EC2ResourceID.routeTable.check(tableId)
    let destination = try routeDestination(request)
    guard let table = routeTable(tableId) else { throw EC2Errors.routeTableNotFound(tableId) }
    if case .prefixList(let id) = destination {
      // The only prefix lists here are AWS-managed service lists, which only an endpoint may route.
      guard prefixList(id) != nil else { throw EC2APIErrors.prefixListNotFound(id) }
      throw EC2APIErrors.managedPrefixListRoute(id)
    }
    let target = try routeTarget(request, vpcId: table.vpcId, tableId: tableId)
    switch addRoute(tableId: tableId, destination: destination, target: target) {
    case .failure(let error): throw error
    case .success:
      context.record(
        time: now, kind: "route", id: tableId, change: "created",
        summary: "route \(Self.destinationText(destination)) → \(target.id) added to \(tableId)")
    }
    return .object([("Return", true)])
  }

  /// DeleteRoute: `{"Return": true}`.
  mutating func deleteRoute(_ request: EC2Parameters, context: inout EC2CallContext) throws(APIError) -> JSONValue {
    let tableId = try request.requiredString("RouteTableId")
    try EC2ResourceID.routeTable.check(tableId)
    let destination = try routeDestination(request)
    switch removeRoute(tableId: tableId, destination: destination) {
    case .failure(let error): throw error
    case .success(let route):
      context.record(
        time: now, kind: "route", id: tableId, change: "deleted",
        summary: "route \(Self.destinationText(destination)) → \(route.target.id) removed from \(tableId)")
    }
    return .object([("Return", true)])
  }

  /// The destination: exactly one of a CIDR block and a prefix list.
  private func routeDestination(_ request: EC2Parameters) throws(APIError) -> RouteDestination {
    let cidrText = try request.string("DestinationCidrBlock")
    let listId = try request.string("DestinationPrefixListId")
    switch (cidrText, listId) {
    case (let text?, nil):
      guard let block = EC2CIDR.parseLenient(text) else { throw EC2APIErrors.invalidDestinationCIDR(text) }
      return .cidr(block)
    case (nil, let id?):
      try EC2ResourceID.prefixList.check(id)
      return .prefixList(id)
    default:
      throw EC2APIErrors.routeDestinationCount
    }
  }

  /// The target: exactly one target parameter, naming something that exists in the table's VPC.
  private func routeTarget(_ request: EC2Parameters, vpcId: String, tableId: String) throws(APIError) -> RouteTarget {
    let names = [
      "GatewayId", "NatGatewayId", "VpcEndpointId", "InstanceId", "NetworkInterfaceId", "VpcPeeringConnectionId",
      "TransitGatewayId", "EgressOnlyInternetGatewayId", "LocalGatewayId", "CarrierGatewayId", "CoreNetworkArn",
    ]
    var given: [(String, String)] = []
    for name in names { if let value = try request.string(name) { given.append((name, value)) } }
    guard given.count == 1, let (name, value) = given.first else { throw EC2APIErrors.routeTargetCount }
    switch name {
    case "GatewayId":
      if let gateway = internetGateways.first(where: { $0.id == value }) {
        guard gateway.vpcId == vpcId else { throw EC2APIErrors.differentNetworks(table: tableId, gateway: value) }
        return .internetGateway(value)
      }
      if let gateway = vpnGateways.first(where: { $0.id == value }) {
        guard gateway.vpcId == vpcId else { throw EC2APIErrors.differentNetworks(table: tableId, gateway: value) }
        return .vpnGateway(value)
      }
      // GatewayId takes internet and virtual private gateways; a gateway endpoint's ID is not one of
      // them, so it is unknown here [UNCONFIRMED wording for vpce- IDs].
      throw EC2APIErrors.gatewayNotFound(value)
    case "NatGatewayId":
      guard natGateways.contains(where: { $0.id == value && $0.vpcId == vpcId }) else {
        throw EC2APIErrors.natGatewayNotFound(value)
      }
      return .natGateway(value)
    case "VpcEndpointId":
      try EC2ResourceID.vpcEndpoint.check(value)
      guard endpoint(value) != nil else { throw EC2Errors.endpointNotFound(value) }
      throw EC2APIErrors.notGatewayLoadBalancerEndpoint(value)
    default:
      // The simulated VPC has no instances acting as routers, peerings or transit gateways.
      throw APIError(
        code: "UnsupportedOperation",
        message:
          "Routes to \(name) targets are not available in this simulated VPC; use an internet gateway, NAT gateway or virtual private gateway."
      )
    }
  }
}
