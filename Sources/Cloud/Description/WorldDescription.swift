/// The starting world of a lab, as data: what a lab's `world:` section in YAML maps onto.
///
/// Resources refer to each other by the names given here; IDs are drawn from the seed when the
/// world is built, so every learner's variant gets its own realistic IDs. Every field has a default
/// except the VPC's, so a lab states only what matters to it.
public struct WorldDescription: Codable, Sendable, Equatable {
  public var era: Era
  public var region: String
  public var account: String
  /// The simulated time the lab starts at, `YYYY-MM-DDTHH:MM:SSZ` (UTC).
  public var start: String
  public var vpc: VPCDescription
  public var onPremises: OnPremisesDescription?
  /// Whether the admin shell outside the VPC (`cloudshell`) exists.
  public var cloudShell: Bool
  /// The buckets; none when absent.
  public var buckets: [BucketDescription]?

  public enum CodingKeys: String, CodingKey, CaseIterable {
    case era, region, account, start, vpc, onPremises, cloudShell, buckets
  }

  public init(
    era: Era = .y2021, region: String = "ap-northeast-2", account: String = "123456789012",
    start: String = "2021-04-13T04:40:00Z", vpc: VPCDescription, onPremises: OnPremisesDescription? = nil,
    cloudShell: Bool = true, buckets: [BucketDescription]? = nil
  ) {
    self.era = era
    self.region = region
    self.account = account
    self.start = start
    self.vpc = vpc
    self.onPremises = onPremises
    self.cloudShell = cloudShell
    self.buckets = buckets
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    era = try c.decodeIfPresent(Era.self, forKey: .era) ?? .y2021
    region = try c.decodeIfPresent(String.self, forKey: .region) ?? "ap-northeast-2"
    account = try c.decodeIfPresent(String.self, forKey: .account) ?? "123456789012"
    start = try c.decodeIfPresent(String.self, forKey: .start) ?? "2021-04-13T04:40:00Z"
    vpc = try c.decode(VPCDescription.self, forKey: .vpc)
    onPremises = try c.decodeIfPresent(OnPremisesDescription.self, forKey: .onPremises)
    cloudShell = try c.decodeIfPresent(Bool.self, forKey: .cloudShell) ?? true
    buckets = try c.decodeIfPresent([BucketDescription].self, forKey: .buckets)
  }
}

/// The lab's VPC with everything in it.
public struct VPCDescription: Codable, Sendable, Equatable {
  public var name: String
  public var cidr: String
  public var dnsSupport: Bool
  public var dnsHostnames: Bool
  public var internetGateway: Bool
  /// A NAT gateway in the named (public) subnet; none when absent.
  public var natGatewaySubnet: String?
  public var subnets: [SubnetDescription]
  public var routeTables: [RouteTableDescription]
  public var securityGroups: [SecurityGroupDescription]
  public var endpoints: [EndpointDescription]
  public var instances: [InstanceDescription]
  /// Subnets for a Route 53 Resolver inbound endpoint; none when absent.
  public var inboundResolverSubnets: [String]?

  public enum CodingKeys: String, CodingKey, CaseIterable {
    case name, cidr, dnsSupport, dnsHostnames, internetGateway, natGatewaySubnet, subnets, routeTables
    case securityGroups, endpoints, instances, inboundResolverSubnets
  }

