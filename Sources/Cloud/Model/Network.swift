/// A VPC: an isolated address space in one Region.
public struct VPC: Sendable, Equatable, Codable {
  public let id: String
  public var name: String
  public let cidr: CIDRBlock
  public let region: String
  /// `enableDnsSupport`: the VPC resolver at base+2 answers.
  public var dnsSupport: Bool
  /// `enableDnsHostnames`: instances get DNS names; needed for private DNS of interface endpoints.
  public var dnsHostnames: Bool
  public let cidrAssociationId: String
  public let dhcpOptionsId: String

  /// The Amazon-provided resolver of the VPC, at the base address plus two.
  public var resolverAddress: IPv4Address { cidr.address(at: 2) }
}

/// A subnet of a VPC, in one Availability Zone.
public struct Subnet: Sendable, Equatable, Codable {
  public let id: String
  public var name: String
  public let vpcId: String
  public let cidr: CIDRBlock
  public let availabilityZone: String
  /// Whether instances launched here get a public address by default.
  public var mapPublicIpOnLaunch: Bool
}

/// Where a route sends traffic.
public enum RouteTarget: Sendable, Equatable, Codable {
  case local
  case internetGateway(String)
  case natGateway(String)
  case vpnGateway(String)
  case gatewayEndpoint(String)

  /// The ID as `describe-route-tables` shows it (`local`, `igw-…`, `nat-…`, `vgw-…`, `vpce-…`).
  public var id: String {
    switch self {
    case .local: "local"
    case .internetGateway(let id), .natGateway(let id), .vpnGateway(let id), .gatewayEndpoint(let id): id
    }
  }
}

/// What a route matches: a CIDR block or every block of a prefix list.
public enum RouteDestination: Sendable, Equatable, Codable {
  case cidr(CIDRBlock)
  case prefixList(String)
}

/// One route of a route table.
public struct Route: Sendable, Equatable, Codable {
  public var destination: RouteDestination
  public var target: RouteTarget
  /// `CreateRouteTable` for the local route, `CreateRoute` for the rest (endpoint routes included).
  public var origin: String

  public init(destination: RouteDestination, target: RouteTarget, origin: String = "CreateRoute") {
    self.destination = destination
    self.target = target
    self.origin = origin
  }
}

/// A subnet's (or the main) association with a route table.
public struct RouteTableAssociation: Sendable, Equatable, Codable {
  public let id: String
  /// The associated subnet; nil for the main association.
  public let subnetId: String?
  public let main: Bool
}

/// A route table: routes chosen by longest prefix match.
public struct RouteTable: Sendable, Equatable, Codable {
  public let id: String
  public var name: String
  public let vpcId: String
  public var routes: [Route]
  public var associations: [RouteTableAssociation]

  /// True when this is the VPC's main route table.
  public var isMain: Bool { associations.contains { $0.main } }
}

/// An internet gateway attached to a VPC.
public struct InternetGateway: Sendable, Equatable, Codable {
  public let id: String
  public var vpcId: String?
}

/// A NAT gateway in a (public) subnet.
public struct NATGateway: Sendable, Equatable, Codable {
  public let id: String
  public let subnetId: String
  public let vpcId: String
  public let privateAddress: IPv4Address
  public let publicAddress: IPv4Address
  public let networkInterfaceId: String
}

/// A virtual private gateway: the VPC side of a Site-to-Site VPN or Direct Connect link.
public struct VPNGateway: Sendable, Equatable, Codable {
  public let id: String
  public var vpcId: String?
}

/// How the on-premises network is linked to the VPC.
public enum OnPremisesLink: String, Sendable, Equatable, Codable {
  case vpn
  case directConnect = "direct-connect"

  /// The words used when explaining a path.
  public var displayName: String { self == .vpn ? "Site-to-Site VPN" : "Direct Connect" }
}

/// The on-premises data centre reached over the virtual private gateway.
public struct OnPremisesNetwork: Sendable, Equatable, Codable {
  public var name: String
  public let cidr: CIDRBlock
  /// The data centre's own DNS resolver.
  public let resolverAddress: IPv4Address
  public let vpnGatewayId: String
  public let link: OnPremisesLink
  /// Destinations the data centre routes over the link to the VPC (the VPC CIDR by default).
  public var routesOverLink: [CIDRBlock]
  /// Whether the data centre has its own way to the internet (the course's IDC has none).
  public var internetAccess: Bool
  /// The Route 53 Resolver inbound endpoint the data centre forwards `amazonaws.com` to, if any.
  public var forwardsToInboundEndpoint: String?
}
