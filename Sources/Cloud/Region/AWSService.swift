/// The AWS services the simulated world knows, with the facts the simulation needs about each.
public enum AWSService: String, CaseIterable, Sendable, Codable, Comparable {
  case s3
  case ec2
  case kinesis
  case sts
  case dynamodb

  /// The public API hostname in a Region, e.g. `s3.ap-northeast-2.amazonaws.com`.
  public func hostname(in region: String) -> String {
    "\(rawValue).\(region).amazonaws.com"
  }

  /// The VPC endpoint service name, e.g. `com.amazonaws.ap-northeast-2.s3`.
  public func endpointServiceName(in region: String) -> String {
    "com.amazonaws.\(region).\(endpointServiceSuffix)"
  }

  /// The last label of the endpoint service name; Kinesis Data Streams is `kinesis-streams`.
  public var endpointServiceSuffix: String {
    self == .kinesis ? "kinesis-streams" : rawValue
  }

  /// The label used in interface endpoint DNS names (`…vpce-….s3.ap-northeast-2.vpce.amazonaws.com`).
  public var endpointDNSLabel: String { endpointServiceSuffix }

  /// Whether the service offers gateway endpoints (only S3 and DynamoDB do).
  public var offersGatewayEndpoint: Bool { self == .s3 || self == .dynamodb }

  /// Whether the service offers interface endpoints (S3 since February 2021; DynamoDB since 2024,
  /// outside this course's eras, so it is left out).
  public var offersInterfaceEndpoint: Bool { self != .dynamodb }

  /// The names a private hosted zone answers for an interface endpoint with private DNS, by era;
  /// empty when the service offers no private DNS name (S3 in 2021).
  public func privateDNSNames(in region: String, era: Era) -> [String] {
    switch self {
    case .s3:
      guard era >= .y2023 else { return [] }
      return [
        "s3.\(region).amazonaws.com", "*.s3.\(region).amazonaws.com",
        "s3-accesspoint.\(region).amazonaws.com", "*.s3-accesspoint.\(region).amazonaws.com",
        "s3-control.\(region).amazonaws.com", "*.s3-control.\(region).amazonaws.com",
      ]
    case .dynamodb:
      return []
    default:
      return [hostname(in: region)]
    }
  }

  /// Whether interface endpoint DNS names of this service are wildcards (`*.vpce-…`), as S3's are.
  public var usesWildcardEndpointNames: Bool { self == .s3 }

  /// Parses a service from its endpoint service name; nil when the name is not one we simulate.
  public static func fromEndpointServiceName(_ name: String) -> (service: AWSService, region: String)? {
    let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 4, parts[0] == "com", parts[1] == "amazonaws" else { return nil }
    guard let service = AWSService.allCases.first(where: { $0.endpointServiceSuffix == parts[3] }) else {
      return nil
    }
    guard RegionCatalog.region(named: parts[2]) != nil else { return nil }
    return (service, parts[2])
  }

  public static func < (lhs: AWSService, rhs: AWSService) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Which year's AWS behaviour the world follows.
public enum Era: String, Sendable, Codable, Comparable, CaseIterable {
  /// As in the article (March 2021): no private DNS for S3 interface endpoints.
  case y2021 = "2021"
  /// After March 2023: private DNS for S3, with "only for inbound endpoints".
  case y2023 = "2023"

  public static func < (lhs: Era, rhs: Era) -> Bool { lhs.rawValue < rhs.rawValue }
}