  public init(
    name: String = "lab-vpc", cidr: String = "10.0.0.0/16", dnsSupport: Bool = true, dnsHostnames: Bool = true,
    internetGateway: Bool = true, natGatewaySubnet: String? = nil, subnets: [SubnetDescription] = [],
    routeTables: [RouteTableDescription] = [], securityGroups: [SecurityGroupDescription] = [],
    endpoints: [EndpointDescription] = [], instances: [InstanceDescription] = [],
    inboundResolverSubnets: [String]? = nil
  ) {
    self.name = name
    self.cidr = cidr
    self.dnsSupport = dnsSupport
    self.dnsHostnames = dnsHostnames
    self.internetGateway = internetGateway
    self.natGatewaySubnet = natGatewaySubnet
    self.subnets = subnets
    self.routeTables = routeTables
    self.securityGroups = securityGroups
    self.endpoints = endpoints
    self.instances = instances
    self.inboundResolverSubnets = inboundResolverSubnets
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decodeIfPresent(String.self, forKey: .name) ?? "lab-vpc"
    cidr = try c.decodeIfPresent(String.self, forKey: .cidr) ?? "10.0.0.0/16"
    dnsSupport = try c.decodeIfPresent(Bool.self, forKey: .dnsSupport) ?? true
    dnsHostnames = try c.decodeIfPresent(Bool.self, forKey: .dnsHostnames) ?? true
    internetGateway = try c.decodeIfPresent(Bool.self, forKey: .internetGateway) ?? true
    natGatewaySubnet = try c.decodeIfPresent(String.self, forKey: .natGatewaySubnet)
    subnets = try c.decodeIfPresent([SubnetDescription].self, forKey: .subnets) ?? []
    routeTables = try c.decodeIfPresent([RouteTableDescription].self, forKey: .routeTables) ?? []
    securityGroups = try c.decodeIfPresent([SecurityGroupDescription].self, forKey: .securityGroups) ?? []
    endpoints = try c.decodeIfPresent([EndpointDescription].self, forKey: .endpoints) ?? []
    instances = try c.decodeIfPresent([InstanceDescription].self, forKey: .instances) ?? []
    inboundResolverSubnets = try c.decodeIfPresent([String].self, forKey: .inboundResolverSubnets)
  }
}

/// A subnet and the route table it is associated with (the main table when absent).
public struct SubnetDescription: Codable, Sendable, Equatable {
  public var name: String
  public var cidr: String
  public var zone: String
  public var routeTable: String?

  public enum CodingKeys: String, CodingKey, CaseIterable { case name, cidr, zone, routeTable }

  public init(name: String, cidr: String, zone: String, routeTable: String? = nil) {
    self.name = name
    self.cidr = cidr
    self.zone = zone
    self.routeTable = routeTable
  }
}

/// A route table with its extra routes (the local route is always there).
public struct RouteTableDescription: Codable, Sendable, Equatable {
  public var name: String
  public var main: Bool
  public var routes: [RouteDescription]

  public enum CodingKeys: String, CodingKey, CaseIterable { case name, main, routes }

  public init(name: String, main: Bool = false, routes: [RouteDescription] = []) {
    self.name = name
    self.main = main
    self.routes = routes
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    main = try c.decodeIfPresent(Bool.self, forKey: .main) ?? false
    routes = try c.decodeIfPresent([RouteDescription].self, forKey: .routes) ?? []
  }
}

/// A route: a CIDR destination and a target by kind.
public struct RouteDescription: Codable, Sendable, Equatable {
  public var destination: String
  /// `internet-gateway`, `nat-gateway` or `vpn-gateway`.
  public var target: String

  public enum CodingKeys: String, CodingKey, CaseIterable { case destination, target }

  public init(destination: String, target: String) {
    self.destination = destination
    self.target = target
  }
}

/// A security group; the VPC's `default` group always exists and may be described to change its rules.
public struct SecurityGroupDescription: Codable, Sendable, Equatable {
  public var name: String
  public var description: String?
  public var ingress: [RuleDescription]

  public enum CodingKeys: String, CodingKey, CaseIterable { case name, description, ingress }

  public init(name: String, description: String? = nil, ingress: [RuleDescription] = []) {
    self.name = name
    self.description = description
    self.ingress = ingress
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    description = try c.decodeIfPresent(String.self, forKey: .description)
    ingress = try c.decodeIfPresent([RuleDescription].self, forKey: .ingress) ?? []
  }
}

/// An inbound rule: protocol, port or port range, and exactly one source.
public struct RuleDescription: Codable, Sendable, Equatable {
  /// `tcp`, `udp`, `icmp` or `all`.
  public var `protocol`: String
  /// A port (`443`) or a range (`1024-65535`); absent for `all`.
  public var ports: String?
  public var cidr: String?
  /// Another security group of the VPC, by name.
  public var group: String?

  public enum CodingKeys: String, CodingKey, CaseIterable { case `protocol`, ports, cidr, group }

