import CourseWorldSupport
import Testing

@testable import Cloud

/// EC2 in another Region than the world's, and the endpoint errors whose wording public sources
/// record. Each expected text names where it comes from.
@Suite struct EC2RegionTests {
  /// A Region's endpoint knows only its own resources: the course world is in Seoul and defines no
  /// default VPC elsewhere, so us-east-1 answers with empty lists (docs/fidelity.md, "Regions").
  @Test(arguments: [
    ("DescribeVpcs", "Vpcs"), ("DescribeSubnets", "Subnets"), ("DescribeRouteTables", "RouteTables"),
    ("DescribeInstances", "Reservations"), ("DescribeSecurityGroups", "SecurityGroups"),
    ("DescribeNetworkInterfaces", "NetworkInterfaces"), ("DescribeVpcEndpoints", "VpcEndpoints"),
  ])
  func anotherRegionSeesNoneOfTheWorldsResources(operation: String, key: String) throws {
    var world = try EC2Fixture.world(era: .y2023)
    // The course starts without an endpoint: make one, so Seoul has something to show.
    _ = world.admin(
      "CreateVpcEndpoint",
      [
        "VpcId": .string(world.vpcs[0].id), "ServiceName": "com.amazonaws.ap-northeast-2.s3",
        "RouteTableIds": [.string(world.table(named: "private-a").id)],
      ])
    let home = world.ec2(operation, nil, caller: "cloudshell", permissions: .admin)
    let away = world.ec2(operation, nil, caller: "cloudshell", permissions: .admin, region: "us-east-1")
    #expect(home.text?.contains("\"\(key)\": []") == false)
    #expect(away.text == "{\n    \"\(key)\": []\n}\n")
  }

