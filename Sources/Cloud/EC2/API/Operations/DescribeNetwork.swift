extension World {
  /// DescribeVpcs: `{"Vpcs": [...]}`.
  func describeVpcs(_ request: EC2Parameters) throws(APIError) -> JSONValue {
    let chosen = try selected(
      try request.strings("VpcIds"), kind: .vpc, from: vpcs, id: \.id, notFound: EC2Errors.vpcNotFound)
    let table = EC2FilterTable<VPC>(
      [
        ("vpc-id", { [$0.id] }),
        ("cidr", { [$0.cidr.description] }),
        ("cidr-block-association.cidr-block", { [$0.cidr.description] }),
        ("cidr-block-association.association-id", { [$0.cidrAssociationId] }),
        ("cidr-block-association.state", { _ in ["associated"] }),
        ("dhcp-options-id", { [$0.dhcpOptionsId] }),
        ("is-default", { _ in ["false"] }),
        ("owner-id", { _ in [accountId] }),
        ("state", { _ in ["available"] }),
      ], tags: { EC2Tags.pairs($0.name) })
    let found = try table.apply(try request.filters(), to: chosen)
    return .object([("Vpcs", .array(found.map(vpcJSON)))])
  }

  /// DescribeSubnets: `{"Subnets": [...]}`.
  func describeSubnets(_ request: EC2Parameters) throws(APIError) -> JSONValue {
    let chosen = try selected(
      try request.strings("SubnetIds"), kind: .subnet, from: subnets, id: \.id, notFound: EC2Errors.subnetNotFound)
    let table = EC2FilterTable<Subnet>(
      [
        ("subnet-id", { [$0.id] }),
        ("vpc-id", { [$0.vpcId] }),
        ("availability-zone", { [$0.availabilityZone] }),
        ("availability-zone-id", { [AvailabilityZoneIDs.id(for: $0.availabilityZone)] }),
        ("availableIpAddressCount", { [String(availableAddressCount($0))] }),
        ("available-ip-address-count", { [String(availableAddressCount($0))] }),
        ("cidr-block", { [$0.cidr.description] }),
        ("cidr", { [$0.cidr.description] }),
        ("cidrBlock", { [$0.cidr.description] }),
        ("default-for-az", { _ in ["false"] }),
        ("map-public-ip-on-launch", { [$0.mapPublicIpOnLaunch.filterText] }),
        ("owner-id", { _ in [accountId] }),
        ("state", { _ in ["available"] }),
        ("subnet-arn", { [ec2ARN("subnet", $0.id)] }),
      ], tags: { EC2Tags.pairs($0.name) })
    let found = try table.apply(try request.filters(), to: chosen)
    return .object([("Subnets", .array(found.map(subnetJSON)))])
  }

  /// DescribeRouteTables: `{"RouteTables": [...]}`.
  func describeRouteTables(_ request: EC2Parameters) throws(APIError) -> JSONValue {
    let chosen = try selected(
      try request.strings("RouteTableIds"), kind: .routeTable, from: routeTables, id: \.id,
      notFound: EC2Errors.routeTableNotFound)
    func destinations(_ table: RouteTable, _ pick: (RouteDestination) -> String?) -> [String] {
      table.routes.compactMap { pick($0.destination) }
    }
    let table = EC2FilterTable<RouteTable>(
      [
        ("route-table-id", { [$0.id] }),
        ("vpc-id", { [$0.vpcId] }),
        ("owner-id", { _ in [accountId] }),
        ("association.route-table-association-id", { $0.associations.map(\.id) }),
        ("association.route-table-id", { table in table.associations.map { _ in table.id } }),
        ("association.subnet-id", { $0.associations.compactMap(\.subnetId) }),
        ("association.main", { $0.associations.map { $0.main.filterText } }),
        ("association.association-state", { $0.associations.map { _ in "associated" } }),
        (
          "route.destination-cidr-block",
          {
            destinations($0) { if case .cidr(let block) = $0 { block.description } else { nil } }
          }
        ),
        (
          "route.destination-prefix-list-id",
          {
            destinations($0) { if case .prefixList(let id) = $0 { id } else { nil } }
          }
        ),
        (
          "route.gateway-id",
          {
            $0.routes.compactMap { route in
              if case .natGateway = route.target { return nil }
              return route.target.id
            }
          }
        ),
        (
          "route.nat-gateway-id",
          {
            $0.routes.compactMap { route in
              if case .natGateway(let id) = route.target { return id }
              return nil
            }
          }
        ),
        ("route.origin", { $0.routes.map(\.origin) }),
        ("route.state", { table in table.routes.map { routeState($0, vpcId: table.vpcId) } }),
      ], tags: { EC2Tags.pairs($0.name) })
    let found = try table.apply(try request.filters(), to: chosen)
    return .object([("RouteTables", .array(found.map(routeTableJSON)))])
  }
}
