import Testing

@testable import Cloud

@Suite struct EC2EndpointTests {
  @Test func createGatewayEndpointAddsTheRouteAndRecordsChanges() throws {
    var world = try EC2Fixture.world()
    let table = world.table(named: "private-a")
    let vpcId = world.vpcs[0].id
    let result = world.admin(
      "CreateVpcEndpoint",
      [
        "VpcId": .string(vpcId), "ServiceName": "com.amazonaws.ap-northeast-2.s3", "RouteTableIds": [.string(table.id)],
      ])
    let endpoint = try #require(world.liveEndpoints.first)
    #expect(EC2Fixture.isLongID(endpoint.id, prefix: "vpce"))
    let expected = """
      {
          "VpcEndpoint": {
              "VpcEndpointId": "\(endpoint.id)",
              "VpcEndpointType": "Gateway",
              "VpcId": "\(vpcId)",
              "ServiceName": "com.amazonaws.ap-northeast-2.s3",
              "State": "available",
              "PolicyDocument": "{\\"Version\\":\\"2008-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":\\"*\\",\\"Action\\":\\"*\\",\\"Resource\\":\\"*\\"}]}",
              "RouteTableIds": [
                  "\(table.id)"
              ],
              "SubnetIds": [],
              "Groups": [],
              "PrivateDnsEnabled": true,
              "RequesterManaged": false,
              "NetworkInterfaceIds": [],
              "DnsEntries": [],
              "CreationTimestamp": "2021-04-13T04:40:00.000Z",
              "Tags": [],
              "OwnerId": "123456789012"
          }
      }

      """
    #expect(result.text == expected)
    #expect(result.changes.map(\.kind) == ["vpc-endpoint", "route"])
    #expect(result.changes.map(\.change) == ["created", "created"])
    #expect(result.changes.allSatisfy { $0.host == "cloudshell" && $0.time == world.now })
    #expect(result.changes[1].id == table.id)

    let routes = world.admin(
      "DescribeRouteTables",
      [
        "Filters": [["Name": "route.destination-prefix-list-id", "Values": ["pl-78a54011"]]]
      ])
    guard case .success(let value) = routes.output else {
      Issue.record("\(routes)")
      return
    }
    let tables = value["RouteTables"]?.arrayValue ?? []
    #expect(tables.count == 1)
    let endpointRoute: JSONValue = .object([
      ("DestinationPrefixListId", "pl-78a54011"), ("GatewayId", .string(endpoint.id)),
      ("Origin", "CreateRoute"), ("State", "active"),
    ])
    #expect(tables.first?["Routes"]?.arrayValue?.contains(endpointRoute) == true)
  }

  @Test func interfaceEndpointIsPendingUntilProvisioned() throws {
    var world = try EC2Fixture.world()
    let a = world.subnet(named: "private-a")
    let c = world.subnet(named: "private-c")
    let group = world.group(named: "vpce-sg")
    let result = world.admin(
      "CreateVpcEndpoint",
      [
        "VpcId": .string(a.vpcId), "VpcEndpointType": "Interface", "ServiceName": "com.amazonaws.ap-northeast-2.ec2",
        "SubnetIds": [.string(a.id), .string(c.id)], "SecurityGroupIds": [.string(group.id)],
      ])
    let endpoint = try #require(world.liveEndpoints.first)
    let enis = endpoint.networkInterfaceIds
    let zone = world.regionInfo.endpointHostedZoneId
    let name = "\(endpoint.id)-\(endpoint.dnsSuffix)"
    let expected = """
      {
          "VpcEndpoint": {
              "VpcEndpointId": "\(endpoint.id)",
              "VpcEndpointType": "Interface",
              "VpcId": "\(a.vpcId)",
              "ServiceName": "com.amazonaws.ap-northeast-2.ec2",
              "State": "pending",
              "PolicyDocument": "{\\"Version\\":\\"2008-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":\\"*\\",\\"Action\\":\\"*\\",\\"Resource\\":\\"*\\"}]}",
              "RouteTableIds": [],
              "SubnetIds": [
                  "\(a.id)",
                  "\(c.id)"
              ],
              "Groups": [
                  {
                      "GroupId": "\(group.id)",
                      "GroupName": "vpce-sg"
                  }
              ],
              "PrivateDnsEnabled": true,
              "RequesterManaged": false,
              "NetworkInterfaceIds": [
                  "\(enis[0])",
                  "\(enis[1])"
              ],
              "DnsEntries": [
                  {
                      "DnsName": "\(name).ec2.ap-northeast-2.vpce.amazonaws.com",
                      "HostedZoneId": "\(zone)"
                  },
                  {
                      "DnsName": "\(name)-ap-northeast-2a.ec2.ap-northeast-2.vpce.amazonaws.com",
                      "HostedZoneId": "\(zone)"
                  },
                  {
                      "DnsName": "\(name)-ap-northeast-2c.ec2.ap-northeast-2.vpce.amazonaws.com",
                      "HostedZoneId": "\(zone)"
                  },
                  {
                      "DnsName": "ec2.ap-northeast-2.amazonaws.com",
                      "HostedZoneId": "\(endpoint.privateHostedZoneId)"
                  }
              ],
              "CreationTimestamp": "2021-04-13T04:40:00.000Z",
              "Tags": [],
              "OwnerId": "123456789012"
          }
      }

      """
    #expect(result.text == expected)
    #expect(endpoint.dnsSuffix.count == 8)

    func state() -> JSONValue? {
      guard
        case .success(let value) = world.admin("DescribeVpcEndpoints", ["VpcEndpointIds": [.string(endpoint.id)]])
          .output
      else { return nil }
      return value["VpcEndpoints"]?[0]?["State"]
    }
    #expect(state() == "pending")
    world.clock.advance(seconds: 60)
    #expect(state() == "pending")
    world.clock.advance(seconds: 30)
    #expect(state() == "available")
    // Filters see the state at the current instant too.
    let available = world.admin(
      "DescribeVpcEndpoints", ["Filters": [["Name": "vpc-endpoint-state", "Values": ["available"]]]])
    #expect(available.text?.contains(endpoint.id) == true)
  }

