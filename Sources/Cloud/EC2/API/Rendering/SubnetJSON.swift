extension World {
  /// Addresses still free in a subnet: all but AWS's five reserved and those held by interfaces.
  func availableAddressCount(_ subnet: Subnet) -> Int {
    subnet.cidr.usableSubnetAddressCount - networkInterfaces.filter { $0.subnetId == subnet.id }.count
  }

  /// A subnet as DescribeSubnets shows it, in botocore's `Subnet` member order.
  func subnetJSON(_ subnet: Subnet) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("AvailabilityZoneId", .string(AvailabilityZoneIDs.id(for: subnet.availabilityZone))),
      ("MapCustomerOwnedIpOnLaunch", false),
      ("OwnerId", .string(accountId)),
      ("AssignIpv6AddressOnCreation", false),
      ("Ipv6CidrBlockAssociationSet", []),
    ]
    if !subnet.name.isEmpty { members.append(("Tags", EC2Tags.name(subnet.name))) }
    members.append(("SubnetArn", .string(ec2ARN("subnet", subnet.id))))
    if showsLaterFields {
      members += [
        ("EnableDns64", false),
        ("Ipv6Native", false),
        (
          "PrivateDnsNameOptionsOnLaunch",
          .object([
            ("HostnameType", "ip-name"),
            ("EnableResourceNameDnsARecord", false),
            ("EnableResourceNameDnsAAAARecord", false),
          ])
        ),
      ]
    }
    members += [
      ("SubnetId", .string(subnet.id)),
      ("State", "available"),
      ("VpcId", .string(subnet.vpcId)),
      ("CidrBlock", .string(subnet.cidr.description)),
      ("AvailableIpAddressCount", .int(availableAddressCount(subnet))),
      ("AvailabilityZone", .string(subnet.availabilityZone)),
      ("DefaultForAz", false),
      ("MapPublicIpOnLaunch", .bool(subnet.mapPublicIpOnLaunch)),
    ]
    return .object(members)
  }
}
