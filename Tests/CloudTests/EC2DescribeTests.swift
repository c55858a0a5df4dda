import Testing
@testable import Cloud

@Suite struct EC2DescribeTests {
  @Test func describeVpcsShowsTheCourseVPC() throws {
    var world = try EC2Fixture.world()
    let vpc = world.vpcs[0]
    let expected = """
      {
          "Vpcs": [
              {
                  "OwnerId": "123456789012",
                  "InstanceTenancy": "default",
                  "CidrBlockAssociationSet": [
                      {
                          "AssociationId": "\(vpc.cidrAssociationId)",
                          "CidrBlock": "10.0.0.0/16",
                          "CidrBlockState": {
                              "State": "associated"
                          }
                      }
                  ],
                  "IsDefault": false,
                  "Tags": [
                      {
                          "Key": "Name",
                          "Value": "lab-vpc"
                      }
                  ],
                  "VpcId": "\(vpc.id)",
                  "State": "available",
                  "CidrBlock": "10.0.0.0/16",
                  "DhcpOptionsId": "\(vpc.dhcpOptionsId)"
              }
          ]
      }

      """
    #expect(world.admin("DescribeVpcs").text == expected)
    #expect(EC2Fixture.isLongID(vpc.id, prefix: "vpc"))
    #expect(EC2Fixture.isLongID(vpc.cidrAssociationId, prefix: "vpc-cidr-assoc"))
  }

  @Test func describeSubnetsFiltersByNameTagWithWildcards() throws {
    var world = try EC2Fixture.world()
    let a = world.subnet(named: "private-a")
    let c = world.subnet(named: "private-c")
    func block(_ subnet: Subnet, zoneId: String) -> String {
      """
              {
                  "AvailabilityZoneId": "\(zoneId)",
                  "MapCustomerOwnedIpOnLaunch": false,
                  "OwnerId": "123456789012",
                  "AssignIpv6AddressOnCreation": false,
                  "Ipv6CidrBlockAssociationSet": [],
                  "Tags": [
                      {
                          "Key": "Name",
                          "Value": "\(subnet.name)"
                      }
                  ],
                  "SubnetArn": "arn:aws:ec2:ap-northeast-2:123456789012:subnet/\(subnet.id)",
                  "SubnetId": "\(subnet.id)",
                  "State": "available",
                  "VpcId": "\(subnet.vpcId)",
                  "CidrBlock": "\(subnet.cidr)",
                  "AvailableIpAddressCount": 250,
                  "AvailabilityZone": "\(subnet.availabilityZone)",
                  "DefaultForAz": false,
                  "MapPublicIpOnLaunch": false
              }
      """
    }
    // 256 − 5 reserved − the instance's interface.
    let expected = "{\n    \"Subnets\": [\n" + block(a, zoneId: "apne2-az1") + ",\n" + block(c, zoneId: "apne2-az3")
      + "\n    ]\n}\n"
    let result = world.admin("DescribeSubnets", ["Filters": [["Name": "tag:Name", "Values": ["private-?"]]]])
    #expect(result.text == expected)
  }

  @Test func availableAddressCountDropsAsEndpointInterfacesAppear() throws {
    var world = try EC2Fixture.world()
    let subnet = world.subnet(named: "private-a")
    _ = world.admin("CreateVpcEndpoint", [
      "VpcId": .string(subnet.vpcId), "VpcEndpointType": "Interface",
      "ServiceName": "com.amazonaws.ap-northeast-2.ec2", "SubnetIds": [.string(subnet.id)],
    ])
    let result = world.admin("DescribeSubnets", ["SubnetIds": [.string(subnet.id)]])
    guard case .success(let value) = result.output else { Issue.record("\(result)"); return }
    #expect(value["Subnets"]?[0]?["AvailableIpAddressCount"] == 249)
  }

  @Test func describeRouteTablesShowsLocalVgwAndPropagation() throws {
    var world = try EC2Fixture.world()
    let table = world.table(named: "private-a")
    let association = table.associations[0]
    let vgw = world.vpnGateways[0].id
    let expected = """
      {
          "RouteTables": [
              {
                  "Associations": [
                      {
                          "Main": false,
                          "RouteTableAssociationId": "\(association.id)",
                          "RouteTableId": "\(table.id)",
                          "SubnetId": "\(world.subnet(named: "private-a").id)",
                          "AssociationState": {
                              "State": "associated"
                          }
                      }
                  ],
                  "PropagatingVgws": [
                      {
                          "GatewayId": "\(vgw)"
                      }
                  ],
                  "RouteTableId": "\(table.id)",
                  "Routes": [
                      {
                          "DestinationCidrBlock": "10.0.0.0/16",
                          "GatewayId": "local",
                          "Origin": "CreateRouteTable",
                          "State": "active"
                      },
                      {
                          "DestinationCidrBlock": "192.168.0.0/16",
                          "GatewayId": "\(vgw)",
                          "Origin": "EnableVgwRoutePropagation",
                          "State": "active"
                      }
                  ],
                  "Tags": [
                      {
                          "Key": "Name",
                          "Value": "private-a"
                      }
                  ],
                  "VpcId": "\(table.vpcId)",
                  "OwnerId": "123456789012"
              }
          ]
      }

      """
    #expect(world.admin("DescribeRouteTables", ["RouteTableIds": [.string(table.id)]]).text == expected)
  }

