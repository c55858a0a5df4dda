import Cloud

/// One awscli argument of an EC2 operation and the API parameter it becomes.
struct EC2Argument: Sendable {
  /// `--vpc-id`.
  let cli: String
  /// `VpcId`.
  let api: String
  let type: ShapeType
  let required: Bool

  init(_ cli: String, _ api: String, _ type: ShapeType, required: Bool = false) {
    self.cli = cli
    self.api = api
    self.type = type
    self.required = required
  }
}

/// The EC2 operations the simulated `aws ec2` offers, with awscli v1's argument names.
enum EC2Schema {
  static let filters = EC2Argument(
    "--filters", "Filters", .list(.structure([("Name", .string), ("Values", .list(.string))])))
  static let dryRun = EC2Argument("--dry-run", "DryRun", .boolean)

  static let ipPermission: ShapeType = .structure([
    ("IpProtocol", .string), ("FromPort", .integer), ("ToPort", .integer),
    ("IpRanges", .list(.structure([("CidrIp", .string), ("Description", .string)]))),
    (
      "UserIdGroupPairs",
      .list(.structure([("GroupId", .string), ("GroupName", .string), ("UserId", .string), ("Description", .string)]))
    ),
    ("PrefixListIds", .list(.structure([("PrefixListId", .string), ("Description", .string)]))),
  ])

  static let dnsOptions: ShapeType = .structure([
    ("DnsRecordIpType", .string), ("PrivateDnsOnlyForInboundResolverEndpoint", .boolean),
  ])

  /// Operation CLI name → (API name, arguments).
  static let operations: [(cli: String, api: String, arguments: [EC2Argument])] = [
    ("authorize-security-group-ingress", "AuthorizeSecurityGroupIngress", securityGroupRule),
    (
      "create-route", "CreateRoute",
      [
        EC2Argument("--route-table-id", "RouteTableId", .string, required: true),
        EC2Argument("--destination-cidr-block", "DestinationCidrBlock", .string),
        EC2Argument("--destination-prefix-list-id", "DestinationPrefixListId", .string),
        EC2Argument("--gateway-id", "GatewayId", .string),
        EC2Argument("--nat-gateway-id", "NatGatewayId", .string),
        EC2Argument("--vpc-endpoint-id", "VpcEndpointId", .string),
        dryRun,
      ]
    ),
    (
      "create-vpc-endpoint", "CreateVpcEndpoint",
      [
        EC2Argument("--vpc-endpoint-type", "VpcEndpointType", .string),
        EC2Argument("--vpc-id", "VpcId", .string, required: true),
        EC2Argument("--service-name", "ServiceName", .string, required: true),
        EC2Argument("--policy-document", "PolicyDocument", .string),
        EC2Argument("--route-table-ids", "RouteTableIds", .list(.string)),
        EC2Argument("--subnet-ids", "SubnetIds", .list(.string)),
        EC2Argument("--security-group-ids", "SecurityGroupIds", .list(.string)),
        EC2Argument("--ip-address-type", "IpAddressType", .string),
        EC2Argument("--dns-options", "DnsOptions", dnsOptions),
        EC2Argument("--client-token", "ClientToken", .string),
        EC2Argument("--private-dns-enabled", "PrivateDnsEnabled", .boolean),
        dryRun,
      ]
    ),
    (
      "delete-route", "DeleteRoute",
      [
        EC2Argument("--route-table-id", "RouteTableId", .string, required: true),
        EC2Argument("--destination-cidr-block", "DestinationCidrBlock", .string),
        EC2Argument("--destination-prefix-list-id", "DestinationPrefixListId", .string),
        dryRun,
      ]
    ),
    (
      "delete-vpc-endpoints", "DeleteVpcEndpoints",
      [
        EC2Argument("--vpc-endpoint-ids", "VpcEndpointIds", .list(.string), required: true), dryRun,
      ]
    ),
    (
      "describe-availability-zones", "DescribeAvailabilityZones",
      [
        EC2Argument("--zone-names", "ZoneNames", .list(.string)), filters, dryRun,
      ]
    ),
    (
      "describe-instances", "DescribeInstances",
      [
        EC2Argument("--instance-ids", "InstanceIds", .list(.string)), filters, dryRun,
      ]
    ),
    (
      "describe-network-interfaces", "DescribeNetworkInterfaces",
      [
        EC2Argument("--network-interface-ids", "NetworkInterfaceIds", .list(.string)), filters, dryRun,
      ]
    ),
    (
      "describe-prefix-lists", "DescribePrefixLists",
      [
        EC2Argument("--prefix-list-ids", "PrefixListIds", .list(.string)), filters, dryRun,
      ]
    ),
    (
      "describe-route-tables", "DescribeRouteTables",
      [
        EC2Argument("--route-table-ids", "RouteTableIds", .list(.string)), filters, dryRun,
      ]
    ),
    (
      "describe-security-groups", "DescribeSecurityGroups",
      [
        EC2Argument("--group-ids", "GroupIds", .list(.string)),
        EC2Argument("--group-names", "GroupNames", .list(.string)),
        filters, dryRun,
      ]
    ),
    (
      "describe-subnets", "DescribeSubnets",
      [
        EC2Argument("--subnet-ids", "SubnetIds", .list(.string)), filters, dryRun,
      ]
    ),
    (
      "describe-vpc-endpoint-services", "DescribeVpcEndpointServices",
      [
        EC2Argument("--service-names", "ServiceNames", .list(.string)), filters, dryRun,
      ]
    ),
    (
      "describe-vpc-endpoints", "DescribeVpcEndpoints",
      [
        EC2Argument("--vpc-endpoint-ids", "VpcEndpointIds", .list(.string)), filters, dryRun,
      ]
    ),
    ("describe-vpcs", "DescribeVpcs", [EC2Argument("--vpc-ids", "VpcIds", .list(.string)), filters, dryRun]),
    (
      "modify-vpc-endpoint", "ModifyVpcEndpoint",
      [
        EC2Argument("--vpc-endpoint-id", "VpcEndpointId", .string, required: true),
        EC2Argument("--reset-policy", "ResetPolicy", .boolean),
        EC2Argument("--policy-document", "PolicyDocument", .string),
        EC2Argument("--add-route-table-ids", "AddRouteTableIds", .list(.string)),
        EC2Argument("--remove-route-table-ids", "RemoveRouteTableIds", .list(.string)),
        EC2Argument("--add-subnet-ids", "AddSubnetIds", .list(.string)),
        EC2Argument("--remove-subnet-ids", "RemoveSubnetIds", .list(.string)),
        EC2Argument("--add-security-group-ids", "AddSecurityGroupIds", .list(.string)),
        EC2Argument("--remove-security-group-ids", "RemoveSecurityGroupIds", .list(.string)),
        EC2Argument("--dns-options", "DnsOptions", dnsOptions),
        EC2Argument("--private-dns-enabled", "PrivateDnsEnabled", .boolean),
        dryRun,
      ]
    ),
    ("revoke-security-group-ingress", "RevokeSecurityGroupIngress", securityGroupRule),
  ]

  static var securityGroupRule: [EC2Argument] {
    [
      EC2Argument("--group-id", "GroupId", .string),
      EC2Argument("--group-name", "GroupName", .string),
      EC2Argument("--ip-permissions", "IpPermissions", .list(ipPermission)),
      dryRun,
    ]
  }

  /// awscli's convenience options for security-group rules, folded into IpPermissions.
  static let ruleShortcuts = ["--protocol", "--port", "--cidr", "--source-group", "--group-owner"]
}
