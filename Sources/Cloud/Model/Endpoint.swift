/// The two kinds of VPC endpoint the course is about.
public enum EndpointType: String, Sendable, Equatable, Codable {
  case gateway = "Gateway"
  case interface = "Interface"
}

/// The life of an endpoint as `describe-vpc-endpoints` shows it.
public enum EndpointState: String, Sendable, Equatable, Codable {
  case pending
  case available
  case deleting
  case deleted
}

/// A VPC endpoint for an AWS service.
public struct VPCEndpoint: Sendable, Equatable, Codable {
  public let id: String
  public let type: EndpointType
  public let vpcId: String
  public let service: AWSService
  public let region: String
  /// The endpoint policy as the API stores and returns it.
  public var policyDocument: String
  public var routeTableIds: [String]
  public var subnetIds: [String]
  public var securityGroupIds: [String]
  public var networkInterfaceIds: [String]
  public var privateDnsEnabled: Bool
  /// `DnsOptions.PrivateDnsOnlyForInboundResolverEndpoint` (S3, 2023 era); nil when not applicable.
  public var privateDnsOnlyForInboundResolverEndpoint: Bool?
  /// The 8-character suffix of the endpoint's DNS names (`s14qjhy6`).
  public let dnsSuffix: String
  /// The private hosted zone holding the service's name when private DNS is on.
  public let privateHostedZoneId: String
  public let creationTime: Int64
  /// When a pending interface endpoint becomes available, in simulated milliseconds.
  public var availableAt: Int64
  public var deleted: Bool

  /// The endpoint service name, `com.amazonaws.<region>.<service>`.
  public var serviceName: String { service.endpointServiceName(in: region) }

  /// The state at a simulated instant.
  public func state(at now: Int64) -> EndpointState {
    if deleted { return .deleted }
    return now >= availableAt ? .available : .pending
  }

  /// The regional DNS name (`vpce-…-suffix.s3.ap-northeast-2.vpce.amazonaws.com`), without any wildcard.
  public var regionalDNSName: String {
    "\(id)-\(dnsSuffix).\(service.endpointDNSLabel).\(region).vpce.amazonaws.com"
  }

  /// The zonal DNS name for one Availability Zone.
  public func zonalDNSName(availabilityZone: String) -> String {
    "\(id)-\(dnsSuffix)-\(availabilityZone).\(service.endpointDNSLabel).\(region).vpce.amazonaws.com"
  }
}

/// A Route 53 Resolver inbound endpoint: addresses in the VPC that answer DNS for on-premises clients.
public struct ResolverEndpoint: Sendable, Equatable, Codable {
  public let id: String
  public let vpcId: String
  public var networkInterfaceIds: [String]
}
