/// Something that happened in the simulated world: the grader's vocabulary (DESIGN §4).
///
/// Every event says on which host and when it happened, and carries enough to explain itself.
public enum Event: Sendable, Equatable, Codable {
  case dnsLookup(DNSLookup)
  case connection(Connection)
  case apiCall(APICall)
  case resourceChanged(ResourceChange)

  /// The host the event happened on (the caller's host for API calls and changes).
  public var host: String {
    switch self {
    case .dnsLookup(let e): e.host
    case .connection(let e): e.host
    case .apiCall(let e): e.host
    case .resourceChanged(let e): e.host
    }
  }
}

/// A DNS query and its answer.
public struct DNSLookup: Sendable, Equatable, Codable {
  public let host: String
  public let time: Int64
  /// The name asked for, without a trailing dot, lowercased.
  public let name: String
  /// The record type asked for (`A`, `AAAA`, …).
  public let type: String
  /// The resolver that was asked.
  public let resolver: IPv4Address
  /// Who the resolver is, for explanations.
  public let resolverRole: ResolverRole
  public let outcome: DNSOutcome
  /// Where the answer came from.
  public let source: DNSSource?
  /// Which program asked: a DNS tool, or a client resolving for itself.
  public let askedBy: DNSAsker

  /// The addresses answered, in the order given; empty for NXDOMAIN or no answer.
  public var addresses: [IPv4Address] {
    if case .answered(let records) = outcome { return records }
    return []
  }

  /// True when every address answered is private (RFC 1918); false for no answer.
  public var answeredPrivate: Bool {
    !addresses.isEmpty && addresses.allSatisfy(\.isPrivate)
  }

  /// True when at least one address was answered and all are public.
  public var answeredPublic: Bool {
    !addresses.isEmpty && addresses.allSatisfy { !$0.isPrivate }
  }
}

/// Which resolver answered.
public enum ResolverRole: Sendable, Equatable, Codable {
  /// The Amazon-provided resolver of a VPC (base + 2).
  case vpcResolver(vpcId: String)
  /// The on-premises data centre's resolver.
  case onPremises
  /// A public resolver on the internet (CloudShell).
  case internet
  /// A resolver that does not exist at that address.
  case none
}

/// The result of a DNS query.
public enum DNSOutcome: Sendable, Equatable, Codable {
  /// The name exists and has these addresses, in answer order.
  case answered([IPv4Address])
  /// The name exists but has no record of the type asked (NOERROR, no answer).
  case noData
  /// The name does not exist.
  case nxdomain
  /// The address has these names (PTR records), in answer order: a reverse lookup's answer.
  case pointers([String])
  /// No resolver answered (the query timed out).
  case noResponse
}

/// Which zone or data supplied an answer.
public enum DNSSource: Sendable, Equatable, Codable {
  /// AWS's public DNS for a service endpoint.
  case publicService(service: AWSService, region: String)
  /// The private hosted zone of an interface endpoint with private DNS.
  case privateHostedZone(endpointId: String, service: AWSService)
  /// An interface endpoint's own regional or zonal name (public DNS, private addresses).
  case endpointName(endpointId: String, service: AWSService, zonal: Bool)
  /// The VPC's internal names (`ip-10-0-1-10.ap-northeast-2.compute.internal`).
  case vpcInternal
  /// A name of the on-premises network.
  case onPremises
  /// A name the simulation does not know: answered NXDOMAIN by public DNS.
  case unknown
  /// A well-known name of the public internet outside AWS (`PublicZone`).
  case publicZone
}

/// A TCP connection attempt and how it ended.
public struct Connection: Sendable, Equatable, Codable {
  public let host: String
  public let time: Int64
  public let source: IPv4Address
  /// The name the client used, when it came from a name.
  public let destinationName: String?
  public let destination: IPv4Address
  public let port: Int
  public let outcome: ConnectionOutcome
  /// What the client sent: a TCP connect unless said otherwise.
  public internal(set) var transport: Transport = .tcp

  /// True when the connection was established.
  public var connected: Bool {
    if case .connected = outcome { return true }
    return false
  }

  /// The service reached, when the connection ended at an AWS service endpoint.
  public var reached: ServiceContact? {
    if case .connected(_, let contact) = outcome { return contact }
    return nil
  }
}

/// What a client sent along a path.
public enum Transport: Sendable, Equatable, Codable {
  /// A TCP connect (curl, nc, telnet, awscli …).
  case tcp
  /// traceroute's UDP probes, to the port given and the ones above it.
  case udpProbes
  /// traceroute's ICMP echo probes (`-I`).
  case icmpProbes
  /// A DNS query over UDP sent straight to a name server, not to the host's resolver (`dig +trace`).
  case dnsQuery
}

/// How a connection attempt ended.
public enum ConnectionOutcome: Sendable, Equatable, Codable {
  /// Established, along `path`; `contact` is the AWS service reached, if any.
  case connected(path: [Hop], contact: ServiceContact?)
  /// Silently dropped (the client times out); `reasons` explain why, most important first.
  case dropped(path: [Hop], reasons: [DropReason])
  /// Actively refused (the client sees "connection refused").
  case refused(path: [Hop], reason: String)
}

