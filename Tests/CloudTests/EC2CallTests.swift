import Testing

@testable import Cloud

@Suite struct EC2CallTests {
  static let unauthorized = "You are not authorized to perform this operation."

  @Test(arguments: [Permissions.s3ReadOnly, .none])
  func describeCallsAreRefusedWithoutAnEncodedMessage(permissions: Permissions) throws {
    var world = try EC2Fixture.world()
    let before = world
    for operation in EC2Operation.allCases where !operation.isMutating {
      let result = world.ec2(operation.rawValue, nil, caller: "V2", permissions: permissions)
      #expect(result.error == APIError(code: "UnauthorizedOperation", message: Self.unauthorized, httpStatus: 403))
    }
    #expect(world == before)
  }

  @Test func mutatingCallsCarryADeterministicEncodedMessage() throws {
    var world = try EC2Fixture.world()
    let parameters: JSONValue = ["VpcId": .string(world.vpcs[0].id), "ServiceName": "com.amazonaws.ap-northeast-2.s3"]
    let before = world
    let first = world.ec2("CreateVpcEndpoint", parameters, caller: "V2", permissions: .s3ReadOnly)
    let second = world.ec2("CreateVpcEndpoint", parameters, caller: "V2", permissions: .s3ReadOnly)
    let other = world.ec2("DeleteRoute", parameters, caller: "V2", permissions: .none)
    #expect(world == before)
    let message = try #require(first.error?.message)
    let prefix = Self.unauthorized + " Encoded authorization failure message: "
    #expect(message.hasPrefix(prefix))
    let blob = message.dropFirst(prefix.count)
    #expect(blob.count == 180)
    #expect(blob.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    #expect(first == second)
    #expect(other.error?.message != message)
    #expect(first.error?.code == "UnauthorizedOperation" && first.error?.httpStatus == 403)
  }

  /// Calls that fail, each with its exact code and message; none may change the world.
  static let failingCalls: [(String, JSONValue, String, String)] = [
    ("DescribeVpcs", ["VpcIds": ["foo"]], "InvalidVpcID.Malformed", "Invalid id: \"foo\""),
    (
      "DescribeVpcs", ["VpcIds": ["vpc-0123456789abcdef0"]], "InvalidVpcID.NotFound",
      "The vpc ID 'vpc-0123456789abcdef0' does not exist"
    ),
    (
      "DescribeVpcs", ["Filters": [["Name": "colour", "Values": ["blue"]]]], "InvalidParameterValue",
      "The filter 'colour' is invalid"
    ),
    (
      "DescribeSubnets", ["SubnetIds": ["subnet-0123456789abcdef0"]], "InvalidSubnetID.NotFound",
      "The subnet ID 'subnet-0123456789abcdef0' does not exist"
    ),
    (
      "DescribeRouteTables", ["RouteTableIds": ["rtb-0123456789abcdef0"]], "InvalidRouteTableID.NotFound",
      "The routeTable ID 'rtb-0123456789abcdef0' does not exist"
    ),
    (
      "DescribeInstances", ["InstanceIds": ["i-0123456789abcdef0"]], "InvalidInstanceID.NotFound",
      "The instance ID 'i-0123456789abcdef0' does not exist"
    ),
    ("DescribeInstances", ["InstanceIds": ["i-xyz"]], "InvalidInstanceID.Malformed", "Invalid id: \"i-xyz\""),
    (
      "DescribeSecurityGroups", ["GroupIds": ["sg-0123456789abcdef0"]], "InvalidGroup.NotFound",
      "The security group 'sg-0123456789abcdef0' does not exist"
    ),
    (
      "DescribeNetworkInterfaces", ["NetworkInterfaceIds": ["eni-0123456789abcdef0"]],
      "InvalidNetworkInterfaceID.NotFound", "The networkInterface ID 'eni-0123456789abcdef0' does not exist"
    ),
    (
      "DescribeVpcEndpoints", ["VpcEndpointIds": ["vpce-0123456789abcdef0"]], "InvalidVpcEndpointId.NotFound",
      "The Vpc Endpoint Id 'vpce-0123456789abcdef0' does not exist"
    ),
    (
      "DescribeVpcEndpoints", ["VpcEndpointIds": ["vpce-XYZ"]], "InvalidVpcEndpointId.Malformed",
      "Invalid Id: 'vpce-XYZ' (expecting 'vpce-...; the Id may only contain lowercase alphanumeric characters and a single dash')"
    ),
    (
      "DescribeVpcEndpoints", ["Filters": [["Name": "vpc-endpoint-colour", "Values": ["x"]]]], "InvalidParameterValue",
      "The filter 'vpc-endpoint-colour' is invalid"
    ),
    (
      "DescribeVpcEndpointServices", ["ServiceNames": ["com.amazonaws.ap-northeast-2.nope"]], "InvalidServiceName",
      "The Vpc Endpoint Service 'com.amazonaws.ap-northeast-2.nope' does not exist"
    ),
    (
      "CreateVpcEndpoint", ["ServiceName": "com.amazonaws.ap-northeast-2.s3"], "MissingParameter",
      "The request must contain the parameter VpcId"
    ),
    ("CreateVpcEndpoint", ["VpcId": "<vpc>"], "MissingParameter", "The request must contain the parameter ServiceName"),
    (
      "CreateVpcEndpoint", ["VpcId": "vpc-1", "ServiceName": "com.amazonaws.ap-northeast-2.s3"],
      "InvalidVpcID.Malformed", "Invalid id: \"vpc-1\""
    ),
    (
      "CreateVpcEndpoint", ["VpcId": "<vpc>", "ServiceName": "com.amazonaws.us-east-1.s3"], "InvalidServiceName",
      "The Vpc Endpoint Service 'com.amazonaws.us-east-1.s3' does not exist"
    ),
    (
      "CreateVpcEndpoint", ["VpcId": "<vpc>", "ServiceName": "com.amazonaws.ap-northeast-2.ec2"], "InvalidParameter",
      "Endpoint type (Gateway) does not match available service types ([Interface])."
    ),
    ("ModifyVpcEndpoint", nil, "MissingParameter", "The request must contain the parameter VpcEndpointId"),
    (
      "DeleteVpcEndpoints", ["VpcEndpointIds": []], "MissingParameter",
      "The request must contain the parameter VpcEndpointIds"
    ),
    (
      "RevokeSecurityGroupIngress", ["GroupId": "<sg>"], "MissingParameter",
      "The request must contain the parameter IpPermissions"
    ),
    ("DescribeVpcs", ["DryRun": true], "DryRunOperation", "Request would have succeeded, but DryRun flag is set."),
    ("RunInstances", nil, "InvalidAction", "The action RunInstances is not valid for this web service."),
  ]

