/// Static facts about the simulated Regions: Availability Zones, service address pools and
/// AWS-managed prefix lists, with the real IDs and published ranges (see aws-facts.md §1.8, §5).
public struct RegionInfo: Sendable {
  /// The Region's name, e.g. `ap-northeast-2`.
  public let name: String
  /// The Availability Zones a lab may use, in order.
  public let availabilityZones: [String]
  /// Where each service's public endpoint addresses are drawn from, inside the real published ranges.
  public let addressPools: [AWSService: [CIDRBlock]]
  /// The AWS-managed prefix lists of the Region (gateway endpoint services).
  public let prefixLists: [PrefixList]
  /// The hosted zone of the Region's `vpce.amazonaws.com` names, as DnsEntries show it.
  public let endpointHostedZoneId: String

  /// The prefix list for a gateway-endpoint service in this Region.
  public func prefixList(for service: AWSService) -> PrefixList? {
    prefixLists.first { $0.service == service }
  }
}

/// An AWS-managed prefix list: the public ranges of one service in one Region.
public struct PrefixList: Sendable, Equatable, Codable {
  /// The real ID, e.g. `pl-78a54011` (IDs repeat across Regions, so always pair with the Region).
  public let id: String
  /// `com.amazonaws.<region>.<service>`.
  public let name: String
  /// The service whose addresses the list holds.
  public let service: AWSService
  /// The Region the list belongs to.
  public let region: String
  /// The published CIDR blocks.
  public let cidrs: [CIDRBlock]

  /// True when `address` is one of the list's ranges.
  public func contains(_ address: IPv4Address) -> Bool {
    cidrs.contains { $0.contains(address) }
  }
}

/// The table of simulated Regions.
public enum RegionCatalog {
  /// Every simulated Region, home Region first.
  public static let regions: [RegionInfo] = [apNortheast2, usEast1]

  /// The Region with this name, if simulated.
  public static func region(named name: String) -> RegionInfo? {
    regions.first { $0.name == name }
  }

  /// The service and Region whose public address pool holds `address`, if any.
  public static func publicService(at address: IPv4Address) -> (service: AWSService, region: String)? {
    for region in regions {
      for service in AWSService.allCases {
        if region.addressPools[service]?.contains(where: { $0.contains(address) }) == true {
          return (service, region.name)
        }
      }
      // Prefix-list ranges are also the service's, even where no pool draws from them.
      for list in region.prefixLists where list.contains(address) {
        return (list.service, region.name)
      }
    }
    return nil
  }

  private static func blocks(_ texts: [String]) -> [CIDRBlock] {
    // The literals below are fixed, so a parse failure is a programming error caught by tests.
    texts.map { try! CIDRBlock(parsing: $0) }
  }

  static let apNortheast2 = RegionInfo(
    name: "ap-northeast-2",
    availabilityZones: ["ap-northeast-2a", "ap-northeast-2b", "ap-northeast-2c", "ap-northeast-2d"],
    addressPools: [
      // S3 in Seoul: the 52.219.x ranges of ip-ranges.json (the article saw 52.219.56–60 and .148).
      .s3: blocks(["52.219.56.0/22", "52.219.60.0/23", "52.219.144.0/22", "52.219.148.0/23"]),
      // The AMAZON ranges that Seoul's API endpoints answer from [UNCONFIRMED which exact /24s].
      .ec2: blocks(["52.95.194.0/24", "52.95.195.0/24"]),
      .kinesis: blocks(["52.95.196.0/24"]),
      .sts: blocks(["52.95.197.0/24"]),
      .dynamodb: blocks(["52.94.6.0/24"]),
    ],
    prefixLists: [
      PrefixList(
        id: "pl-78a54011", name: "com.amazonaws.ap-northeast-2.s3", service: .s3, region: "ap-northeast-2",
        cidrs: blocks([
          "52.92.0.0/20", "52.219.56.0/22", "52.219.60.0/23", "52.219.144.0/22", "52.219.148.0/23",
          "52.219.202.0/23", "52.219.204.0/22", "3.5.140.0/22", "3.5.184.0/21",
        ])),
      PrefixList(
        id: "pl-48a54021", name: "com.amazonaws.ap-northeast-2.dynamodb", service: .dynamodb,
        region: "ap-northeast-2", cidrs: blocks(["52.94.6.0/24"])),
    ],
    // Seoul's real zone id could not be confirmed (aws-facts.md §2.4); this one only has the right shape.
    endpointHostedZoneId: "Z1Q2VRZDS3PYWA"
  )

  static let usEast1 = RegionInfo(
    name: "us-east-1",
    availabilityZones: ["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f"],
    addressPools: [
      .s3: blocks(["52.216.0.0/15", "54.231.0.0/17"]),
      .ec2: blocks(["52.46.128.0/19"]),
      .kinesis: blocks(["52.94.224.0/20"]),
      .sts: blocks(["52.94.208.0/21"]),
      .dynamodb: blocks(["52.94.0.0/22"]),
    ],
    prefixLists: [
      PrefixList(
        id: "pl-63a5400a", name: "com.amazonaws.us-east-1.s3", service: .s3, region: "us-east-1",
        cidrs: blocks(["54.231.0.0/17", "52.216.0.0/15", "3.5.0.0/19"])),
      PrefixList(
        id: "pl-02cd2c6b", name: "com.amazonaws.us-east-1.dynamodb", service: .dynamodb, region: "us-east-1",
        cidrs: blocks(["52.94.0.0/22", "52.119.224.0/20"])),
    ],
    endpointHostedZoneId: "Z7HUB22UULQXV"
  )
}
