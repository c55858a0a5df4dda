import Testing

@testable import Cloud

/// DESIGN §2.1: same lab + same seed + same inputs ⇒ the same world and the same events, every time.
@Suite struct DeterminismTests {
  /// What one run of the script leaves behind.
  struct Run: Equatable {
    var events: [Event]
    var world: World
    var endpointIds: [String]
  }

  /// A scripted session touching every source of variation: IDs, ENI addresses, DNS suffixes,
  /// pool addresses, answer order, the clock, and the paths of exchanges.
  static func script(seed: UInt64) throws -> Run {
    var world = try MatrixWorld.description(
      era: .y2021, vpceRules: MatrixWorld.admit443FromVPCAndOnPremises, inboundResolver: false
    ).build(seed: seed)
    var events: [Event] = []
    var endpointIds: [String] = []
    let vpcId = world.vpcs[0].id
    let subnets = ["private-a", "private-c"].map { name in world.subnets.first { $0.name == name }!.id }
    let group = world.securityGroups.first { $0.name == "vpce-sg" }!.id

    func created(_ endpoint: VPCEndpoint, in world: World) -> Event {
      .resourceChanged(
        ResourceChange(
          host: "cloudshell", time: world.now, kind: "vpc-endpoint", id: endpoint.id, change: "created",
          summary: "\(endpoint.type.rawValue) \(endpoint.serviceName) \(endpoint.regionalDNSName)"))
    }

    // Before any endpoint: pool addresses for S3 and EC2, and a timeout.
    for host in ["V1", "V3", "idc", "cloudshell"] {
      events.append(.dnsLookup(world.resolve(MatrixWorld.s3Regional, from: host, by: .dnsTool("nslookup"))))
    }
    events +=
      MatrixWorld.list(
        MatrixWorld.homeBucket, from: .V3, via: MatrixWorld.s3Regional, signingRegion: "ap-northeast-2", in: &world
      ).events

    var gateway = EndpointRequest(type: .gateway, service: .s3, region: "ap-northeast-2", vpcId: vpcId)
    gateway.routeTableIds = [world.routeTables.first { $0.name == "private-a" }!.id]
    let gw = try world.createEndpoint(gateway).get()
    endpointIds.append(gw.id)
    events.append(created(gw, in: world))
    events +=
      MatrixWorld.list(
        MatrixWorld.homeBucket, from: .V2, via: MatrixWorld.s3Regional, signingRegion: "ap-northeast-2", in: &world
      ).events

    var s3 = EndpointRequest(type: .interface, service: .s3, region: "ap-northeast-2", vpcId: vpcId)
    s3.subnetIds = subnets
    s3.securityGroupIds = [group]
    let s3Interface = try world.createEndpoint(s3).get()
    endpointIds.append(s3Interface.id)
    events.append(created(s3Interface, in: world))
    var ec2 = EndpointRequest(type: .interface, service: .ec2, region: "ap-northeast-2", vpcId: vpcId)
    ec2.subnetIds = subnets
    let ec2Interface = try world.createEndpoint(ec2).get()
    endpointIds.append(ec2Interface.id)
    events.append(created(ec2Interface, in: world))

    // Still pending: a drop with its own reason.
    let vpce = "bucket." + s3Interface.regionalDNSName
    events +=
      MatrixWorld.list(MatrixWorld.homeBucket, from: .V3, via: vpce, signingRegion: "ap-northeast-2", in: &world).events
    world.clock.advance(seconds: 120)

    // Multi-address answers, whose order is drawn from the generator.
    for _ in 0..<6 {
      events.append(.dnsLookup(world.resolve(MatrixWorld.ec2Regional, from: "V2", by: .dnsTool("nslookup"))))
      events.append(.dnsLookup(world.resolve(vpce, from: "idc", by: .dnsTool("nslookup"))))
    }
    for host in [MatrixHost.V1, .V2, .V3, .idc] {
      events +=
        MatrixWorld.list(MatrixWorld.homeBucket, from: host, via: vpce, signingRegion: "ap-northeast-2", in: &world)
        .events
      events +=
        MatrixWorld.list(
          MatrixWorld.usEast1Bucket, from: host, via: MatrixWorld.s3USEast1, signingRegion: "us-east-1", in: &world
        ).events
    }
    world.clock.advance(seconds: 300)
    events +=
      MatrixWorld.list(
        MatrixWorld.homeBucket, from: .V1, via: MatrixWorld.s3Regional, signingRegion: "ap-northeast-2", in: &world
      ).events
    return Run(events: events, world: world, endpointIds: endpointIds)
  }

