extension World {
  /// DescribeVpcEndpoints: `{"VpcEndpoints": [...]}`, endpoints that are not deleted.
  func describeVpcEndpoints(_ request: EC2Parameters) throws(APIError) -> JSONValue {
    let chosen = try selected(
      try request.strings("VpcEndpointIds"), kind: .vpcEndpoint, from: liveEndpoints, id: \.id,
      notFound: EC2Errors.endpointNotFound)
    let table = EC2FilterTable<VPCEndpoint>(
      [
        ("vpc-endpoint-id", { [$0.id] }),
        ("vpc-endpoint-type", { [$0.type.rawValue] }),
        ("vpc-id", { [$0.vpcId] }),
        ("service-name", { [$0.serviceName] }),
        ("vpc-endpoint-state", { [$0.state(at: now).rawValue] }),
        ("ip-address-type", { $0.type == .interface ? ["ipv4"] : [] }),
      ], tags: { _ in [] })
    let found = try table.apply(try request.filters(), to: chosen)
    return .object([("VpcEndpoints", .array(found.map(vpcEndpointJSON)))])
  }

  /// DescribeVpcEndpointServices: `{"ServiceDetails": [...], "ServiceNames": [...]}` for the world's Region.
  func describeVpcEndpointServices(_ request: EC2Parameters) throws(APIError) -> JSONValue {
    var offers = endpointServiceOffers(in: regionInfo)
    let names = try request.strings("ServiceNames")
    for name in names where !offers.contains(where: { $0.serviceName == name }) {
      throw EC2Errors.serviceNotFound(name)
    }
    if !names.isEmpty { offers = offers.filter { names.contains($0.serviceName) } }
    let table = EC2FilterTable<EndpointServiceOffer>(
      [
        ("service-name", { [$0.serviceName] }),
        ("service-type", { [$0.type.rawValue] }),
        ("owner", { _ in ["amazon"] }),
        ("service-region", { [$0.region.name] }),
        ("supported-ip-address-types", { _ in ["ipv4"] }),
      ], tags: { _ in [] })
    offers = try table.apply(try request.filters(), to: offers)
    // awscli paginates this call and rebuilds the result in the paginator's result-key order
    // (ServiceDetails, then ServiceNames), not the response shape's, as the captured output shows.
    return .object([
      ("ServiceDetails", .array(offers.map(endpointServiceJSON))),
      ("ServiceNames", .array(offers.map { .string($0.serviceName) })),
    ])
  }

  /// DescribePrefixLists: `{"PrefixLists": [...]}`, the AWS-managed lists of the world's Region.
  func describePrefixLists(_ request: EC2Parameters) throws(APIError) -> JSONValue {
    let chosen = try selected(
      try request.strings("PrefixListIds"), kind: .prefixList, from: regionInfo.prefixLists, id: \.id,
      notFound: EC2APIErrors.prefixListNotFound)
    let table = EC2FilterTable<PrefixList>([
      ("prefix-list-id", { [$0.id] }),
      ("prefix-list-name", { [$0.name] }),
    ])
    let found = try table.apply(try request.filters(), to: chosen)
    return .object([
      (
        "PrefixLists",
        .array(
          found.map { list in
            .object([
              ("Cidrs", .array(list.cidrs.map { .string($0.description) })),
              ("PrefixListId", .string(list.id)),
              ("PrefixListName", .string(list.name)),
            ])
          })
      )
    ])
  }

  /// DescribeAvailabilityZones: `{"AvailabilityZones": [...]}` for the world's Region.
  func describeAvailabilityZones(_ request: EC2Parameters) throws(APIError) -> JSONValue {
    var zones = regionInfo.availabilityZones
    let names = try request.strings("ZoneNames")
    for name in names where !zones.contains(name) { throw EC2APIErrors.zoneNotFound(name) }
    if !names.isEmpty { zones = zones.filter { names.contains($0) } }
    let ids = try request.strings("ZoneIds")
    if !ids.isEmpty { zones = zones.filter { ids.contains(AvailabilityZoneIDs.id(for: $0)) } }
    let regionName = regionInfo.name
    let table = EC2FilterTable<String>([
      ("zone-name", { [$0] }),
      ("zone-id", { [AvailabilityZoneIDs.id(for: $0)] }),
      ("region-name", { _ in [regionName] }),
      ("state", { _ in ["available"] }),
      ("zone-type", { _ in ["availability-zone"] }),
      ("group-name", { _ in [regionName] }),
      ("network-border-group", { _ in [regionName] }),
      ("opt-in-status", { _ in ["opt-in-not-required"] }),
    ])
    zones = try table.apply(try request.filters(), to: zones)
    return .object([
      (
        "AvailabilityZones",
        .array(
          zones.map { zone in
            .object([
              ("OptInStatus", "opt-in-not-required"),
              ("Messages", []),
              ("RegionName", .string(regionName)),
              ("ZoneName", .string(zone)),
              ("ZoneId", .string(AvailabilityZoneIDs.id(for: zone))),
              ("GroupName", .string(regionName)),
              ("NetworkBorderGroup", .string(regionName)),
              ("ZoneType", "availability-zone"),
              ("State", "available"),
            ])
          })
      )
    ])
  }
}