  public init(protocol: String = "tcp", ports: String? = nil, cidr: String? = nil, group: String? = nil) {
    self.protocol = `protocol`
    self.ports = ports
    self.cidr = cidr
    self.group = group
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    `protocol` = try c.decodeIfPresent(String.self, forKey: .protocol) ?? "tcp"
    if let number = try? c.decodeIfPresent(Int.self, forKey: .ports) {
      ports = String(number)
    } else {
      ports = try c.decodeIfPresent(String.self, forKey: .ports)
    }
    cidr = try c.decodeIfPresent(String.self, forKey: .cidr)
    group = try c.decodeIfPresent(String.self, forKey: .group)
  }
}

/// A VPC endpoint that exists when the lab starts.
public struct EndpointDescription: Codable, Sendable, Equatable {
  public var name: String
  public var type: EndpointType
  /// The service's short name (`s3`, `ec2`, …); its Region is the world's.
  public var service: String
  public var routeTables: [String]
  public var subnets: [String]
  public var securityGroups: [String]
  public var privateDns: Bool?
  public var privateDnsOnlyForInboundResolverEndpoint: Bool?
  /// The endpoint policy JSON; AWS's default full-access policy when absent.
  public var policy: String?

  public enum CodingKeys: String, CodingKey, CaseIterable {
    case name, type, service, routeTables, subnets, securityGroups, privateDns
    case privateDnsOnlyForInboundResolverEndpoint, policy
  }

  public init(
    name: String, type: EndpointType, service: String, routeTables: [String] = [], subnets: [String] = [],
    securityGroups: [String] = [], privateDns: Bool? = nil, privateDnsOnlyForInboundResolverEndpoint: Bool? = nil,
    policy: String? = nil
  ) {
    self.name = name
    self.type = type
    self.service = service
    self.routeTables = routeTables
    self.subnets = subnets
    self.securityGroups = securityGroups
    self.privateDns = privateDns
    self.privateDnsOnlyForInboundResolverEndpoint = privateDnsOnlyForInboundResolverEndpoint
    self.policy = policy
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    type = try c.decode(EndpointType.self, forKey: .type)
    service = try c.decode(String.self, forKey: .service)
    routeTables = try c.decodeIfPresent([String].self, forKey: .routeTables) ?? []
    subnets = try c.decodeIfPresent([String].self, forKey: .subnets) ?? []
    securityGroups = try c.decodeIfPresent([String].self, forKey: .securityGroups) ?? []
    privateDns = try c.decodeIfPresent(Bool.self, forKey: .privateDns)
    privateDnsOnlyForInboundResolverEndpoint = try c.decodeIfPresent(
      Bool.self, forKey: .privateDnsOnlyForInboundResolverEndpoint)
    policy = try c.decodeIfPresent(String.self, forKey: .policy)
  }
}

/// An EC2 instance the learner gets a shell on, by its host name in the lab (`V1`).
public struct InstanceDescription: Codable, Sendable, Equatable {
  public var host: String
  public var subnet: String
  /// A fixed private address; drawn from the subnet when absent.
  public var privateIp: String?
  public var publicIp: Bool
  public var securityGroups: [String]
  public var permissions: Permissions

  public enum CodingKeys: String, CodingKey, CaseIterable {
    case host, subnet, privateIp, publicIp, securityGroups, permissions
  }

  public init(
    host: String, subnet: String, privateIp: String? = nil, publicIp: Bool = false,
    securityGroups: [String] = ["default"], permissions: Permissions = .s3ReadOnly
  ) {
    self.host = host
    self.subnet = subnet
    self.privateIp = privateIp
    self.publicIp = publicIp
    self.securityGroups = securityGroups
    self.permissions = permissions
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    host = try c.decode(String.self, forKey: .host)
    subnet = try c.decode(String.self, forKey: .subnet)
    privateIp = try c.decodeIfPresent(String.self, forKey: .privateIp)
    publicIp = try c.decodeIfPresent(Bool.self, forKey: .publicIp) ?? false
    securityGroups = try c.decodeIfPresent([String].self, forKey: .securityGroups) ?? ["default"]
    permissions = try c.decodeIfPresent(Permissions.self, forKey: .permissions) ?? .s3ReadOnly
  }
}