  @Test(arguments: failingCalls)
  func failingCallsLeaveTheWorldUnchanged(operation: String, parameters: JSONValue, code: String, message: String)
    throws
  {
    var world = try EC2Fixture.world()
    var resolved = parameters
    if case .object(var object) = parameters {
      if object["VpcId"] == "<vpc>" { object["VpcId"] = .string(world.vpcs[0].id) }
      if object["GroupId"] == "<sg>" { object["GroupId"] = .string(world.group(named: "vpce-sg").id) }
      resolved = .object(object)
    }
    let before = world
    let result = world.admin(operation, resolved)
    #expect(result.error?.code == code)
    #expect(result.error?.message == message)
    #expect(result.changes.isEmpty)
    #expect(world == before)
  }

  @Test func sameSeedSameOutputs() throws {
    func transcript() throws -> [String] {
      var world = try EC2Fixture.world(era: .y2023, seed: 7)
      let a = world.subnet(named: "private-a")
      let table = world.table(named: "private-a")
      var outputs: [String] = []
      let calls: [(String, JSONValue)] = [
        (
          "CreateVpcEndpoint",
          [
            "VpcId": .string(a.vpcId), "ServiceName": "com.amazonaws.ap-northeast-2.s3",
            "RouteTableIds": [.string(table.id)],
          ]
        ),
        (
          "CreateVpcEndpoint",
          [
            "VpcId": .string(a.vpcId), "VpcEndpointType": "Interface",
            "ServiceName": "com.amazonaws.ap-northeast-2.ec2", "SubnetIds": [.string(a.id)],
          ]
        ),
        (
          "AuthorizeSecurityGroupIngress",
          [
            "GroupId": .string(world.group(named: "vpce-sg").id),
            "IpPermissions": [EC2SecurityGroupTests.https(from: "192.168.0.0/16")],
          ]
        ),
        ("DescribeVpcEndpoints", nil), ("DescribeRouteTables", nil), ("DescribeNetworkInterfaces", nil),
        ("DescribeInstances", nil), ("DescribeSecurityGroups", nil), ("DescribeVpcEndpointServices", nil),
        ("CreateVpcEndpoint", ["VpcId": .string(a.vpcId), "ServiceName": "com.amazonaws.ap-northeast-2.ec2"]),
      ]
      for (operation, parameters) in calls {
        let result = world.ec2(operation, parameters, caller: "cloudshell", permissions: .admin)
        outputs.append(result.text ?? "\(result.error!.code): \(result.error!.message)")
        outputs += result.changes.map(\.summary)
      }
      return outputs
    }
    let first = try transcript()
    #expect(first == (try transcript()))
    #expect(first.count > 10)
  }

  @Test(arguments: [
    ("vpc-*", "vpc-0abc", true), ("vpc-*", "subnet-1", false), ("private-?", "private-a", true),
    ("private-?", "private-ab", false), ("*a*c", "xaybc", true), ("*", "", true), ("?", "", false),
    ("a\\*b", "a*b", true), ("a\\*b", "axb", false), ("Private-A", "private-a", false),
  ])
  func wildcardValues(pattern: String, text: String, matches: Bool) {
    #expect(EC2WildcardPattern(pattern).matches(text) == matches)
  }

  @Test func filtersAndTogetherAndValuesOrTogether() throws {
    var world = try EC2Fixture.world()
    let instances = world.admin(
      "DescribeInstances",
      [
        "Filters": [
          ["Name": "tag:Name", "Values": ["V1", "V3"]],
          ["Name": "availability-zone", "Values": ["ap-northeast-2c"]],
        ]
      ])
    guard case .success(let value) = instances.output else {
      Issue.record("\(instances)")
      return
    }
    let ids = value["Reservations"]?.arrayValue?.compactMap { $0["Instances"]?[0]?["InstanceId"]?.stringValue }
    #expect(ids == [world.instance(host: "V3").id])
  }

  @Test func courseIDsAreWellFormed() throws {
    let world = try EC2Fixture.world()
    #expect(world.subnets.allSatisfy { EC2Fixture.isLongID($0.id, prefix: "subnet") })
    #expect(world.routeTables.allSatisfy { EC2Fixture.isLongID($0.id, prefix: "rtb") })
    #expect(world.securityGroups.allSatisfy { EC2Fixture.isLongID($0.id, prefix: "sg") })
    #expect(world.instances.allSatisfy { EC2Fixture.isLongID($0.id, prefix: "i") })
    #expect(world.networkInterfaces.allSatisfy { EC2Fixture.isLongID($0.id, prefix: "eni") })
    #expect(world.networkInterfaces.allSatisfy { EC2Fixture.isLongID(world.attachmentId($0), prefix: "eni-attach") })
  }
}
