import CourseWorldSupport
import Testing

@testable import Cloud

// Shared vocabulary of the behaviour matrix: the hosts, the endpoint configurations, the operations
// and the outcomes, plus how to build a configuration and how to observe an operation in it.
// Expectations live in BehaviourMatrixTests.swift and come from aws-facts.md, never from here.

/// The course's hosts the matrix looks from.
enum MatrixHost: String, CaseIterable, Sendable {
  /// Public subnet, public IP, `0.0.0.0/0 → igw`.
  case V1
  /// Private subnet `private-a`: the table that gets the gateway endpoint.
  case V2
  /// Private subnet `private-c`: never gets an endpoint route.
  case V3
  /// The on-premises server, over VPN, no internet.
  case idc
}

/// The endpoint set-ups of the matrix.
enum MatrixConfiguration: String, CaseIterable, Sendable {
  case none
  /// An S3 gateway endpoint on private-a's route table.
  case gateway
  /// An S3 interface endpoint in private-a and private-c, `vpce-sg` admitting 443 (2021: no private DNS).
  case s3Interface
  /// An EC2 interface endpoint with private DNS, same subnets and group.
  case ec2Interface
  /// The gateway endpoint and the S3 interface endpoint together.
  case bothS3
  /// Era 2023: gateway + S3 interface endpoint with private DNS "only for inbound resolver endpoint",
  /// and a Route 53 Resolver inbound endpoint the data centre forwards `amazonaws.com` to.
  case inbound2023

  var hasS3Interface: Bool { self == .s3Interface || self == .bothS3 || self == .inbound2023 }
  var hasGateway: Bool { self == .gateway || self == .bothS3 || self == .inbound2023 }
}

/// What the matrix does from a host.
enum MatrixOperation: String, CaseIterable, Sendable {
  /// Resolve `s3.ap-northeast-2.amazonaws.com`.
  case resolveS3
  /// Resolve `ec2.ap-northeast-2.amazonaws.com`.
  case resolveEC2
  /// Resolve `bucket.vpce-….s3.ap-northeast-2.vpce.amazonaws.com` (S3 interface endpoint only).
  case resolveVpce
  /// Resolve the S3 regional name and open TCP 443 to the first answer.
  case connectS3
  /// Resolve the `bucket.vpce-…` name and open TCP 443 to the first answer.
  case connectVpce
  /// `ListObjectsV2 jschoi.acl` via `s3.ap-northeast-2.amazonaws.com`, signed for ap-northeast-2.
  case listSameRegion
  /// `ListObjectsV2 jschoi.use1-logs` via `s3.us-east-1.amazonaws.com`, signed for us-east-1.
  case listUSEast1
  /// `ListObjectsV2 jschoi.acl` via the `bucket.vpce-…` name (`--endpoint-url`), signed for ap-northeast-2.
  case listViaVpce

  var needsS3Interface: Bool { self == .resolveVpce || self == .connectVpce || self == .listViaVpce }
}

/// What a learner would see, reduced to what the facts speak about.
enum MatrixOutcome: Equatable, Sendable, CustomStringConvertible {
  /// Every address answered is public (at least one).
  case publicAnswer
  /// `count` private addresses, each an interface endpoint's ENI.
  case privateAnswer(count: Int)
  case nxdomain
  /// No resolver answered.
  case noResponse
  /// TCP established; `via` is `internet`, `gateway` or `interface` (or `none` for a non-service peer).
  case connected(via: String)
  /// TCP silently dropped: the client times out.
  case dropped
  /// The listing came back, non-empty, via that path.
  case listed(via: String)
  /// The request never got an answer: the connection was dropped (awscli: Connect timeout).
  case timesOut
  /// S3 answered `AccessDenied` to a request that came via that path.
  case accessDenied(via: String)
  /// Anything the matrix has no word for; the text says what happened.
  case other(String)

  var description: String {
    switch self {
    case .publicAnswer: "publicAnswer"
    case .privateAnswer(let count): "privateAnswer(count: \(count))"
    case .nxdomain: "nxdomain"
    case .noResponse: "noResponse"
    case .connected(let via): "connected(via: \(via))"
    case .dropped: "dropped"
    case .listed(let via): "listed(via: \(via))"
    case .timesOut: "timesOut"
    case .accessDenied(let via): "accessDenied(via: \(via))"
    case .other(let text): "other(\(text))"
    }
  }
}

