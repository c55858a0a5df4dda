extension World {
  /// A route's state: `blackhole` once its target is gone, `active` otherwise.
  func routeState(_ route: Route, vpcId: String) -> String {
    switch route.target {
    case .local: return "active"
    case .internetGateway(let id):
      return internetGateways.contains { $0.id == id && $0.vpcId == vpcId } ? "active" : "blackhole"
    case .natGateway(let id):
      return natGateways.contains { $0.id == id } ? "active" : "blackhole"
    case .vpnGateway(let id):
      return vpnGateways.contains { $0.id == id && $0.vpcId == vpcId } ? "active" : "blackhole"
    case .gatewayEndpoint(let id):
      return endpoint(id) != nil ? "active" : "blackhole"
    }
  }

  /// One route, in botocore's `Route` member order.
  func routeJSON(_ route: Route, vpcId: String) -> JSONValue {
    var members: [(String, JSONValue)] = []
    switch route.destination {
    case .cidr(let block): members.append(("DestinationCidrBlock", .string(block.description)))
    case .prefixList(let id): members.append(("DestinationPrefixListId", .string(id)))
    }
    switch route.target {
    case .natGateway(let id): members.append(("NatGatewayId", .string(id)))
    default: members.append(("GatewayId", .string(route.target.id)))
    }
    members += [("Origin", .string(route.origin)), ("State", .string(routeState(route, vpcId: vpcId)))]
    return .object(members)
  }

  /// The virtual private gateways whose routes the table receives by propagation.
  func propagatingGateways(_ table: RouteTable) -> [String] {
    var ids: [String] = []
    for route in table.routes where route.origin == "EnableVgwRoutePropagation" {
      if case .vpnGateway(let id) = route.target, !ids.contains(id) { ids.append(id) }
    }
    return ids
  }

  /// A route table as DescribeRouteTables shows it, in botocore's `RouteTable` member order.
  func routeTableJSON(_ table: RouteTable) -> JSONValue {
    let associations: [JSONValue] = table.associations.map { association in
      var members: [(String, JSONValue)] = [
        ("Main", .bool(association.main)),
        ("RouteTableAssociationId", .string(association.id)),
        ("RouteTableId", .string(table.id)),
      ]
      if let subnetId = association.subnetId { members.append(("SubnetId", .string(subnetId))) }
      members.append(("AssociationState", .object([("State", "associated")])))
      return .object(members)
    }
    return .object([
      ("Associations", .array(associations)),
      ("PropagatingVgws", .array(propagatingGateways(table).map { .object([("GatewayId", .string($0))]) })),
      ("RouteTableId", .string(table.id)),
      ("Routes", .array(table.routes.map { routeJSON($0, vpcId: table.vpcId) })),
      ("Tags", EC2Tags.name(table.name)),
      ("VpcId", .string(table.vpcId)),
      ("OwnerId", .string(accountId)),
    ])
  }
}
