extension World {
  /// The reservation ID of an instance; the model keeps none, so it is derived from the instance ID.
  func reservationId(_ instance: Instance) -> String {
    "r-0" + StableHash.hex("reservation|\(instance.id)", count: 16)
  }

  /// The instance profile ID (`AIPA…`, 21 characters); derived from the role, as the model keeps none.
  func instanceProfileId(_ roleName: String) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    var generator = SeededGenerator(seed: StableHash.fnv1a64("instance-profile|\(accountId)|\(roleName)"))
    return "AIPA" + String((0..<17).map { _ in alphabet[generator.index(alphabet.count)] })
  }

  /// An instance's network interface as DescribeInstances nests it (`InstanceNetworkInterface` order).
  func instanceInterfaceJSON(_ interface: NetworkInterface, instance: Instance) -> JSONValue {
    let dnsName = privateDNSName(interface.privateAddress)
    var members: [(String, JSONValue)] = []
    if let address = interface.publicAddress { members.append(("Association", publicAssociationJSON(address))) }
    members += [
      (
        "Attachment",
        .object([
          ("AttachTime", .string(ec2Timestamp(instance.launchTime))),
          ("AttachmentId", .string(attachmentId(interface))),
          ("DeleteOnTermination", true),
          ("DeviceIndex", 0),
          ("Status", "attached"),
          ("NetworkCardIndex", 0),
        ])
      ),
      ("Description", ""),
      ("Groups", groupIdentifiersJSON(interface.securityGroupIds)),
      ("Ipv6Addresses", []),
      ("MacAddress", .string(interface.macAddress)),
      ("NetworkInterfaceId", .string(interface.id)),
      ("OwnerId", .string(accountId)),
      ("PrivateDnsName", .string(dnsName)),
      ("PrivateIpAddress", .string(interface.privateAddress.description)),
    ]
    var primary: [(String, JSONValue)] = []
    if let address = interface.publicAddress { primary.append(("Association", publicAssociationJSON(address))) }
    primary += [
      ("Primary", true), ("PrivateDnsName", .string(dnsName)),
      ("PrivateIpAddress", .string(interface.privateAddress.description)),
    ]
    members += [
      ("PrivateIpAddresses", [.object(primary)]),
      ("SourceDestCheck", true),
      ("Status", "in-use"),
      ("SubnetId", .string(interface.subnetId)),
      ("VpcId", .string(interface.vpcId)),
      ("InterfaceType", "interface"),
    ]
    return .object(members)
  }

  /// An instance as DescribeInstances shows it, in botocore's `Instance` member order.
  ///
  /// Block devices are left out: the model has no volumes, and inventing volume IDs would show
  /// resources that exist nowhere else.
  func instanceJSON(_ instance: Instance) -> JSONValue {
    let interface = networkInterface(instance.networkInterfaceId)
    let subnet = subnet(instance.subnetId)
    let launch = JSONValue.string(ec2Timestamp(instance.launchTime))
    var members: [(String, JSONValue)] = [
      ("Architecture", "x86_64"),
      ("ClientToken", ""),
      ("EbsOptimized", false),
      ("EnaSupport", true),
      ("Hypervisor", "xen"),
    ]
    if let role = instance.roleName {
      members.append(
        (
          "IamInstanceProfile",
          .object([
            ("Arn", .string("arn:aws:iam::\(accountId):instance-profile/\(role)")),
            ("Id", .string(instanceProfileId(role))),
          ])
        ))
    }
    members += [
      ("NetworkInterfaces", .array(interface.map { [instanceInterfaceJSON($0, instance: instance)] } ?? [])),
      ("RootDeviceName", "/dev/xvda"),
      ("RootDeviceType", "ebs"),
      ("SecurityGroups", groupIdentifiersJSON(interface?.securityGroupIds ?? [])),
      ("SourceDestCheck", true),
      ("Tags", EC2Tags.name(instance.name)),
      ("VirtualizationType", "hvm"),
      ("CpuOptions", .object([("CoreCount", 1), ("ThreadsPerCore", 2)])),
      ("CapacityReservationSpecification", .object([("CapacityReservationPreference", "open")])),
      ("HibernationOptions", .object([("Configured", false)])),
      (
        "MetadataOptions",
        .object([
          ("State", "applied"), ("HttpTokens", "optional"), ("HttpPutResponseHopLimit", 1),
          ("HttpEndpoint", "enabled"), ("HttpProtocolIpv6", "disabled"), ("InstanceMetadataTags", "disabled"),
        ])
      ),
      ("EnclaveOptions", .object([("Enabled", false)])),
    ]
    members += [
      ("PlatformDetails", "Linux/UNIX"),
      ("UsageOperation", "RunInstances"),
      ("UsageOperationUpdateTime", launch),
    ]
    if showsLaterFields {
      members += [
        (
          "PrivateDnsNameOptions",
          .object([
            ("HostnameType", "ip-name"), ("EnableResourceNameDnsARecord", false),
            ("EnableResourceNameDnsAAAARecord", false),
          ])
        ),
        ("MaintenanceOptions", .object([("AutoRecovery", "default")])),
        ("CurrentInstanceBootMode", "legacy-bios"),
      ]
    }
    members += [
      ("InstanceId", .string(instance.id)),
      ("ImageId", .string(instance.imageId)),
      ("State", .object([("Code", 16), ("Name", "running")])),
      ("PrivateDnsName", .string(interface.map { privateDNSName($0.privateAddress) } ?? "")),
      ("PublicDnsName", .string(interface?.publicAddress.map(publicDNSName) ?? "")),
      ("StateTransitionReason", ""),
      ("AmiLaunchIndex", 0),
      ("ProductCodes", []),
      ("InstanceType", .string(instance.instanceType)),
      ("LaunchTime", launch),
      (
        "Placement",
        .object([
          ("GroupName", ""), ("Tenancy", "default"), ("AvailabilityZone", .string(subnet?.availabilityZone ?? "")),
        ])
      ),
      ("Monitoring", .object([("State", "disabled")])),
      ("SubnetId", .string(instance.subnetId)),
      ("VpcId", .string(subnet?.vpcId ?? "")),
      ("PrivateIpAddress", .string(interface?.privateAddress.description ?? "")),
    ]
    if let address = interface?.publicAddress { members.append(("PublicIpAddress", .string(address.description))) }
    return .object(members)
  }

  /// One reservation per instance, as each course instance was launched on its own.
  func reservationJSON(_ instance: Instance) -> JSONValue {
    .object([
      ("ReservationId", .string(reservationId(instance))),
      ("OwnerId", .string(accountId)),
      ("Groups", []),
      ("Instances", [instanceJSON(instance)]),
    ])
  }
}
