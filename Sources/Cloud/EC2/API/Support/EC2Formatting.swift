/// Values that several EC2 responses share, formatted the way the service formats them.
extension World {
  /// A timestamp as the EC2 API sends it, which awscli v1 prints unchanged: `2021-04-13T04:40:00.000Z`.
  func ec2Timestamp(_ milliseconds: Int64) -> String {
    SimClock(millisecondsSinceEpoch: milliseconds).components.iso8601
  }

  /// An ARN of an EC2 resource in the world's account.
  func ec2ARN(region: String? = nil, _ type: String, _ id: String) -> String {
    "arn:aws:ec2:\(region ?? self.region):\(accountId):\(type)/\(id)"
  }

  /// The instance-style private DNS name of an address (`ip-10-0-11-80.ap-northeast-2.compute.internal`;
  /// `ec2.internal` in us-east-1).
  func privateDNSName(_ address: IPv4Address, region: String? = nil) -> String {
    let region = region ?? self.region
    let domain = region == "us-east-1" ? "ec2.internal" : "\(region).compute.internal"
    return "\(address.ec2HostLabel).\(domain)"
  }

  /// The public DNS name of a public address (`ec2-13-124-1-2.ap-northeast-2.compute.amazonaws.com`;
  /// `compute-1.amazonaws.com` in us-east-1).
  func publicDNSName(_ address: IPv4Address) -> String {
    let label = "ec2-" + address.octets.map(String.init).joined(separator: "-")
    return region == "us-east-1" ? "\(label).compute-1.amazonaws.com" : "\(label).\(region).compute.amazonaws.com"
  }

  /// Whether responses carry the fields AWS added after the article (IPv6 endpoint options, DNS name
  /// options, maintenance options …): they appeared between 2021 and 2023.
  var showsLaterFields: Bool { era >= .y2023 }
}

/// EC2 tag lists.
enum EC2Tags {
  /// `[{"Key": "Name", "Value": name}]`, or `[]` for an unnamed resource.
  static func name(_ name: String) -> JSONValue {
    name.isEmpty ? [] : [JSONValue.object([("Key", .string("Name")), ("Value", .string(name))])]
  }

  /// The tag pairs a filter sees.
  static func pairs(_ name: String) -> [(key: String, value: String)] {
    name.isEmpty ? [] : [(key: "Name", value: name)]
  }
}

/// Availability Zone IDs, which name the physical zone behind an account's zone name.
enum AvailabilityZoneIDs {
  /// The zone ID for a zone name. Seoul's letters map to az1…az4 in order, as most public Seoul outputs
  /// show; AWS may map letters differently per account, so this is an assumption [UNCONFIRMED].
  static func id(for zoneName: String) -> String {
    let prefixes = ["ap-northeast-2": "apne2", "us-east-1": "use1"]
    guard let letter = zoneName.last, let region = Optional(String(zoneName.dropLast())),
      let prefix = prefixes[region], let index = "abcdef".firstIndex(of: letter)
    else { return zoneName }
    return "\(prefix)-az\("abcdef".distance(from: "abcdef".startIndex, to: index) + 1)"
  }
}
