import CourseWorldSupport
import Testing

@testable import Cloud

@Suite struct WorldDescriptionTests {
  private func errors(_ change: (inout WorldDescription) -> Void) -> [DescriptionError] {
    var description = WorldDescription.course()
    change(&description)
    do {
      _ = try description.build(seed: 1)
      return []
    } catch {
      return error.errors
    }
  }

  @Test func theCourseBuildsWithItsHostsAndAddresses() throws {
    let world = try WorldDescription.course().build(seed: 1)
    #expect(world.hosts.map(\.name) == ["V1", "V2", "V3", "idc", "cloudshell"])
    #expect(world.host(named: "V3")?.hostname == "ip-10-0-12-20")
    #expect(world.host(named: "v3")?.name == "V3")
    #expect(world.vpcs[0].resolverAddress.description == "10.0.0.2")
    #expect(world.vpcs[0].id.count == "vpc-".count + 17)
    #expect(world.s3.bucket(named: "jschoi.acl")?.region == "ap-northeast-2")
    #expect(world.clock.components.dateTime == "2021-04-13 04:40:00")
    // Every table reaches the data centre over the VPN gateway.
    #expect(world.routeTables.allSatisfy { $0.routes.contains { $0.target == .vpnGateway(world.vpnGateways[0].id) } })
  }

  @Test(arguments: [
    ("vpc.cidr", "10.0.0.0/33"),
    ("vpc.subnets[0].cidr", "10.0.1.300/24"),
  ])
  func malformedBlocksAreNamedByTheirPath(path: String, value: String) {
    let found = errors { description in
      if path == "vpc.cidr" { description.vpc.cidr = value } else { description.vpc.subnets[0].cidr = value }
    }
    #expect(found.contains { $0.path == path && $0.message.contains("'\(value)'") })
  }

  @Test func overlappingAndOutsideSubnetsAreRefused() {
    let found = errors { description in
      description.vpc.subnets.append(SubnetDescription(name: "clash", cidr: "10.0.11.128/25", zone: "ap-northeast-2a"))
      description.vpc.subnets.append(SubnetDescription(name: "outside", cidr: "10.1.0.0/24", zone: "ap-northeast-2a"))
    }
    #expect(
      found.contains(
        DescriptionError(
          path: "vpc.subnets[3].cidr", message: "10.0.11.128/25 overlaps subnet 'private-a' (10.0.11.0/24)")))
    #expect(
      found.contains(
        DescriptionError(path: "vpc.subnets[4].cidr", message: "10.1.0.0/24 is not inside the VPC's 10.0.0.0/16")))
  }

  @Test func unknownReferencesAreRefusedAndAllAreReported() {
    let found = errors { description in
      description.vpc.subnets[0].routeTable = "nope"
      description.vpc.instances[0].securityGroups = ["missing"]
      description.vpc.endpoints = [
        EndpointDescription(name: "gw", type: .gateway, service: "s3", routeTables: ["ghost"])
      ]
      description.vpc.routeTables[0].routes.append(
        RouteDescription(destination: "0.0.0.0/8", target: "transit-gateway"))
      description.region = "ap-northeast-2"
    }
    #expect(
      found.map(\.path).sorted() == [
        "vpc.endpoints[0].routeTables[0]", "vpc.instances[0].securityGroups[0]", "vpc.routeTables[0].routes[1].target",
        "vpc.subnets[0].routeTable",
      ])
  }

  @Test func aReservedOrTakenInstanceAddressIsRefused() {
    let reserved = errors { $0.vpc.instances[0].privateIp = "10.0.1.3" }
    #expect(reserved.first?.path == "vpc.instances[0].privateIp")
    let taken = errors {
      $0.vpc.instances[1].privateIp = "10.0.1.10"
      $0.vpc.instances[1].subnet = "public-a"
    }
    #expect(taken.first?.message == "10.0.1.10 is already in use")
  }

  /// A size the simulation cannot make content for is refused with its path, not allocated.
  @Test(arguments: [Int64.max, S3Object.largestSize + 1, -1])
  func anObjectTooLargeOrNegativeIsRefused(size: Int64) {
    let found = errors { $0.buckets![0].objects[2].size = size }
    #expect(
      found == [
        DescriptionError(
          path: "buckets[0].objects[2].size",
          message: "\(size) bytes is not a size the simulation holds: give 0 to 16777216 (16 MiB)")
      ])
    #expect(errors { $0.buckets![0].objects[2].size = S3Object.largestSize }.isEmpty)
  }

  @Test func anEndpointTheAPIWouldRefuseIsRefusedWithTheAPIWording() {
    let found = errors { description in
      description.vpc.endpoints = [
        EndpointDescription(name: "s3-if", type: .interface, service: "s3", subnets: ["private-a"], privateDns: true)
      ]
    }
    #expect(
      found == [
        DescriptionError(
          path: "vpc.endpoints[0]",
          message:
            "InvalidParameter: Private DNS can't be enabled because the service com.amazonaws.ap-northeast-2.s3 does not provide a private DNS name."
        )
      ])
  }

  @Test(arguments: [("region", "mars-1"), ("account", "12345"), ("start", "yesterday")])
  func topLevelMistakes(field: String, value: String) {
    let found = errors { description in
      switch field {
      case "region": description.region = value
      case "account": description.account = value
      default: description.start = value
      }
    }
    #expect(found.first?.path == field)
  }

  @Test func describedEndpointsExistFromTheStart() throws {
    var description = WorldDescription.course()
    description.vpc.endpoints = [
      EndpointDescription(name: "ec2", type: .interface, service: "ec2", subnets: ["private-a", "private-c"])
    ]
    var world = try description.build(seed: 3)
    #expect(world.liveEndpoints.first?.state(at: world.now) == .available)
    #expect(world.resolve("ec2.ap-northeast-2.amazonaws.com", from: "V3", by: .dnsTool("nslookup")).answeredPrivate)
  }
}
