import Testing

@testable import Cloud

@Suite struct EC2RouteTests {
  @Test func createAndDeleteARoute() throws {
    var world = try EC2Fixture.world()
    let table = world.table(named: "private-a")
    let igw = world.internetGateways[0].id
    let created = world.admin(
      "CreateRoute",
      [
        "RouteTableId": .string(table.id), "DestinationCidrBlock": "0.0.0.0/0", "GatewayId": .string(igw),
      ])
    #expect(created.text == "{\n    \"Return\": true\n}\n")
    #expect(created.changes.map(\.summary) == ["route 0.0.0.0/0 → \(igw) added to \(table.id)"])
    #expect(
      world.routeTable(table.id)?.routes.last
        == Route(destination: .cidr(try CIDRBlock(parsing: "0.0.0.0/0")), target: .internetGateway(igw)))

    let deleted = world.admin("DeleteRoute", ["RouteTableId": .string(table.id), "DestinationCidrBlock": "0.0.0.0/0"])
    #expect(deleted.text == "{\n    \"Return\": true\n}\n")
    #expect(deleted.changes.map(\.change) == ["deleted"])
    #expect(world.routeTable(table.id)?.routes.count == 2)
  }

  /// Every route error, with its exact code and message; `<rtb>` stands for the private-a table, `<igw>` for
  /// the internet gateway, `<vpce>` for a gateway endpoint on that table.
  @Test(arguments: [
    ("create 10.0.0.0/16 → igw", "RouteAlreadyExists", "The route identified by 10.0.0.0/16 already exists."),
    (
      "create 0.0.0.0/0 → igw-0123456789abcdef0", "InvalidGatewayID.NotFound",
      "The gateway ID 'igw-0123456789abcdef0' does not exist"
    ),
    ("create 0.0.0.0/0 → vpce", "InvalidGatewayID.NotFound", "The gateway ID '<vpce>' does not exist"),
    (
      "create 10.0.0/8 → igw", "InvalidParameterValue",
      "Value (10.0.0/8) for parameter destinationCidrBlock is invalid. This is not a valid CIDR block."
    ),
    (
      "create pl-78a54011 → VpcEndpointId vpce", "InvalidParameterValue",
      "The prefix list pl-78a54011 is managed by AWS; routes to it are added by associating a gateway VPC endpoint with the route table"
    ),
    (
      "create 0.0.0.0/0 → VpcEndpointId vpce", "InvalidParameterValue",
      "The VPC endpoint <vpce> is not a Gateway Load Balancer endpoint; gateway endpoint routes are managed with ModifyVpcEndpoint"
    ),
    (
      "delete 172.16.0.0/12", "InvalidRoute.NotFound",
      "no route with destination-cidr-block 172.16.0.0/12 in route table <rtb>"
    ),
    ("delete 10.0.0.0/16", "InvalidParameterValue", "cannot remove local route 10.0.0.0/16 in route table <rtb>"),
    (
      "delete pl-78a54011", "InvalidParameterValue",
      "cannot remove VPC endpoint route pl-78a54011 in route table <rtb>; modify or delete VPC endpoint <vpce> instead"
    ),
    (
      "create on rtb-0123456789abcdef0", "InvalidRouteTableID.NotFound",
      "The routeTable ID 'rtb-0123456789abcdef0' does not exist"
    ),
    ("create on rtb-x", "InvalidRouteTableId.Malformed", "Invalid id: \"rtb-x\""),
    ("create without table", "MissingParameter", "The request must contain the parameter RouteTableId"),
  ])
  func routeErrors(call: String, code: String, message: String) throws {
    var world = try EC2Fixture.world()
    let table = world.table(named: "private-a")
    _ = world.admin(
      "CreateVpcEndpoint",
      [
        "VpcId": .string(table.vpcId), "ServiceName": "com.amazonaws.ap-northeast-2.s3",
        "RouteTableIds": [.string(table.id)],
      ])
    let vpce = try #require(world.liveEndpoints.first?.id)
    let igw = world.internetGateways[0].id
    let parameters: JSONValue =
      switch call {
      case "create 10.0.0.0/16 → igw":
        ["RouteTableId": .string(table.id), "DestinationCidrBlock": "10.0.0.0/16", "GatewayId": .string(igw)]
      case "create 0.0.0.0/0 → igw-0123456789abcdef0":
        ["RouteTableId": .string(table.id), "DestinationCidrBlock": "0.0.0.0/0", "GatewayId": "igw-0123456789abcdef0"]
      case "create 0.0.0.0/0 → vpce":
        ["RouteTableId": .string(table.id), "DestinationCidrBlock": "0.0.0.0/0", "GatewayId": .string(vpce)]
      case "create 10.0.0/8 → igw":
        ["RouteTableId": .string(table.id), "DestinationCidrBlock": "10.0.0/8", "GatewayId": .string(igw)]
      case "create pl-78a54011 → VpcEndpointId vpce":
        ["RouteTableId": .string(table.id), "DestinationPrefixListId": "pl-78a54011", "VpcEndpointId": .string(vpce)]
      case "create 0.0.0.0/0 → VpcEndpointId vpce":
        ["RouteTableId": .string(table.id), "DestinationCidrBlock": "0.0.0.0/0", "VpcEndpointId": .string(vpce)]
      case "delete 172.16.0.0/12": ["RouteTableId": .string(table.id), "DestinationCidrBlock": "172.16.0.0/12"]
      case "delete 10.0.0.0/16": ["RouteTableId": .string(table.id), "DestinationCidrBlock": "10.0.0.0/16"]
      case "delete pl-78a54011": ["RouteTableId": .string(table.id), "DestinationPrefixListId": "pl-78a54011"]
      case "create on rtb-0123456789abcdef0":
        ["RouteTableId": "rtb-0123456789abcdef0", "DestinationCidrBlock": "0.0.0.0/0", "GatewayId": .string(igw)]
      case "create on rtb-x": ["RouteTableId": "rtb-x", "DestinationCidrBlock": "0.0.0.0/0", "GatewayId": .string(igw)]
      default: ["DestinationCidrBlock": "0.0.0.0/0", "GatewayId": .string(igw)]
      }
    let operation = call.hasPrefix("delete") ? "DeleteRoute" : "CreateRoute"
    let before = world
    let result = world.admin(operation, parameters)
    let expected = message.replacing("<rtb>", with: table.id).replacing("<vpce>", with: vpce)
    #expect(result.error == APIError(code: code, message: expected))
    #expect(result.changes.isEmpty)
    #expect(world == before)
  }
}