  @Test(arguments: [
    ("association.main", "true", ["main"]),
    ("association.subnet-id", "<private-c>", ["private-c"]),
    ("route.gateway-id", "igw-*", ["public"]),
    ("tag:Name", "private-*", ["private-a", "private-c"]),
    ("route.destination-cidr-block", "0.0.0.0/0", ["public"]),
  ])
  func routeTableFilters(name: String, value: String, tables: [String]) throws {
    var world = try EC2Fixture.world()
    let resolved = value == "<private-c>" ? world.subnet(named: "private-c").id : value
    let result = world.admin("DescribeRouteTables", ["Filters": [["Name": .string(name), "Values": [.string(resolved)]]]])
    guard case .success(let value) = result.output else { Issue.record("\(result)"); return }
    let ids = value["RouteTables"]?.arrayValue?.compactMap { $0["RouteTableId"]?.stringValue } ?? []
    #expect(ids == tables.map { world.table(named: $0).id })
  }

  @Test func describePrefixListsFiltersByName() throws {
    var world = try EC2Fixture.world()
    let expected = """
      {
          "PrefixLists": [
              {
                  "Cidrs": [
                      "52.92.0.0/20",
                      "52.219.56.0/22",
                      "52.219.60.0/23",
                      "52.219.144.0/22",
                      "52.219.148.0/23",
                      "52.219.202.0/23",
                      "52.219.204.0/22",
                      "3.5.140.0/22",
                      "3.5.184.0/21"
                  ],
                  "PrefixListId": "pl-78a54011",
                  "PrefixListName": "com.amazonaws.ap-northeast-2.s3"
              }
          ]
      }

      """
    let result = world.admin("DescribePrefixLists", ["Filters": [["Name": "prefix-list-name", "Values": ["*.s3"]]]])
    #expect(result.text == expected)
    let byId = world.admin("DescribePrefixLists", ["PrefixListIds": ["pl-48a54021"]])
    #expect(byId.text?.contains("com.amazonaws.ap-northeast-2.dynamodb") == true)
    #expect(byId.text?.contains("pl-78a54011") == false)
  }