/// How traffic got to an AWS service, and what the service sees of the caller.
public struct ServiceContact: Sendable, Equatable, Codable {
  public let service: AWSService
  public let region: String
  public let via: ServicePath
  /// The VPC the request came from, when it came through an endpoint (`aws:SourceVpc`).
  public let sourceVpcId: String?
  /// The endpoint the request came through (`aws:SourceVpce`).
  public let sourceEndpointId: String?
  /// The address the service sees (`aws:SourceIp`): public for internet paths.
  public let sourceAddress: IPv4Address
}

/// The way to a service endpoint.
public enum ServicePath: Sendable, Equatable, Codable {
  case internet(internetGatewayId: String?)
  case natGateway(String)
  case gatewayEndpoint(String)
  case interfaceEndpoint(String)

  /// The endpoint ID for endpoint paths.
  public var endpointId: String? {
    switch self {
    case .gatewayEndpoint(let id), .interfaceEndpoint(let id): id
    default: nil
    }
  }

  /// `gateway`, `interface`, or `internet` — the words checks use.
  public var kind: String {
    switch self {
    case .internet, .natGateway: "internet"
    case .gatewayEndpoint: "gateway"
    case .interfaceEndpoint: "interface"
    }
  }
}

/// One step of a path, for explanations and the topology view.
public enum Hop: Sendable, Equatable, Codable {
  case routeTable(id: String, matched: String, target: String)
  case securityGroup(id: String, direction: String)
  case internetGateway(String)
  case natGateway(String)
  case gatewayEndpoint(String)
  case interfaceEndpoint(endpointId: String, interfaceId: String)
  case link(OnPremisesLink, vpnGatewayId: String)
  case service(AWSService, region: String)
  case networkInterface(String)
}

/// Why a connection was dropped.
public enum DropReason: Sendable, Equatable, Codable {
  /// The route table has no route for the destination.
  case noRoute(routeTableId: String, destination: IPv4Address)
  /// A gateway endpoint on the table serves only its own Region; the destination is the service in another.
  case gatewayEndpointOtherRegion(endpointId: String, endpointRegion: String, destinationRegion: String)
  /// The destination is the service a gateway endpoint serves, but the caller is outside the VPC.
  case gatewayEndpointNotTransitive(endpointId: String, from: String)
  /// A route to the internet gateway, but the instance has no public address.
  case noPublicAddress(instanceId: String, internetGatewayId: String)
  /// The destination interface's security groups admit nothing from the source on that port.
  case securityGroup(groupIds: [String], port: Int, source: IPv4Address)
  /// Traffic that came over VPN/Direct Connect may only reach addresses inside the VPC.
  case notTransitive(link: OnPremisesLink, destination: IPv4Address)
  /// The on-premises network has no route to the destination.
  case onPremisesNoRoute(destination: IPv4Address)
  /// Nothing answers at that private address.
  case noListener(destination: IPv4Address)
  /// A private address is not reachable from the internet.
  case privateFromInternet(destination: IPv4Address)
  /// The interface endpoint is not available yet.
  case endpointPending(endpointId: String)
  /// The route's target no longer exists.
  case blackhole(routeTableId: String, target: String)
  /// An AWS service endpoint takes HTTPS and HTTP only; probes of any other port get no answer.
  case servicePortClosed(service: AWSService, region: String, port: Int)
}

/// An API call made from a host and what the service answered.
public struct APICall: Sendable, Equatable, Codable {
  public let host: String
  public let time: Int64
  public let service: AWSService
  /// The API operation, e.g. `ListObjectsV2`, `CreateVpcEndpoint`.
  public let operation: String
  /// The request's parameters that matter for checks, in a fixed order.
  public let parameters: [Parameter]
  /// How the request reached the service.
  public let via: ServicePath
  /// `nil` on success, the error code otherwise.
  public let errorCode: String?

  /// One named request parameter.
  public struct Parameter: Sendable, Equatable, Codable {
    public let name: String
    public let value: String
    public init(_ name: String, _ value: String) {
      self.name = name
      self.value = value
    }
  }

  public init(
    host: String, time: Int64, service: AWSService, operation: String, parameters: [Parameter], via: ServicePath,
    errorCode: String?
  ) {
    self.host = host
    self.time = time
    self.service = service
    self.operation = operation
    self.parameters = parameters
    self.via = via
    self.errorCode = errorCode
  }

  /// The value of a parameter, if the request carried it.
  public func parameter(_ name: String) -> String? {
    parameters.first { $0.name == name }?.value
  }

  public var succeeded: Bool { errorCode == nil }
}

/// A resource created, changed or deleted by an API call.
public struct ResourceChange: Sendable, Equatable, Codable {
  public let host: String
  public let time: Int64
  /// `vpc-endpoint`, `route`, `security-group-rule`, …
  public let kind: String
  public let id: String
  /// `created`, `modified` or `deleted`.
  public let change: String
  /// A short description of what changed, in plain words.
  public let summary: String
}

extension IPv4Address {
  /// True for RFC 1918 private addresses (10/8, 172.16/12, 192.168/16).
  public var isPrivate: Bool {
    let a = value >> 24
    let b = (value >> 16) & 0xFF
    return a == 10 || (a == 172 && (16...31).contains(b)) || (a == 192 && b == 168)
  }
}
