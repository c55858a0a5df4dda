extension World {
  /// The account AWS shows as RequesterId of interfaces it manages for a service. The value is the one
  /// in AWS's documentation example of an endpoint interface; Seoul's may differ [UNCONFIRMED].
  static let serviceRequesterId = "727180483921"

  /// The instance an interface is attached to, if an instance owns it.
  func attachedInstance(_ interface: NetworkInterface) -> Instance? {
    guard case .instance(let id) = interface.owner else { return nil }
    return instance(id)
  }

  /// The attachment ID of an instance's interface; derived from the interface so that it is stable.
  func attachmentId(_ interface: NetworkInterface) -> String {
    "eni-attach-0" + StableHash.hex("attachment|\(interface.id)", count: 16)
  }

  /// The association of an auto-assigned public address (no Elastic IP, so no allocation IDs); the
  /// instance and interface shapes list these three members in the same order.
  func publicAssociationJSON(_ address: IPv4Address) -> JSONValue {
    .object([
      ("IpOwnerId", "amazon"), ("PublicDnsName", .string(publicDNSName(address))),
      ("PublicIp", .string(address.description)),
    ])
  }

  /// An interface as DescribeNetworkInterfaces shows it, in botocore's `NetworkInterface` member order.
  func networkInterfaceJSON(_ interface: NetworkInterface) -> JSONValue {
    let dnsName = privateDNSName(interface.privateAddress)
    var members: [(String, JSONValue)] = []
    if let address = interface.publicAddress {
      members.append(("Association", publicAssociationJSON(address)))
    }
    if let instance = attachedInstance(interface) {
      members.append(
        (
          "Attachment",
          .object([
            ("AttachTime", .string(ec2Timestamp(instance.launchTime))),
            ("AttachmentId", .string(attachmentId(interface))),
            ("DeleteOnTermination", true),
            ("DeviceIndex", 0),
            ("NetworkCardIndex", 0),
            ("InstanceId", .string(instance.id)),
            ("InstanceOwnerId", .string(accountId)),
            ("Status", "attached"),
          ])
        ))
    }
    members += [
      ("AvailabilityZone", .string(interface.availabilityZone)),
      ("Description", .string(interface.description)),
      ("Groups", groupIdentifiersJSON(interface.securityGroupIds)),
      ("InterfaceType", .string(interface.interfaceType)),
      ("Ipv6Addresses", []),
      ("MacAddress", .string(interface.macAddress)),
      ("NetworkInterfaceId", .string(interface.id)),
      ("OwnerId", .string(accountId)),
      ("PrivateDnsName", .string(dnsName)),
      ("PrivateIpAddress", .string(interface.privateAddress.description)),
    ]
    var primary: [(String, JSONValue)] = []
    if let address = interface.publicAddress {
      primary.append(("Association", publicAssociationJSON(address)))
    }
    primary += [
      ("Primary", true), ("PrivateDnsName", .string(dnsName)),
      ("PrivateIpAddress", .string(interface.privateAddress.description)),
    ]
    members.append(("PrivateIpAddresses", [.object(primary)]))
    if interface.requesterManaged { members.append(("RequesterId", .string(Self.serviceRequesterId))) }
    members += [
      ("RequesterManaged", .bool(interface.requesterManaged)),
      // AWS-managed interfaces are not routers' interfaces either, but only instances let users change it.
      ("SourceDestCheck", true),
      ("Status", "in-use"),
      ("SubnetId", .string(interface.subnetId)),
      ("TagSet", []),
      ("VpcId", .string(interface.vpcId)),
    ]
    return .object(members)
  }
}
