import CourseWorldSupport
import Testing

@testable import Cloud

@Suite struct AddressingTests {
  @Test(arguments: [
    "10.0.0.2", "0.0.0.0", "255.255.255.255", "52.219.60.145", "192.168.10.20", "1.20.100.9", "99.100.199.10",
    "200.0.9.255",
  ])
  func parsesAndPrintsAddresses(text: String) throws {
    #expect(try IPv4Address(parsing: text).description == text)
  }

  @Test(arguments: [
    "", "10.0.0", "10.0.0.0.1", "256.1.1.1", "10.0.0.-1", "10.0.0.01", "a.b.c.d", "10..0.1", " 10.0.0.1", "10.0.0.1/32",
    "１0.0.0.1", "1.2.3.4.", ".1.2.3", "1000.1.1.1", "00.1.1.1", "1.2.3.4\n", "s3.ap-northeast-2.amazonaws.com",
    "1.2.3.4 ", "1.2.3.", "0.0.0.00",
  ])
  func refusesMalformedAddresses(text: String) {
    #expect(throws: AddressingError.malformedAddress(text)) { try IPv4Address(parsing: text) }
  }

  @Test(arguments: [
    ("10.0.0.0/16", "10.0.255.255", true), ("10.0.0.0/16", "10.1.0.0", false), ("0.0.0.0/0", "52.219.56.89", true),
    ("52.219.56.0/22", "52.219.59.255", true), ("52.219.56.0/22", "52.219.60.0", false),
    ("10.0.12.133/32", "10.0.12.133", true),
  ])
  func containment(block: String, address: String, inside: Bool) throws {
    #expect(try CIDRBlock(parsing: block).contains(IPv4Address(parsing: address)) == inside)
  }

  @Test(arguments: [
    "10.0.0.0", "10.0.0.0/", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/1a", "10.0.0/16", "/16", "10.0.0.0/016x",
  ])
  func refusesMalformedBlocks(text: String) {
    #expect(throws: AddressingError.malformedCIDR(text)) { try CIDRBlock(parsing: text) }
  }

  @Test func refusesHostBitsAndSaysWhichNetworkWasMeant() {
    let error = #expect(throws: AddressingError.self) { try CIDRBlock(parsing: "10.0.1.5/24") }
    #expect(error == .hostBitsSet("10.0.1.5/24"))
    #expect(
      error?.description
        == "'10.0.1.5/24' has bits set after the prefix; the network address of that block is 10.0.1.0/24")
  }

  @Test func overlapsAndSizes() throws {
    let vpc = try CIDRBlock(parsing: "10.0.0.0/16")
    let subnet = try CIDRBlock(parsing: "10.0.11.0/24")
    #expect(vpc.contains(subnet) && !subnet.contains(vpc))
    #expect(vpc.overlaps(subnet) && subnet.overlaps(vpc))
    #expect(!subnet.overlaps(try CIDRBlock(parsing: "10.0.12.0/24")))
    #expect(subnet.usableSubnetAddressCount == 251)
    #expect(vpc.address(at: 2).description == "10.0.0.2")
    #expect(subnet.lastAddress.description == "10.0.11.255")
    #expect(IPv4Address.parse("10.0.12.20")?.ec2HostLabel == "ip-10-0-12-20")
  }

  @Test func longestPrefixWinsAndACIDRBeatsAPrefixListOfTheSameLength() throws {
    var world = try WorldDescription.course().build(seed: 1)
    let table = try #require(world.routeTables.first { $0.name == "public" })
    let s3 = try IPv4Address(parsing: "52.219.60.145")
    #expect(world.bestRoute(in: table, for: s3)?.destinationText == "0.0.0.0/0")
    var request = EndpointRequest(type: .gateway, service: .s3, region: "ap-northeast-2", vpcId: world.vpcs[0].id)
    request.routeTableIds = [table.id]
    _ = try world.createEndpoint(request).get()
    let withEndpoint = try #require(world.routeTable(table.id))
    #expect(world.bestRoute(in: withEndpoint, for: s3)?.destinationText == "pl-78a54011")
    #expect(
      world.bestRoute(in: withEndpoint, for: try IPv4Address(parsing: "10.0.12.20"))?.destinationText == "10.0.0.0/16")

    // A CIDR route as specific as the prefix list's block takes the traffic back (aws-facts §1.2).
    let position = try #require(world.routeTables.firstIndex { $0.id == table.id })
    let igw = world.internetGateways[0].id
    world.routeTables[position].routes.append(
      Route(destination: .cidr(try CIDRBlock(parsing: "52.219.60.0/23")), target: .internetGateway(igw)))
    #expect(world.bestRoute(in: world.routeTables[position], for: s3)?.route.target == .internetGateway(igw))
  }
}
