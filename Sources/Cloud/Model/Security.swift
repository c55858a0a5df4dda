/// One rule of a security group: a protocol, a port range and where traffic may come from (or go to).
public struct SecurityGroupRule: Sendable, Equatable, Codable {
  /// `tcp`, `udp`, `icmp` or `-1` for all.
  public var ipProtocol: String
  /// The first port; nil for all protocols.
  public var fromPort: Int?
  /// The last port; nil for all protocols.
  public var toPort: Int?
  public var cidrs: [CIDRBlock]
  public var groupIds: [String]
  public var prefixListIds: [String]
  public var description: String?

  public init(
    ipProtocol: String, fromPort: Int?, toPort: Int?, cidrs: [CIDRBlock] = [], groupIds: [String] = [],
    prefixListIds: [String] = [], description: String? = nil
  ) {
    self.ipProtocol = ipProtocol
    self.fromPort = fromPort
    self.toPort = toPort
    self.cidrs = cidrs
    self.groupIds = groupIds
    self.prefixListIds = prefixListIds
    self.description = description
  }

  /// Every protocol and port to or from anywhere: the default outbound rule.
  public static let allowAllOutbound = SecurityGroupRule(
    ipProtocol: "-1", fromPort: nil, toPort: nil, cidrs: [try! CIDRBlock(parsing: "0.0.0.0/0")])

  /// True when the rule covers TCP to `port`.
  public func coversTCP(port: Int) -> Bool {
    if ipProtocol == "-1" { return true }
    guard ipProtocol == "tcp" || ipProtocol == "6" else { return false }
    return (fromPort ?? 0) <= port && port <= (toPort ?? 65_535)
  }

  /// Whether two rules grant the same protocol and ports (so their sources may be merged or removed).
  public func samePermission(as other: SecurityGroupRule) -> Bool {
    ipProtocol == other.ipProtocol && fromPort == other.fromPort && toPort == other.toPort
  }
}

/// A security group: stateful, allow-only rules for the interfaces it is attached to.
public struct SecurityGroup: Sendable, Equatable, Codable {
  public let id: String
  public let name: String
  public let description: String
  public let vpcId: String
  public var ingress: [SecurityGroupRule]
  public var egress: [SecurityGroupRule]
}