  @Test func describeInstancesShowsAPrivateInstance() throws {
    var world = try EC2Fixture.world()
    let instance = world.instance(host: "V2")
    let interface = world.networkInterface(instance.networkInterfaceId)!
    let group = world.group(named: "default")
    let subnet = world.subnet(named: "private-a")
    let expected = """
      {
          "Reservations": [
              {
                  "ReservationId": "\(world.reservationId(instance))",
                  "OwnerId": "123456789012",
                  "Groups": [],
                  "Instances": [
                      {
                          "Architecture": "x86_64",
                          "ClientToken": "",
                          "EbsOptimized": false,
                          "EnaSupport": true,
                          "Hypervisor": "xen",
                          "IamInstanceProfile": {
                              "Arn": "arn:aws:iam::123456789012:instance-profile/lab-s3-read-only-role",
                              "Id": "\(world.instanceProfileId("lab-s3-read-only-role"))"
                          },
                          "NetworkInterfaces": [
                              {
                                  "Attachment": {
                                      "AttachTime": "2021-04-13T03:40:00.000Z",
                                      "AttachmentId": "\(world.attachmentId(interface))",
                                      "DeleteOnTermination": true,
                                      "DeviceIndex": 0,
                                      "Status": "attached",
                                      "NetworkCardIndex": 0
                                  },
                                  "Description": "",
                                  "Groups": [
                                      {
                                          "GroupId": "\(group.id)",
                                          "GroupName": "default"
                                      }
                                  ],
                                  "Ipv6Addresses": [],
                                  "MacAddress": "\(interface.macAddress)",
                                  "NetworkInterfaceId": "\(interface.id)",
                                  "OwnerId": "123456789012",
                                  "PrivateDnsName": "ip-10-0-11-20.ap-northeast-2.compute.internal",
                                  "PrivateIpAddress": "10.0.11.20",
                                  "PrivateIpAddresses": [
                                      {
                                          "Primary": true,
                                          "PrivateDnsName": "ip-10-0-11-20.ap-northeast-2.compute.internal",
                                          "PrivateIpAddress": "10.0.11.20"
                                      }
                                  ],
                                  "SourceDestCheck": true,
                                  "Status": "in-use",
                                  "SubnetId": "\(subnet.id)",
                                  "VpcId": "\(subnet.vpcId)",
                                  "InterfaceType": "interface"
                              }
                          ],
                          "RootDeviceName": "/dev/xvda",
                          "RootDeviceType": "ebs",
                          "SecurityGroups": [
                              {
                                  "GroupId": "\(group.id)",
                                  "GroupName": "default"
                              }
                          ],
                          "SourceDestCheck": true,
                          "Tags": [
                              {
                                  "Key": "Name",
                                  "Value": "V2"
                              }
                          ],
                          "VirtualizationType": "hvm",
                          "CpuOptions": {
                              "CoreCount": 1,
                              "ThreadsPerCore": 2
                          },
                          "CapacityReservationSpecification": {
                              "CapacityReservationPreference": "open"
                          },
                          "HibernationOptions": {
                              "Configured": false
                          },
                          "MetadataOptions": {
                              "State": "applied",
                              "HttpTokens": "optional",
                              "HttpPutResponseHopLimit": 1,
                              "HttpEndpoint": "enabled",
                              "HttpProtocolIpv6": "disabled",
                              "InstanceMetadataTags": "disabled"
                          },
                          "EnclaveOptions": {
                              "Enabled": false
                          },
                          "PlatformDetails": "Linux/UNIX",
                          "UsageOperation": "RunInstances",
                          "UsageOperationUpdateTime": "2021-04-13T03:40:00.000Z",
                          "InstanceId": "\(instance.id)",
                          "ImageId": "ami-0e4a9ad2eb120e054",
                          "State": {
                              "Code": 16,
                              "Name": "running"
                          },
                          "PrivateDnsName": "ip-10-0-11-20.ap-northeast-2.compute.internal",
                          "PublicDnsName": "",
                          "StateTransitionReason": "",
                          "AmiLaunchIndex": 0,
                          "ProductCodes": [],
                          "InstanceType": "t3.micro",
                          "LaunchTime": "2021-04-13T03:40:00.000Z",
                          "Placement": {
                              "GroupName": "",
                              "Tenancy": "default",
                              "AvailabilityZone": "ap-northeast-2a"
                          },
                          "Monitoring": {
                              "State": "disabled"
                          },
                          "SubnetId": "\(subnet.id)",
                          "VpcId": "\(subnet.vpcId)",
                          "PrivateIpAddress": "10.0.11.20"
                      }
                  ]
              }
          ]
      }

      """
    let result = world.admin("DescribeInstances", ["Filters": [["Name": "private-ip-address", "Values": ["10.0.11.20"]]]])
    #expect(result.text == expected)
    #expect(EC2Fixture.isLongID(world.reservationId(instance), prefix: "r"))
    #expect(world.instanceProfileId("lab-s3-read-only-role").count == 21)
  }

  @Test func publicInstanceShowsItsPublicAddress() throws {
    var world = try EC2Fixture.world()
    let instance = world.instance(host: "V1")
    let address = world.networkInterface(instance.networkInterfaceId)!.publicAddress!
    let result = world.admin("DescribeInstances", ["InstanceIds": [.string(instance.id)]])
    guard case .success(let value) = result.output else { Issue.record("\(result)"); return }
    let item = value["Reservations"]?[0]?["Instances"]?[0]
    let dashed = address.octets.map(String.init).joined(separator: "-")
    #expect(item?["PublicIpAddress"] == .string(address.description))
    #expect(item?["PublicDnsName"] == .string("ec2-\(dashed).ap-northeast-2.compute.amazonaws.com"))
    #expect(item?["NetworkInterfaces"]?[0]?["Association"]?["PublicIp"] == .string(address.description))
  }

