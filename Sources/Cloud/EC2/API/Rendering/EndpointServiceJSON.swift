/// One AWS service offered as a VPC endpoint service of one type in one Region.
struct EndpointServiceOffer {
  let service: AWSService
  let type: EndpointType
  let region: RegionInfo

  var serviceName: String { service.endpointServiceName(in: region.name) }
}

extension World {
  /// The endpoint services of a Region, ordered as AWS lists them: by service name, and for a name offered
  /// both ways (S3) the Interface service before the Gateway one.
  func endpointServiceOffers(in region: RegionInfo) -> [EndpointServiceOffer] {
    var offers: [EndpointServiceOffer] = []
    for service in AWSService.allCases {
      for type in availableTypes(for: service) {
        offers.append(EndpointServiceOffer(service: service, type: type, region: region))
      }
    }
    return offers.enumerated().sorted { a, b in
      let (x, y) = (a.element, b.element)
      if x.serviceName != y.serviceName { return x.serviceName < y.serviceName }
      if x.type != y.type { return x.type == .interface }
      return a.offset < b.offset
    }.map(\.element)
  }

  /// A stable service ID (`vpce-svc-…`); the real IDs are fixed per Region and not published, so this one is
  /// derived from the Region, service and type [UNCONFIRMED values, right shape].
  func endpointServiceId(_ offer: EndpointServiceOffer) -> String {
    "vpce-svc-0" + StableHash.hex("service|\(offer.serviceName)|\(offer.type.rawValue)", count: 16)
  }

  /// A service as DescribeVpcEndpointServices shows it, in botocore's `ServiceDetail` member order.
  ///
  /// Gateway services have no private DNS name and their base name is the service's public name; S3's
  /// Interface service gained its private DNS names in 2023 (aws-facts §2.5, §2.6).
  func endpointServiceJSON(_ offer: EndpointServiceOffer) -> JSONValue {
    let region = offer.region.name
    let privateNames = offer.type == .interface ? offer.service.privateDNSNames(in: region, era: era) : []
    let baseName =
      offer.type == .interface
      ? "\(offer.service.endpointDNSLabel).\(region).vpce.amazonaws.com"
      : offer.service.hostname(in: region)
    var members: [(String, JSONValue)] = [
      ("ServiceName", .string(offer.serviceName)),
      ("ServiceId", .string(endpointServiceId(offer))),
      ("ServiceType", [.object([("ServiceType", .string(offer.type.rawValue))])]),
      ("AvailabilityZones", .array(offer.region.availabilityZones.map { .string($0) })),
      ("Owner", "amazon"),
      ("BaseEndpointDnsNames", [.string(baseName)]),
    ]
    if let first = privateNames.first {
      members += [
        ("PrivateDnsName", .string(first)),
        ("PrivateDnsNames", .array(privateNames.map { .object([("PrivateDnsName", .string($0))]) })),
      ]
    }
    members += [
      ("VpcEndpointPolicySupported", true),
      ("AcceptanceRequired", false),
      ("ManagesVpcEndpoints", false),
      ("Tags", []),
    ]
    if !privateNames.isEmpty { members.append(("PrivateDnsNameVerificationState", "verified")) }
    if showsLaterFields { members.append(("SupportedIpAddressTypes", ["ipv4"])) }
    return .object(members)
  }
}