  @Test(arguments: [0, 1, 42, 2021, UInt64.max])
  func theSameSeedGivesTheSameEventsAndWorld(_ seed: UInt64) throws {
    let first = try Self.script(seed: seed)
    let second = try Self.script(seed: seed)
    #expect(first.events == second.events)
    #expect(first.world == second.world)
    #expect(first.endpointIds == second.endpointIds)
    // The script is not trivially deterministic: it made many events, with multi-address answers.
    #expect(first.events.count > 40)
    #expect(first.events.contains { if case .dnsLookup(let l) = $0 { l.addresses.count == 2 } else { false } })
    #expect(first.events.contains { if case .apiCall = $0 { true } else { false } })
  }

  /// The comparison above could not pass by accident: another seed changes the stream.
  @Test func differentSeedsGiveDifferentStreams() throws {
    let a = try Self.script(seed: 1)
    let b = try Self.script(seed: 2)
    #expect(a.events != b.events)
    #expect(a.world != b.world)
  }

  @Test func differentSeedsGiveDifferentEndpointIds() throws {
    let seeds: [UInt64] = [1, 2, 3, 4, 5, 2021, 2023, UInt64.max]
    let ids = try seeds.flatMap { try Self.script(seed: $0).endpointIds }
    #expect(ids.count == seeds.count * 3)
    #expect(Set(ids).count == ids.count)
  }

  /// §2.4: `vpce-` + 17 hex digits (long IDs start with 0), and an 8-character lowercase suffix.
  @Test(arguments: [7, 8, 9] as [UInt64])
  func endpointIdsAndSuffixesHaveAWSShape(_ seed: UInt64) throws {
    let run = try Self.script(seed: seed)
    let hex = Set("0123456789abcdef")
    let alnum = Set("abcdefghijklmnopqrstuvwxyz0123456789")
    for endpoint in run.world.endpoints {
      let digits = endpoint.id.dropFirst("vpce-".count)
      #expect(endpoint.id.hasPrefix("vpce-0") && digits.count == 17 && digits.allSatisfy(hex.contains))
      #expect(endpoint.dnsSuffix.count == 8 && endpoint.dnsSuffix.allSatisfy(alnum.contains))
    }
  }

  /// A world is a value: a copy taken mid-session continues exactly like the original.
  @Test func aForkedWorldContinuesIdentically() throws {
    var (world, endpoints) = try MatrixWorld.build(.bothS3, seed: 99)
    var fork = world
    let vpce = try #require(endpoints.vpceBucketName)
    var left: [Event] = []
    var right: [Event] = []
    for _ in 0..<5 {
      left.append(.dnsLookup(world.resolve(vpce, from: "V2", by: .dnsTool("nslookup"))))
      left +=
        MatrixWorld.list(MatrixWorld.homeBucket, from: .idc, via: vpce, signingRegion: "ap-northeast-2", in: &world)
        .events
    }
    for _ in 0..<5 {
      right.append(.dnsLookup(fork.resolve(vpce, from: "V2", by: .dnsTool("nslookup"))))
      right +=
        MatrixWorld.list(MatrixWorld.homeBucket, from: .idc, via: vpce, signingRegion: "ap-northeast-2", in: &fork)
        .events
    }
    #expect(left == right)
    #expect(world == fork)
  }
}