  /// The Region's own facts come from the Region asked: us-east-1's zones (as moto and AWS list
  /// them, captures in regions.json) and its S3 prefix list, pl-63a5400a (aws-cli
  /// `awscli/examples/ec2/describe-prefix-lists.rst`).
  @Test func anotherRegionAnswersWithItsOwnZonesAndPrefixLists() throws {
    var world = try EC2Fixture.world()
    let zones = world.ec2(
      "DescribeAvailabilityZones", nil, caller: "cloudshell", permissions: .admin, region: "us-east-1")
    for letter in "abcdef" { #expect(zones.text?.contains("\"ZoneName\": \"us-east-1\(letter)\"") == true) }
    #expect(zones.text?.contains("ap-northeast-2") == false)
    let lists = world.ec2("DescribePrefixLists", nil, caller: "cloudshell", permissions: .admin, region: "us-east-1")
    #expect(lists.text?.contains("\"PrefixListId\": \"pl-63a5400a\"") == true)
    #expect(lists.text?.contains("pl-78a54011") == false)
  }

  /// A Seoul VPC named to the us-east-1 endpoint does not exist there; the world is untouched.
  @Test func aSeoulVPCDoesNotExistInUsEast1() throws {
    var world = try EC2Fixture.world()
    let before = world
    let vpcId = world.vpcs[0].id
    let result = world.ec2(
      "CreateVpcEndpoint", ["VpcId": .string(vpcId), "ServiceName": "com.amazonaws.us-east-1.s3"],
      caller: "cloudshell", permissions: .admin, region: "us-east-1")
    #expect(result.error == APIError(code: "InvalidVpcID.NotFound", message: "The vpc ID '\(vpcId)' does not exist"))
    #expect(world == before)
  }

  /// Endpoint errors as EC2 words them, each from a public record of the real answer.
  static let documentedErrors: [(name: String, parameters: JSONValue, code: String, message: String)] = [
    // The service name of another Region than the VPC's: the eu-west-1 names of a stack deployed
    // elsewhere (aws-samples/aws-network-firewall-terraform issue #4, 2022).
    (
      "CreateVpcEndpoint", ["VpcId": "<vpc>", "ServiceName": "com.amazonaws.us-east-1.s3", "RouteTableIds": ["<rtb>"]],
      "InvalidServiceName", "The Vpc Endpoint Service 'com.amazonaws.us-east-1.s3' does not exist"
    ),
    // A name no service has (hashicorp/terraform-provider-aws issue #24216, 2022).
    (
      "CreateVpcEndpoint", ["VpcId": "<vpc>", "ServiceName": "com.amazonaws.ap-northeast-2.organizations"],
      "InvalidServiceName", "The Vpc Endpoint Service 'com.amazonaws.ap-northeast-2.organizations' does not exist"
    ),
    // DescribeVpcEndpointServices of an unknown name (terraform-aws-modules/terraform-aws-vpc issue #356).
    (
      "DescribeVpcEndpointServices", ["ServiceNames": ["com.amazonaws.ap-northeast-2.nosuch"]], "InvalidServiceName",
      "The Vpc Endpoint Service 'com.amazonaws.ap-northeast-2.nosuch' does not exist"
    ),
    // A second S3 gateway endpoint on a table that has one: the wording of Terraform error
    // outputs quoted in public repositories (pl-63a5400a in us-east-1, pl-6fa54006 in ap-southeast-1).
    (
      "CreateVpcEndpoint",
      ["VpcId": "<vpc>", "ServiceName": "com.amazonaws.ap-northeast-2.s3", "RouteTableIds": ["<s3rtb>"]],
      "RouteAlreadyExists", "route table <s3rtb> already has a route with destination-prefix-list-id pl-78a54011"
    ),
    // Subnets for a gateway endpoint (nanlabs/terraform-aws-starter issue #18, 2023).
    (
      "CreateVpcEndpoint",
      ["VpcId": "<vpc>", "ServiceName": "com.amazonaws.ap-northeast-2.s3", "SubnetIds": ["<subnet>"]],
      "InvalidParameter", "Subnet IDs are only supported for Interface and GatewayLoadBalancer type VPC Endpoints."
    ),
    // Two subnets of one zone for an interface endpoint (terraform-aws-modules/terraform-aws-vpc
    // issues #451 and #583: the second sentence is EC2's, the subnet named is the one added).
    (
      "CreateVpcEndpoint",
      [
        "VpcId": "<vpc>", "ServiceName": "com.amazonaws.ap-northeast-2.ec2", "VpcEndpointType": "Interface",
        "SubnetIds": ["<subnet>", "<public-a>"],
      ],
      "DuplicateSubnetsInSameZone",
      "Found another VPC endpoint subnet in the availability zone of <public-a>. VPC endpoint subnets should be in "
        + "different availability zones supported by the VPC endpoint service."
    ),
    // An unknown endpoint id: the code is the EC2 API reference's (errors-overview,
    // InvalidVpcEndpointId.NotFound); the sentence is as a real account's teardown log quotes it
    // (docs/fidelity.md, "Regions and EC2 errors").
    (
      "ModifyVpcEndpoint", ["VpcEndpointId": "vpce-0123456789abcdef0", "AddRouteTableIds": ["<rtb>"]],
      "InvalidVpcEndpointId.NotFound", "The Vpc Endpoint Id 'vpce-0123456789abcdef0' does not exist"
    ),
  ]

  @Test(arguments: documentedErrors)
  func endpointErrorsAreWordedAsEC2WordsThem(
    operation: String, parameters: JSONValue, code: String, message: String
  ) throws {
    var world = try EC2Fixture.world()
    // The course's gateway lab starts without an endpoint; give one table an S3 gateway first.
    let s3Table = world.table(named: "private-a").id
    let first = world.admin(
      "CreateVpcEndpoint",
      [
        "VpcId": .string(world.vpcs[0].id), "ServiceName": "com.amazonaws.ap-northeast-2.s3",
        "RouteTableIds": [.string(s3Table)],
      ])
    try #require(first.error == nil || first.error?.code == "RouteAlreadyExists")
    let names = [
      "<vpc>": world.vpcs[0].id, "<rtb>": world.table(named: "public").id, "<s3rtb>": s3Table,
      "<subnet>": world.subnet(named: "private-a").id, "<public-a>": world.subnet(named: "public-a").id,
    ]
    func resolve(_ value: JSONValue) -> JSONValue {
      switch value {
      case .string(let text): return .string(names[text] ?? text)
      case .array(let items): return .array(items.map(resolve))
      case .object(let members): return .object(members.map { ($0.key, resolve($0.value)) } as [(String, JSONValue)])
      default: return value
      }
    }
    let before = world
    let result = world.admin(operation, resolve(parameters))
    #expect(result.error?.code == code)
    #expect(result.error?.message == names.reduce(message) { $0.replacing($1.key, with: $1.value) })
    #expect(world == before)
  }
}
