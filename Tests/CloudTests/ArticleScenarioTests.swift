import CourseWorldSupport
import Testing

@testable import Cloud

/// The article's experiments, one by one, as the model must reproduce them (DESIGN §1).
@Suite struct ArticleScenarioTests {
  static let seoulS3Pool = ["52.219.56.0/22", "52.219.60.0/23", "52.219.144.0/22", "52.219.148.0/23"]
    .compactMap(CIDRBlock.parse)

  private func world(_ era: Era = .y2021, seed: UInt64 = 2021) throws -> World {
    try WorldDescription.course(era: era).build(seed: seed)
  }

  private func vpcId(_ world: World) -> String { world.vpcs[0].id }
  private func table(_ world: World, _ name: String) -> String { world.routeTables.first { $0.name == name }!.id }
  private func subnet(_ world: World, _ name: String) -> String { world.subnets.first { $0.name == name }!.id }
  private func group(_ world: World, _ name: String) -> String { world.securityGroups.first { $0.name == name }!.id }

  private func list(_ world: inout World, from host: String, endpoint: String = "s3.ap-northeast-2.amazonaws.com")
    -> ServiceExchange<S3Response>
  {
    world.s3Exchange(
      from: host, endpointHost: endpoint, request: .listObjectsV2(bucket: "jschoi.acl", prefix: "", delimiter: "/"),
      signingRegion: "ap-northeast-2")
  }

  private func listing(_ exchange: ServiceExchange<S3Response>) -> (prefixes: [String], keys: [String])? {
    guard case .success(.objects(let output)) = exchange.response else { return nil }
    return (output.commonPrefixes, output.contents.map(\.key))
  }

  @Test func v1InAPublicSubnetResolvesS3PubliclyAndListsTheBucket() throws {
    var world = try world()
    let lookup = world.resolve("s3.ap-northeast-2.amazonaws.com", from: "V1", by: .dnsTool("nslookup"))
    #expect(lookup.resolver.description == "10.0.0.2")
    #expect(lookup.addresses.count == 1)
    #expect(Self.seoulS3Pool.contains { $0.contains(lookup.addresses[0]) })
    #expect(lookup.answeredPublic)

    let exchange = list(&world, from: "V1")
    #expect(exchange.connection?.reached?.via.kind == "internet")
    let result = try #require(listing(exchange))
    #expect(result.prefixes == ["private1/", "public1/"])
    #expect(result.keys == ["jschoi.acl_test.csv", "what-is-eks.png"])
  }

  @Test func v3InAPrivateSubnetResolvesButTimesOut() throws {
    var world = try world()
    let exchange = list(&world, from: "V3")
    #expect(exchange.lookup?.answeredPublic == true)
    let connection = try #require(exchange.connection)
    guard case .dropped(_, let reasons) = connection.outcome else {
      Issue.record("expected a dropped connection, got \(connection.outcome)")
      return
    }
    #expect(reasons.first == .noRoute(routeTableId: table(world, "private-c"), destination: connection.destination))
    #expect(exchange.response == nil)
    #expect(!exchange.events.contains { if case .apiCall = $0 { true } else { false } })
  }

  @Test func v2BehindAGatewayEndpointListsWithPublicDNS() throws {
    var world = try world()
    var request = EndpointRequest(type: .gateway, service: .s3, region: "ap-northeast-2", vpcId: vpcId(world))
    request.routeTableIds = [table(world, "private-a")]
    let endpoint = try world.createEndpoint(request).get()
    #expect(endpoint.state(at: world.now) == .available)
    let routes = world.routeTable(table(world, "private-a"))!.routes
    #expect(routes.contains(Route(destination: .prefixList("pl-78a54011"), target: .gatewayEndpoint(endpoint.id))))

    let exchange = list(&world, from: "V2")
    #expect(exchange.lookup?.answeredPublic == true)
    #expect(exchange.connection?.reached?.via == .gatewayEndpoint(endpoint.id))
    #expect(listing(exchange)?.keys == ["jschoi.acl_test.csv", "what-is-eks.png"])

    // The endpoint is on V2's table only: V3 still times out.
    #expect(list(&world, from: "V3").response == nil)
  }

