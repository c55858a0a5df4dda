import Testing

@testable import Cloud

@Suite struct EC2SecurityGroupTests {
  static func https(from cidr: String) -> JSONValue {
    ["IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [["CidrIp": .string(cidr)]]]
  }

  @Test func authorizeIn2021ReturnsOnlyReturn() throws {
    var world = try EC2Fixture.world()
    let group = world.group(named: "vpce-sg")
    let result = world.admin(
      "AuthorizeSecurityGroupIngress",
      [
        "GroupId": .string(group.id), "IpPermissions": [Self.https(from: "192.168.0.0/16")],
      ])
    #expect(result.text == "{\n    \"Return\": true\n}\n")
    #expect(
      result.changes.map(\.summary) == [
        "inbound peer: 192.168.0.0/16, TCP, from port: 443, to port: 443, ALLOW added to \(group.id)"
      ])
    #expect(result.changes.first?.kind == "security-group-rule")
    let described = world.admin(
      "DescribeSecurityGroups",
      [
        "Filters": [["Name": "ip-permission.cidr", "Values": ["192.168.*"]]]
      ])
    #expect(described.text?.contains(group.id) == true)
  }

  @Test func authorizeIn2023ListsTheNewRules() throws {
    var world = try EC2Fixture.world(era: .y2023)
    let group = world.group(named: "vpce-sg")
    let result = world.admin(
      "AuthorizeSecurityGroupIngress",
      [
        "GroupId": .string(group.id), "IpPermissions": [Self.https(from: "10.0.0.0/16")],
      ])
    let ruleId = try #require(result.changes.first?.summary.split(separator: " ").last.map(String.init))
    #expect(EC2Fixture.isLongID(ruleId, prefix: "sgr"))
    let expected = """
      {
          "Return": true,
          "SecurityGroupRules": [
              {
                  "SecurityGroupRuleId": "\(ruleId)",
                  "GroupId": "\(group.id)",
                  "GroupOwnerId": "123456789012",
                  "IsEgress": false,
                  "IpProtocol": "tcp",
                  "FromPort": 443,
                  "ToPort": 443,
                  "CidrIpv4": "10.0.0.0/16"
              }
          ]
      }

      """
    #expect(result.text == expected)
  }

  @Test func duplicateRuleIsRefusedWithTheRealMessage() throws {
    var world = try EC2Fixture.world()
    let group = world.group(named: "vpce-sg")
    let call: JSONValue = ["GroupId": .string(group.id), "IpPermissions": [Self.https(from: "10.0.0.0/8")]]
    _ = world.admin("AuthorizeSecurityGroupIngress", call)
    let before = world
    let again = world.admin("AuthorizeSecurityGroupIngress", call)
    #expect(
      again.error
        == APIError(
          code: "InvalidPermission.Duplicate",
          message: "the specified rule \"peer: 10.0.0.0/8, TCP, from port: 443, to port: 443, ALLOW\" already exists"))
    #expect(world == before)
  }

  @Test func revokeRemovesTheRuleAndThenReportsItMissing() throws {
    var world = try EC2Fixture.world()
    let group = world.group(named: "vpce-sg")
    let call: JSONValue = ["GroupId": .string(group.id), "IpPermissions": [Self.https(from: "10.0.0.0/8")]]
    _ = world.admin("AuthorizeSecurityGroupIngress", call)
    let revoked = world.admin("RevokeSecurityGroupIngress", call)
    #expect(revoked.text == "{\n    \"Return\": true\n}\n")
    #expect(revoked.changes.map(\.change) == ["deleted"])
    #expect(world.securityGroup(group.id)?.ingress.isEmpty == true)
    let again = world.admin("RevokeSecurityGroupIngress", call)
    #expect(
      again.error
        == APIError(
          code: "InvalidPermission.NotFound", message: "The specified rule does not exist in this security group."))
  }

  static let authorizeFailures: [(JSONValue, String, String)] = [
    (
      ["IpPermissions": [EC2SecurityGroupTests.https(from: "10.0.0.0/8")]],
      "MissingParameter", "The request must contain the parameter groupName or groupId"
    ),
    (
      ["GroupName": "vpce-sg", "IpPermissions": [EC2SecurityGroupTests.https(from: "10.0.0.0/8")]],
      "VPCIdNotSpecified", "No default VPC for this user. GroupName is only supported for EC2-Classic and default VPC."
    ),
    (
      ["GroupId": "sg-0123456789abcdef0", "IpPermissions": [EC2SecurityGroupTests.https(from: "10.0.0.0/8")]],
      "InvalidGroup.NotFound", "The security group 'sg-0123456789abcdef0' does not exist"
    ),
    (
      ["GroupId": "sg-nope", "IpPermissions": [EC2SecurityGroupTests.https(from: "10.0.0.0/8")]],
      "InvalidGroupId.Malformed", "Invalid id: \"sg-nope\""
    ),
    (
      ["GroupId": "<vpce-sg>", "IpPermissions": [EC2SecurityGroupTests.https(from: "10.0.0/8")]],
      "InvalidParameterValue", "CIDR block 10.0.0/8 is malformed"
    ),
  ]

  @Test(arguments: authorizeFailures)
  func authorizeErrors(parameters: JSONValue, code: String, message: String) throws {
    var world = try EC2Fixture.world()
    var resolved = parameters
    if parameters["GroupId"] == "<vpce-sg>", case .object(var object) = parameters {
      object["GroupId"] = .string(world.group(named: "vpce-sg").id)
      resolved = .object(object)
    }
    let before = world
    let result = world.admin("AuthorizeSecurityGroupIngress", resolved)
    #expect(result.error?.code == code)
    #expect(result.error?.message == message)
    #expect(world == before)
  }
}