  @Test func endpointInterfacesLookAsAWSShowsThem() throws {
    var world = try EC2Fixture.world()
    let a = world.subnet(named: "private-a")
    _ = world.admin(
      "CreateVpcEndpoint",
      [
        "VpcId": .string(a.vpcId), "VpcEndpointType": "Interface", "ServiceName": "com.amazonaws.ap-northeast-2.ec2",
        "SubnetIds": [.string(a.id)],
      ])
    let endpoint = try #require(world.liveEndpoints.first)
    let eni = try #require(world.networkInterface(endpoint.networkInterfaceIds[0]))
    let group = world.group(named: "default")
    let dns = world.privateDNSName(eni.privateAddress)
    let expected = """
      {
          "NetworkInterfaces": [
              {
                  "AvailabilityZone": "ap-northeast-2a",
                  "Description": "VPC Endpoint Interface \(endpoint.id)",
                  "Groups": [
                      {
                          "GroupId": "\(group.id)",
                          "GroupName": "default"
                      }
                  ],
                  "InterfaceType": "vpc_endpoint",
                  "Ipv6Addresses": [],
                  "MacAddress": "\(eni.macAddress)",
                  "NetworkInterfaceId": "\(eni.id)",
                  "OwnerId": "123456789012",
                  "PrivateDnsName": "\(dns)",
                  "PrivateIpAddress": "\(eni.privateAddress)",
                  "PrivateIpAddresses": [
                      {
                          "Primary": true,
                          "PrivateDnsName": "\(dns)",
                          "PrivateIpAddress": "\(eni.privateAddress)"
                      }
                  ],
                  "RequesterId": "727180483921",
                  "RequesterManaged": true,
                  "SourceDestCheck": true,
                  "Status": "in-use",
                  "SubnetId": "\(a.id)",
                  "TagSet": [],
                  "VpcId": "\(a.vpcId)"
              }
          ]
      }

      """
    let result = world.admin(
      "DescribeNetworkInterfaces",
      [
        "Filters": [
          ["Name": "interface-type", "Values": ["vpc_endpoint"]], ["Name": "requester-managed", "Values": ["true"]],
        ]
      ])
    #expect(result.text == expected)
    #expect(
      dns == "ip-\(eni.privateAddress.octets.map(String.init).joined(separator: "-")).ap-northeast-2.compute.internal")
  }

  @Test func s3InterfaceEndpointIn2021HasWildcardNamesAndNoPrivateDNS() throws {
    var world = try EC2Fixture.world()
    let a = world.subnet(named: "private-a")
    let refused = world.admin(
      "CreateVpcEndpoint",
      [
        "VpcId": .string(a.vpcId), "VpcEndpointType": "Interface", "ServiceName": "com.amazonaws.ap-northeast-2.s3",
        "SubnetIds": [.string(a.id)], "PrivateDnsEnabled": true,
      ])
    #expect(
      refused.error
        == APIError(
          code: "InvalidParameter",
          message:
            "Private DNS can't be enabled because the service com.amazonaws.ap-northeast-2.s3 does not provide a private DNS name."
        ))
    let created = world.admin(
      "CreateVpcEndpoint",
      [
        "VpcId": .string(a.vpcId), "VpcEndpointType": "Interface", "ServiceName": "com.amazonaws.ap-northeast-2.s3",
        "SubnetIds": [.string(a.id)],
      ])
    guard case .success(let value) = created.output else {
      Issue.record("\(created)")
      return
    }
    let endpoint = try #require(world.liveEndpoints.first)
    #expect(value["VpcEndpoint"]?["PrivateDnsEnabled"] == false)
    #expect(
      value["VpcEndpoint"]?["DnsEntries"]?.arrayValue?.compactMap { $0["DnsName"]?.stringValue } == [
        "*.\(endpoint.id)-\(endpoint.dnsSuffix).s3.ap-northeast-2.vpce.amazonaws.com",
        "*.\(endpoint.id)-\(endpoint.dnsSuffix)-ap-northeast-2a.s3.ap-northeast-2.vpce.amazonaws.com",
      ])
    #expect(value["VpcEndpoint"]?["IpAddressType"] == nil)
  }

  @Test func s3InterfaceEndpointIn2023ShowsDnsOptions() throws {
    var world = try EC2Fixture.world(era: .y2023)
    let a = world.subnet(named: "private-a")
    let table = world.table(named: "private-a")
    let withoutGateway = world.admin(
      "CreateVpcEndpoint",
      [
        "VpcId": .string(a.vpcId), "VpcEndpointType": "Interface", "ServiceName": "com.amazonaws.ap-northeast-2.s3",
        "SubnetIds": [.string(a.id)], "PrivateDnsEnabled": true,
      ])
    #expect(
      withoutGateway.error?.message
        == "To set PrivateDnsOnlyForInboundResolverEndpoint to true, the VPC \(a.vpcId) must have a Gateway endpoint for the service."
    )
    _ = world.admin(
      "CreateVpcEndpoint",
      [
        "VpcId": .string(a.vpcId), "ServiceName": "com.amazonaws.ap-northeast-2.s3",
        "RouteTableIds": [.string(table.id)],
      ])
    let created = world.admin(
      "CreateVpcEndpoint",
      [
        "VpcId": .string(a.vpcId), "VpcEndpointType": "Interface", "ServiceName": "com.amazonaws.ap-northeast-2.s3",
        "SubnetIds": [.string(a.id)], "PrivateDnsEnabled": true,
        "DnsOptions": ["PrivateDnsOnlyForInboundResolverEndpoint": true], "ClientToken": "token-1",
      ])
    guard case .success(let value) = created.output else {
      Issue.record("\(created)")
      return
    }
    let item = value["VpcEndpoint"]
    #expect(value.objectValue?.keys == ["VpcEndpoint", "ClientToken"])
    #expect(item?["IpAddressType"] == "ipv4")
    #expect(
      item?["DnsOptions"] == .object([("DnsRecordIpType", "ipv4"), ("PrivateDnsOnlyForInboundResolverEndpoint", true)]))
    #expect(item?.objectValue?.keys.firstIndex(of: "IpAddressType") == 9)
    let names = item?["DnsEntries"]?.arrayValue?.compactMap { $0["DnsName"]?.stringValue } ?? []
    #expect(names.suffix(6) == ArraySlice(AWSService.s3.privateDNSNames(in: "ap-northeast-2", era: .y2023)))
  }

  @Test func modifyAndDeleteGatewayEndpoint() throws {
    var world = try EC2Fixture.world()
    let a = world.table(named: "private-a")
    let c = world.table(named: "private-c")
    _ = world.admin(
      "CreateVpcEndpoint",
      [
        "VpcId": .string(a.vpcId), "ServiceName": "com.amazonaws.ap-northeast-2.s3", "RouteTableIds": [.string(a.id)],
      ])
    let id = try #require(world.liveEndpoints.first?.id)
    let modified = world.admin(
      "ModifyVpcEndpoint",
      [
        "VpcEndpointId": .string(id), "AddRouteTableIds": [.string(c.id)], "RemoveRouteTableIds": [.string(a.id)],
      ])
    #expect(modified.text == "{\n    \"Return\": true\n}\n")
    #expect(
      modified.changes.map { "\($0.kind) \($0.id) \($0.change)" } == [
        "vpc-endpoint \(id) modified", "route \(a.id) deleted", "route \(c.id) created",
      ])
    #expect(world.endpoint(id)?.routeTableIds == [c.id])
    #expect(world.routeTable(a.id)?.routes.contains { $0.destination == .prefixList("pl-78a54011") } == false)

    let deleted = world.admin("DeleteVpcEndpoints", ["VpcEndpointIds": [.string(id)]])
    #expect(deleted.text == "{\n    \"Unsuccessful\": []\n}\n")
    #expect(
      deleted.changes.map { "\($0.kind) \($0.id) \($0.change)" } == [
        "vpc-endpoint \(id) deleted", "route \(c.id) deleted",
      ])
    #expect(world.liveEndpoints.isEmpty)
    #expect(world.admin("DescribeVpcEndpoints").text == "{\n    \"VpcEndpoints\": []\n}\n")
  }

  @Test func deleteReportsEachFailureInTheRealShape() throws {
    var world = try EC2Fixture.world()
    let expected = """
      {
          "Unsuccessful": [
              {
                  "Error": {
                      "Code": "InvalidVpcEndpointId.NotFound",
                      "Message": "The Vpc Endpoint Id 'vpce-0123456789abcdef0' does not exist"
                  },
                  "ResourceId": "vpce-0123456789abcdef0"
              },
              {
                  "Error": {
                      "Code": "InvalidVpcEndpointId.Malformed",
                      "Message": "Invalid Id: 'foo' (expecting 'vpce-...; the Id may only contain lowercase alphanumeric characters and a single dash')"
                  },
                  "ResourceId": "foo"
              }
          ]
      }

      """
    let before = world
    let result = world.admin("DeleteVpcEndpoints", ["VpcEndpointIds": ["vpce-0123456789abcdef0", "foo"]])
    #expect(result.text == expected)
    #expect(result.changes.isEmpty)
    #expect(world == before)
  }
}