/// The IDs of the endpoints a configuration created.
struct MatrixEndpoints: Sendable {
  var gateway: VPCEndpoint?
  var s3Interface: VPCEndpoint?
  var ec2Interface: VPCEndpoint?

  /// The S3 interface endpoint's name as the learner uses it: the wildcard with `bucket.` (aws-facts §2.4).
  var vpceBucketName: String? { s3Interface.map { "bucket." + $0.regionalDNSName } }
}

enum MatrixWorld {
  static let region = "ap-northeast-2"
  static let s3Regional = "s3.ap-northeast-2.amazonaws.com"
  static let ec2Regional = "ec2.ap-northeast-2.amazonaws.com"
  static let s3USEast1 = "s3.us-east-1.amazonaws.com"
  /// The article's bucket in the home Region, and the fixture's bucket in us-east-1 (S3Fixtures.swift).
  static let homeBucket = "jschoi.acl"
  static let usEast1Bucket = "jschoi.use1-logs"

  /// `vpce-sg` as the issue describes it: TCP 443 from the VPC and from the data centre.
  static let admit443FromVPCAndOnPremises = [
    RuleDescription(protocol: "tcp", ports: "443", cidr: "10.0.0.0/16"),
    RuleDescription(protocol: "tcp", ports: "443", cidr: "192.168.0.0/16"),
  ]

  /// The course world with `vpce-sg` given `vpceRules`, plus the 2023 resolver set-up when asked.
  static func description(era: Era, vpceRules: [RuleDescription], inboundResolver: Bool) -> WorldDescription {
    var description = WorldDescription.course(era: era)
    let position = description.vpc.securityGroups.firstIndex { $0.name == "vpce-sg" }!
    description.vpc.securityGroups[position].ingress = vpceRules
    if inboundResolver {
      description.vpc.inboundResolverSubnets = ["private-a", "private-c"]
      description.onPremises?.forwardToInboundResolver = true
    }
    return description
  }

  /// Builds a configuration the way a learner would: the course world, then `CreateVpcEndpoint` calls,
  /// then two simulated minutes so interface endpoints leave `pending`.
  static func build(
    _ configuration: MatrixConfiguration, seed: UInt64 = 2021,
    vpceRules: [RuleDescription] = admit443FromVPCAndOnPremises, interfaceGroups: [String]? = ["vpce-sg"]
  ) throws -> (world: World, endpoints: MatrixEndpoints) {
    let era: Era = configuration == .inbound2023 ? .y2023 : .y2021
    var world = try description(era: era, vpceRules: vpceRules, inboundResolver: configuration == .inbound2023)
      .build(seed: seed)
    var endpoints = MatrixEndpoints()
    let vpcId = world.vpcs[0].id
    let subnets = ["private-a", "private-c"].map { name in world.subnets.first { $0.name == name }!.id }
    let groups = (interfaceGroups ?? []).map { name in world.securityGroups.first { $0.name == name }!.id }

    if configuration.hasGateway {
      var request = EndpointRequest(type: .gateway, service: .s3, region: region, vpcId: vpcId)
      request.routeTableIds = [world.routeTables.first { $0.name == "private-a" }!.id]
      endpoints.gateway = try world.createEndpoint(request).get()
    }
    if configuration.hasS3Interface {
      var request = EndpointRequest(type: .interface, service: .s3, region: region, vpcId: vpcId)
      request.subnetIds = subnets
      request.securityGroupIds = groups
      if configuration == .inbound2023 {
        request.privateDnsEnabled = true
        request.privateDnsOnlyForInboundResolverEndpoint = true
      }
      endpoints.s3Interface = try world.createEndpoint(request).get()
    }
    if configuration == .ec2Interface {
      var request = EndpointRequest(type: .interface, service: .ec2, region: region, vpcId: vpcId)
      request.subnetIds = subnets
      request.securityGroupIds = groups
      request.privateDnsEnabled = true
      endpoints.ec2Interface = try world.createEndpoint(request).get()
    }
    world.clock.advance(seconds: 120)
    return (world, endpoints)
  }

  // MARK: - Observing

