extension World {
  /// A VPC as DescribeVpcs shows it, in botocore's `Vpc` member order.
  func vpcJSON(_ vpc: VPC) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("OwnerId", .string(accountId)),
      ("InstanceTenancy", "default"),
      (
        "CidrBlockAssociationSet",
        [
          .object([
            ("AssociationId", .string(vpc.cidrAssociationId)),
            ("CidrBlock", .string(vpc.cidr.description)),
            ("CidrBlockState", .object([("State", "associated")])),
          ])
        ]
      ),
      ("IsDefault", false),
    ]
    // AWS leaves Tags out of a VPC with none (moto prints `[]`).
    if !vpc.name.isEmpty { members.append(("Tags", EC2Tags.name(vpc.name))) }
    members += [
      ("VpcId", .string(vpc.id)),
      ("State", "available"),
      ("CidrBlock", .string(vpc.cidr.description)),
      ("DhcpOptionsId", .string(vpc.dhcpOptionsId)),
    ]
    return .object(members)
  }
}