  @Test func aGatewayEndpointDoesNotReachAnotherRegion() throws {
    var world = try world()
    var request = EndpointRequest(type: .gateway, service: .s3, region: "ap-northeast-2", vpcId: vpcId(world))
    request.routeTableIds = [table(world, "private-a")]
    let endpoint = try world.createEndpoint(request).get()
    let lookup = world.resolve("s3.us-east-1.amazonaws.com", from: "V2", by: .dnsTool("nslookup"))
    let connection = world.connect(from: "V2", to: lookup.addresses[0], port: 443)
    guard case .dropped(_, let reasons) = connection.outcome else {
      Issue.record("expected a drop, got \(connection.outcome)")
      return
    }
    #expect(
      reasons.contains(
        .gatewayEndpointOtherRegion(
          endpointId: endpoint.id, endpointRegion: "ap-northeast-2", destinationRegion: "us-east-1")))
  }

  @Test func anEC2InterfaceEndpointWithPrivateDNSAnswersOnePrivateAddressPerZone() throws {
    var world = try world()
    var request = EndpointRequest(type: .interface, service: .ec2, region: "ap-northeast-2", vpcId: vpcId(world))
    request.subnetIds = [subnet(world, "private-a"), subnet(world, "private-c")]
    let endpoint = try world.createEndpoint(request).get()
    #expect(endpoint.privateDnsEnabled)
    #expect(endpoint.state(at: world.now) == .pending)
    world.clock.advance(seconds: 120)
    let lookup = world.resolve("ec2.ap-northeast-2.amazonaws.com", from: "V3", by: .dnsTool("nslookup"))
    #expect(lookup.addresses.count == 2)
    #expect(lookup.answeredPrivate)
    let a = try #require(CIDRBlock.parse("10.0.11.0/24"))
    let c = try #require(CIDRBlock.parse("10.0.12.0/24"))
    #expect(lookup.addresses.contains { a.contains($0) } && lookup.addresses.contains { c.contains($0) })
    #expect(lookup.source == .privateHostedZone(endpointId: endpoint.id, service: .ec2))
  }

  @Test func in2021AnS3InterfaceEndpointRefusesPrivateDNS() throws {
    var world = try world()
    let before = world
    var request = EndpointRequest(type: .interface, service: .s3, region: "ap-northeast-2", vpcId: vpcId(world))
    request.subnetIds = [subnet(world, "private-a"), subnet(world, "private-c")]
    request.privateDnsEnabled = true
    let error = world.createEndpoint(request).failure
    #expect(
      error
        == APIError(
          code: "InvalidParameter",
          message:
            "Private DNS can't be enabled because the service com.amazonaws.ap-northeast-2.s3 does not provide a private DNS name."
        ))
    #expect(world == before)
  }

  @Test func anS3InterfaceEndpointNeedsItsOwnNameAndASecurityGroupAdmitting443() throws {
    var world = try world()
    var request = EndpointRequest(type: .interface, service: .s3, region: "ap-northeast-2", vpcId: vpcId(world))
    request.subnetIds = [subnet(world, "private-a"), subnet(world, "private-c")]
    request.securityGroupIds = [group(world, "vpce-sg")]
    let endpoint = try world.createEndpoint(request).get()
    world.clock.advance(seconds: 120)

    // The regional S3 name stays public, so V3 still times out.
    #expect(world.resolve("s3.ap-northeast-2.amazonaws.com", from: "V3", by: .dnsTool("nslookup")).answeredPublic)
    #expect(list(&world, from: "V3").response == nil)

    let name = "bucket." + endpoint.regionalDNSName
    let lookup = world.resolve(name, from: "V3", by: .dnsTool("nslookup"))
    #expect(lookup.addresses.count == 2 && lookup.answeredPrivate)
    #expect(world.resolve(endpoint.regionalDNSName, from: "V3", by: .dnsTool("nslookup")).outcome == .nxdomain)

    // vpce-sg admits nothing yet.
    let blocked = list(&world, from: "V3", endpoint: name)
    guard case .dropped(_, let reasons)? = blocked.connection?.outcome, case .securityGroup = reasons.first else {
      Issue.record("expected a security-group drop, got \(String(describing: blocked.connection?.outcome))")
      return
    }
    let sg = world.securityGroups.firstIndex { $0.name == "vpce-sg" }!
    world.securityGroups[sg].ingress.append(
      SecurityGroupRule(ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrs: [CIDRBlock.parse("10.0.0.0/16")!]))
    let exchange = list(&world, from: "V3", endpoint: name)
    #expect(exchange.connection?.reached?.via == .interfaceEndpoint(endpoint.id))
    #expect(listing(exchange)?.prefixes == ["private1/", "public1/"])
  }

  @Test func withBothEndpointsEachCommandTakesItsOwnPath() throws {
    var world = try world()
    var gateway = EndpointRequest(type: .gateway, service: .s3, region: "ap-northeast-2", vpcId: vpcId(world))
    gateway.routeTableIds = [table(world, "private-a")]
    let gw = try world.createEndpoint(gateway).get()
    var interface = EndpointRequest(type: .interface, service: .s3, region: "ap-northeast-2", vpcId: vpcId(world))
    interface.subnetIds = [subnet(world, "private-a"), subnet(world, "private-c")]
    let ie = try world.createEndpoint(interface).get()  // default security group: V2 is a member
    world.clock.advance(seconds: 120)

    #expect(list(&world, from: "V2").connection?.reached?.via == .gatewayEndpoint(gw.id))
    let viaInterface = list(&world, from: "V2", endpoint: "bucket." + ie.regionalDNSName)
    #expect(viaInterface.connection?.reached?.via == .interfaceEndpoint(ie.id))
    #expect(listing(viaInterface) != nil)
  }

  @Test func onPremisesCanUseOnlyTheInterfaceEndpoint() throws {
    var world = try world()
    var gateway = EndpointRequest(type: .gateway, service: .s3, region: "ap-northeast-2", vpcId: vpcId(world))
    gateway.routeTableIds = [table(world, "private-a"), table(world, "private-c")]
    let gw = try world.createEndpoint(gateway).get()
    var interface = EndpointRequest(type: .interface, service: .s3, region: "ap-northeast-2", vpcId: vpcId(world))
    interface.subnetIds = [subnet(world, "private-a"), subnet(world, "private-c")]
    interface.securityGroupIds = [group(world, "vpce-sg")]
    let ie = try world.createEndpoint(interface).get()
    world.clock.advance(seconds: 120)

    let regional = list(&world, from: "idc")
    #expect(regional.lookup?.resolverRole == .onPremises)
    guard case .dropped(_, let reasons)? = regional.connection?.outcome else {
      Issue.record("expected a drop from on-premises")
      return
    }
    #expect(reasons.contains(.gatewayEndpointNotTransitive(endpointId: gw.id, from: "on-premises")))

    let name = "bucket." + ie.regionalDNSName
    #expect(world.resolve(name, from: "idc", by: .dnsTool("nslookup")).answeredPrivate)
    #expect(list(&world, from: "idc", endpoint: name).response == nil)  // vpce-sg admits nothing
    let sg = world.securityGroups.firstIndex { $0.name == "vpce-sg" }!
    world.securityGroups[sg].ingress.append(
      SecurityGroupRule(ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrs: [CIDRBlock.parse("192.168.0.0/16")!]))
    let exchange = list(&world, from: "idc", endpoint: name)
    #expect(exchange.connection?.reached?.sourceEndpointId == ie.id)
    #expect(listing(exchange) != nil)
  }

  @Test func in2023PrivateDNSForS3NeedsTheGatewayAndStaysPublicInsideTheVPC() throws {
    var world = try world(.y2023)
    var interface = EndpointRequest(type: .interface, service: .s3, region: "ap-northeast-2", vpcId: vpcId(world))
    interface.subnetIds = [subnet(world, "private-a"), subnet(world, "private-c")]
    interface.privateDnsEnabled = true
    #expect(
      world.createEndpoint(interface).failure?.message
        == "To set PrivateDnsOnlyForInboundResolverEndpoint to true, the VPC \(vpcId(world)) must have a Gateway endpoint for the service."
    )

    var gateway = EndpointRequest(type: .gateway, service: .s3, region: "ap-northeast-2", vpcId: vpcId(world))
    gateway.routeTableIds = [table(world, "private-a")]
    _ = try world.createEndpoint(gateway).get()
    let ie = try world.createEndpoint(interface).get()
    #expect(ie.privateDnsOnlyForInboundResolverEndpoint == true)
    world.clock.advance(seconds: 120)
    #expect(world.resolve("s3.ap-northeast-2.amazonaws.com", from: "V2", by: .dnsTool("nslookup")).answeredPublic)

    // With the option off, every query in the VPC gets the endpoint's private addresses.
    var change = EndpointModification()
    change.privateDnsOnlyForInboundResolverEndpoint = false
    _ = try world.modifyEndpoint(ie.id, change).get()
    let lookup = world.resolve("s3.ap-northeast-2.amazonaws.com", from: "V2", by: .dnsTool("nslookup"))
    #expect(lookup.answeredPrivate && lookup.addresses.count == 2)
  }
}

extension Result {
  var failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