  @Test func describeSecurityGroupsShowsMergedPermissions() throws {
    var world = try EC2Fixture.world()
    let group = world.group(named: "default")
    let expected = """
      {
          "SecurityGroups": [
              {
                  "GroupId": "\(group.id)",
                  "IpPermissionsEgress": [
                      {
                          "IpProtocol": "-1",
                          "UserIdGroupPairs": [],
                          "IpRanges": [
                              {
                                  "CidrIp": "0.0.0.0/0"
                              }
                          ],
                          "Ipv6Ranges": [],
                          "PrefixListIds": []
                      }
                  ],
                  "VpcId": "\(group.vpcId)",
                  "SecurityGroupArn": "arn:aws:ec2:ap-northeast-2:123456789012:security-group/\(group.id)",
                  "OwnerId": "123456789012",
                  "GroupName": "default",
                  "Description": "default VPC security group",
                  "IpPermissions": [
                      {
                          "IpProtocol": "-1",
                          "UserIdGroupPairs": [
                              {
                                  "UserId": "123456789012",
                                  "GroupId": "\(group.id)"
                              }
                          ],
                          "IpRanges": [],
                          "Ipv6Ranges": [],
                          "PrefixListIds": []
                      }
                  ]
              }
          ]
      }

      """
    let result = world.admin("DescribeSecurityGroups", ["Filters": [["Name": "group-name", "Values": ["default"]]]])
    #expect(result.text == expected)
  }

  @Test func describeAvailabilityZonesByName() throws {
    var world = try EC2Fixture.world()
    let expected = """
      {
          "AvailabilityZones": [
              {
                  "OptInStatus": "opt-in-not-required",
                  "Messages": [],
                  "RegionName": "ap-northeast-2",
                  "ZoneName": "ap-northeast-2c",
                  "ZoneId": "apne2-az3",
                  "GroupName": "ap-northeast-2",
                  "NetworkBorderGroup": "ap-northeast-2",
                  "ZoneType": "availability-zone",
                  "State": "available"
              }
          ]
      }

      """
    #expect(world.admin("DescribeAvailabilityZones", ["ZoneNames": ["ap-northeast-2c"]]).text == expected)
    #expect(world.admin("DescribeAvailabilityZones").text?.components(separatedBy: "\"ZoneName\"").count == 5)
  }

  @Test(arguments: [(Era.y2021, false), (Era.y2023, true)])
  func s3EndpointServicesByEra(era: Era, interfaceHasPrivateDNS: Bool) throws {
    var world = try EC2Fixture.world(era: era)
    let result = world.admin("DescribeVpcEndpointServices", ["ServiceNames": ["com.amazonaws.ap-northeast-2.s3"]])
    guard case .success(let value) = result.output else { Issue.record("\(result)"); return }
    #expect(value.objectValue?.keys == ["ServiceDetails", "ServiceNames"])
    let details = value["ServiceDetails"]?.arrayValue ?? []
    #expect(details.map { $0["ServiceType"]?[0]?["ServiceType"] } == ["Interface", "Gateway"])
    #expect(value["ServiceNames"] == ["com.amazonaws.ap-northeast-2.s3", "com.amazonaws.ap-northeast-2.s3"])
    #expect((details.first?["PrivateDnsName"] != nil) == interfaceHasPrivateDNS)
    #expect(details.last?["PrivateDnsName"] == nil)
    #expect(details.first?["BaseEndpointDnsNames"] == ["s3.ap-northeast-2.vpce.amazonaws.com"])
    #expect((details.first?["SupportedIpAddressTypes"] != nil) == (era == .y2023))
  }

  @Test func ec2EndpointServiceWholeOutput() throws {
    var world = try EC2Fixture.world()
    let serviceId = world.endpointServiceId(EndpointServiceOffer(service: .ec2, type: .interface, region: world.regionInfo))
    let expected = """
      {
          "ServiceDetails": [
              {
                  "ServiceName": "com.amazonaws.ap-northeast-2.ec2",
                  "ServiceId": "\(serviceId)",
                  "ServiceType": [
                      {
                          "ServiceType": "Interface"
                      }
                  ],
                  "AvailabilityZones": [
                      "ap-northeast-2a",
                      "ap-northeast-2b",
                      "ap-northeast-2c",
                      "ap-northeast-2d"
                  ],
                  "Owner": "amazon",
                  "BaseEndpointDnsNames": [
                      "ec2.ap-northeast-2.vpce.amazonaws.com"
                  ],
                  "PrivateDnsName": "ec2.ap-northeast-2.amazonaws.com",
                  "PrivateDnsNames": [
                      {
                          "PrivateDnsName": "ec2.ap-northeast-2.amazonaws.com"
                      }
                  ],
                  "VpcEndpointPolicySupported": true,
                  "AcceptanceRequired": false,
                  "ManagesVpcEndpoints": false,
                  "Tags": [],
                  "PrivateDnsNameVerificationState": "verified"
              }
          ],
          "ServiceNames": [
              "com.amazonaws.ap-northeast-2.ec2"
          ]
      }

      """
    let result = world.admin("DescribeVpcEndpointServices", ["Filters": [["Name": "service-name", "Values": ["*.ec2"]]]])
    #expect(result.text == expected)
    #expect(EC2Fixture.isLongID(serviceId, prefix: "vpce-svc"))
  }
}
