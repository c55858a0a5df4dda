import Cloud
import CourseWorldSupport
import Testing

@testable import Shell

/// A course world and a shell on one of its hosts, for the DNS tool tests.
struct DNSLab {
  var state: ShellState

  init(host: String = "V1", seed: UInt64 = 1) throws {
    state = ShellState(world: try WorldDescription.course().build(seed: seed), hostName: host)
  }

  /// Runs one DNS tool with already-split words.
  mutating func run(_ words: [String]) -> CommandResult {
    let handler = DNSCommands.table.handler(for: words[0])!
    return handler(Invocation(name: words[0], arguments: Array(words.dropFirst())), &state)
  }

  /// Runs a line split on spaces (the tests' lines need no quoting).
  mutating func run(_ line: String) -> CommandResult {
    run(line.split(separator: " ").map(String.init))
  }

  /// The next dig message ID: what the generator will draw first.
  func nextDigID() -> UInt64 {
    var generator = state.world.random
    return generator.below(65536)
  }

  func subnet(_ name: String) -> String { state.world.subnets.first { $0.name == name }!.id }

  /// Creates an interface endpoint in private-a and private-c and lets it become available.
  @discardableResult
  mutating func addInterfaceEndpoint(_ service: AWSService, privateDns: Bool? = nil) throws -> VPCEndpoint {
    var request = EndpointRequest(
      type: .interface, service: service, region: "ap-northeast-2", vpcId: state.world.vpcs[0].id)
    request.subnetIds = [subnet("private-a"), subnet("private-c")]
    request.privateDnsEnabled = privateDns
    let endpoint = try state.world.createEndpoint(request).get()
    state.world.clock.advance(seconds: 120)
    return endpoint
  }

  /// Adds the S3 gateway endpoint to V2's route table.
  mutating func addGatewayEndpoint() throws {
    var request = EndpointRequest(type: .gateway, service: .s3, region: "ap-northeast-2", vpcId: state.world.vpcs[0].id)
    request.routeTableIds = [state.world.routeTables.first { $0.name == "private-a" }!.id]
    _ = try state.world.createEndpoint(request).get()
  }
}

enum DNSFixtures {
  /// S3's ap-northeast-2 public ranges the article's addresses come from (aws-facts.md §5.1).
  static let s3Pool = ["52.219.56.0/22", "52.219.60.0/23", "52.219.144.0/22", "52.219.148.0/23"]
    .compactMap(CIDRBlock.parse)
  static let privateA = CIDRBlock.parse("10.0.11.0/24")!
  static let privateC = CIDRBlock.parse("10.0.12.0/24")!

  /// The A answers the result's lookups carried, in order.
  static func addresses(_ result: CommandResult) -> [IPv4Address] {
    result.events.flatMap { event -> [IPv4Address] in
      if case .dnsLookup(let lookup) = event { return lookup.addresses }
      return []
    }
  }

  static func lookups(_ result: CommandResult) -> [DNSLookup] {
    result.events.compactMap { if case .dnsLookup(let lookup) = $0 { lookup } else { nil } }
  }

  /// One address in each private subnet, as an endpoint in private-a and private-c answers.
  static func onePerZone(_ addresses: [IPv4Address]) -> Bool {
    addresses.count == 2 && addresses.contains { privateA.contains($0) } && addresses.contains { privateC.contains($0) }
  }
}
