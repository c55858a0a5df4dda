extension World {
  /// The DNS entries of an endpoint: none for a gateway; for an interface the regional name, one zonal
  /// name per subnet, then, with private DNS on, the service's own names in the private hosted zone.
  func dnsEntriesJSON(_ endpoint: VPCEndpoint) -> JSONValue {
    guard endpoint.type == .interface else { return [] }
    let zoneId = RegionCatalog.region(named: endpoint.region)?.endpointHostedZoneId ?? regionInfo.endpointHostedZoneId
    // S3's endpoint names are wildcards, used as `bucket.`, `accesspoint.` or `control.` (aws-facts §2.4).
    let wildcard = endpoint.service.usesWildcardEndpointNames ? "*." : ""
    func entry(_ name: String, _ zone: String) -> JSONValue {
      .object([("DnsName", .string(name)), ("HostedZoneId", .string(zone))])
    }
    var entries = [entry(wildcard + endpoint.regionalDNSName, zoneId)]
    for subnetId in endpoint.subnetIds {
      guard let zone = subnet(subnetId)?.availabilityZone else { continue }
      entries.append(entry(wildcard + endpoint.zonalDNSName(availabilityZone: zone), zoneId))
    }
    if endpoint.privateDnsEnabled {
      for name in endpoint.service.privateDNSNames(in: endpoint.region, era: era) {
        entries.append(entry(name, endpoint.privateHostedZoneId))
      }
    }
    return .array(entries)
  }

  /// An endpoint as CreateVpcEndpoint and DescribeVpcEndpoints show it, in botocore's `VpcEndpoint` order.
  func vpcEndpointJSON(_ endpoint: VPCEndpoint) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("VpcEndpointId", .string(endpoint.id)),
      ("VpcEndpointType", .string(endpoint.type.rawValue)),
      ("VpcId", .string(endpoint.vpcId)),
      ("ServiceName", .string(endpoint.serviceName)),
      ("State", .string(endpoint.state(at: now).rawValue)),
      ("PolicyDocument", .string(endpoint.policyDocument)),
      ("RouteTableIds", .array(endpoint.routeTableIds.map { .string($0) })),
      ("SubnetIds", .array(endpoint.subnetIds.map { .string($0) })),
      ("Groups", groupIdentifiersJSON(endpoint.securityGroupIds)),
    ]
    // IpAddressType and DnsOptions came with IPv6 endpoint support (2022): not in the 2021 world.
    if endpoint.type == .interface && showsLaterFields {
      var dnsOptions: [(String, JSONValue)] = [("DnsRecordIpType", "ipv4")]
      if let inboundOnly = endpoint.privateDnsOnlyForInboundResolverEndpoint {
        dnsOptions.append(("PrivateDnsOnlyForInboundResolverEndpoint", .bool(inboundOnly)))
      }
      members += [("IpAddressType", "ipv4"), ("DnsOptions", .object(dnsOptions))]
    }
    members += [
      ("PrivateDnsEnabled", .bool(endpoint.privateDnsEnabled)),
      ("RequesterManaged", false),
      ("NetworkInterfaceIds", .array(endpoint.networkInterfaceIds.map { .string($0) })),
      ("DnsEntries", dnsEntriesJSON(endpoint)),
      ("CreationTimestamp", .string(ec2Timestamp(endpoint.creationTime))),
      ("Tags", []),
      ("OwnerId", .string(accountId)),
    ]
    return .object(members)
  }
}