  /// Performs `operation` from `host` and reduces what happened to an outcome.
  static func observe(
    _ operation: MatrixOperation, from host: MatrixHost, in world: inout World, endpoints: MatrixEndpoints
  ) -> MatrixOutcome {
    let vpceName = endpoints.vpceBucketName
    switch operation {
    case .resolveS3:
      return classify(world.resolve(s3Regional, from: host.rawValue, by: .dnsTool("nslookup")), in: world)
    case .resolveEC2:
      return classify(world.resolve(ec2Regional, from: host.rawValue, by: .dnsTool("nslookup")), in: world)
    case .resolveVpce:
      guard let vpceName else { return .other("no S3 interface endpoint") }
      return classify(world.resolve(vpceName, from: host.rawValue, by: .dnsTool("nslookup")), in: world)
    case .connectS3:
      return classify(world.reach(from: host.rawValue, endpointHost: s3Regional, port: 443))
    case .connectVpce:
      guard let vpceName else { return .other("no S3 interface endpoint") }
      return classify(world.reach(from: host.rawValue, endpointHost: vpceName, port: 443))
    case .listSameRegion:
      return classify(list(homeBucket, from: host, via: s3Regional, signingRegion: region, in: &world))
    case .listUSEast1:
      return classify(list(usEast1Bucket, from: host, via: s3USEast1, signingRegion: "us-east-1", in: &world))
    case .listViaVpce:
      guard let vpceName else { return .other("no S3 interface endpoint") }
      return classify(list(homeBucket, from: host, via: vpceName, signingRegion: region, in: &world))
    }
  }

  /// `aws s3 ls s3://BUCKET` (ListObjectsV2 with delimiter `/`) through `endpoint`.
  static func list(
    _ bucket: String, from host: MatrixHost, via endpoint: String, signingRegion: String, in world: inout World
  ) -> ServiceExchange<S3Response> {
    world.s3Exchange(
      from: host.rawValue, endpointHost: endpoint,
      request: .listObjectsV2(bucket: bucket, prefix: "", delimiter: "/"), signingRegion: signingRegion)
  }

  static func classify(_ lookup: DNSLookup, in world: World) -> MatrixOutcome {
    switch lookup.outcome {
    case .nxdomain: return .nxdomain
    case .noResponse: return .noResponse
    case .noData: return .other("NOERROR, no data")
    case .pointers(let names): return .other("PTR \(names)")
    case .answered(let addresses):
      if lookup.answeredPublic { return .publicAnswer }
      guard lookup.answeredPrivate else { return .other("mixed answer \(addresses)") }
      // A private answer counts only when every address is an endpoint ENI, one per Availability Zone.
      let interfaces = addresses.compactMap { world.networkInterface(withAddress: $0) }
      let endpointENIs = interfaces.filter { if case .vpcEndpoint = $0.owner { true } else { false } }
      let zones = Set(endpointENIs.map(\.availabilityZone))
      guard endpointENIs.count == addresses.count, zones.count == addresses.count else {
        return .other("private answer \(addresses) not one endpoint ENI per zone")
      }
      return .privateAnswer(count: addresses.count)
    }
  }

  static func classify(_ reached: (lookup: DNSLookup?, connection: Connection?, events: [Event])) -> MatrixOutcome {
    guard let connection = reached.connection else {
      return .other("no connection: \(String(describing: reached.lookup?.outcome))")
    }
    return classify(connection)
  }

  static func classify(_ connection: Connection) -> MatrixOutcome {
    switch connection.outcome {
    case .connected(_, let contact): return .connected(via: contact?.via.kind ?? "none")
    case .dropped: return .dropped
    case .refused(_, let reason): return .other("refused: \(reason)")
    }
  }

  static func classify(_ exchange: ServiceExchange<S3Response>) -> MatrixOutcome {
    guard let connection = exchange.connection else {
      return .other("no connection: \(String(describing: exchange.lookup?.outcome))")
    }
    let via = connection.reached?.via.kind ?? "none"
    switch exchange.response {
    case nil:
      if case .dropped = connection.outcome { return .timesOut }
      return .other("no response after \(connection.outcome)")
    case .success(.objects(let output)):
      let empty = output.contents.isEmpty && output.commonPrefixes.isEmpty
      return empty ? .other("empty listing via \(via)") : .listed(via: via)
    case .success(let other):
      return .other("unexpected response \(other)")
    case .failure(let error):
      return error.code == "AccessDenied" ? .accessDenied(via: via) : .other("\(error.code) via \(via)")
    }
  }
}