/// The on-premises data centre and its server.
public struct OnPremisesDescription: Codable, Sendable, Equatable {
  public var host: String
  public var hostname: String
  public var cidr: String
  public var address: String
  public var resolver: String
  public var link: OnPremisesLink
  public var internetAccess: Bool
  /// Whether the data centre forwards `amazonaws.com` queries to a Route 53 Resolver inbound endpoint.
  public var forwardToInboundResolver: Bool

  public enum CodingKeys: String, CodingKey, CaseIterable {
    case host, hostname, cidr, address, resolver, link, internetAccess, forwardToInboundResolver
  }

  public init(
    host: String = "idc", hostname: String = "idc-server", cidr: String = "192.168.0.0/16",
    address: String = "192.168.10.20", resolver: String = "192.168.0.2", link: OnPremisesLink = .vpn,
    internetAccess: Bool = false, forwardToInboundResolver: Bool = false
  ) {
    self.host = host
    self.hostname = hostname
    self.cidr = cidr
    self.address = address
    self.resolver = resolver
    self.link = link
    self.internetAccess = internetAccess
    self.forwardToInboundResolver = forwardToInboundResolver
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let d = OnPremisesDescription()
    host = try c.decodeIfPresent(String.self, forKey: .host) ?? d.host
    hostname = try c.decodeIfPresent(String.self, forKey: .hostname) ?? d.hostname
    cidr = try c.decodeIfPresent(String.self, forKey: .cidr) ?? d.cidr
    address = try c.decodeIfPresent(String.self, forKey: .address) ?? d.address
    resolver = try c.decodeIfPresent(String.self, forKey: .resolver) ?? d.resolver
    link = try c.decodeIfPresent(OnPremisesLink.self, forKey: .link) ?? d.link
    internetAccess = try c.decodeIfPresent(Bool.self, forKey: .internetAccess) ?? d.internetAccess
    forwardToInboundResolver =
      try c.decodeIfPresent(Bool.self, forKey: .forwardToInboundResolver) ?? d.forwardToInboundResolver
  }
}

/// A bucket and its objects.
public struct BucketDescription: Codable, Sendable, Equatable {
  public var name: String
  public var region: String
  /// When the bucket was created (`YYYY-MM-DDTHH:MM:SSZ`); 400 days before the lab starts when absent.
  public var created: String?
  /// The objects, with their sizes (or bodies) and times.
  public var objects: [ObjectDescription]
  public var policy: String?

  public enum CodingKeys: String, CodingKey, CaseIterable { case name, region, created, objects, policy }

  public init(
    name: String, region: String, created: String? = nil, objects: [ObjectDescription] = [], policy: String? = nil
  ) {
    self.name = name
    self.region = region
    self.created = created
    self.objects = objects
    self.policy = policy
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    region = try c.decode(String.self, forKey: .region)
    created = try c.decodeIfPresent(String.self, forKey: .created)
    objects = try c.decodeIfPresent([ObjectDescription].self, forKey: .objects) ?? []
    policy = try c.decodeIfPresent(String.self, forKey: .policy)
  }
}

/// An object: its key, its size in bytes (or a text body, whose length is its size) and its
/// last-modified time (`YYYY-MM-DDTHH:MM:SSZ`). Without a body its content is generated from the
/// key and size, the same on every machine.
public struct ObjectDescription: Codable, Sendable, Equatable {
  public var key: String
  public var size: Int64
  public var modified: String
  public var body: String?

  public enum CodingKeys: String, CodingKey, CaseIterable { case key, size, modified, body }

  public init(key: String, size: Int64, modified: String, body: String? = nil) {
    self.key = key
    self.size = size
    self.modified = modified
    self.body = body
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    key = try c.decode(String.self, forKey: .key)
    modified = try c.decode(String.self, forKey: .modified)
    body = try c.decodeIfPresent(String.self, forKey: .body)
    if let body {
      size = Int64(body.utf8.count)
    } else {
      size = try c.decode(Int64.self, forKey: .size)
    }
  }
}
