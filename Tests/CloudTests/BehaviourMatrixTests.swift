import Testing

@testable import Cloud

/// One cell of the matrix: from `host`, in `configuration`, doing `operation` gives `expected`.
///
/// `knownIssue` is set only where aws-facts.md says one thing and the model does another; the note
/// cites the section. The case then runs under `withKnownIssue`, so it fails loudly once fixed.
struct MatrixRow: Sendable, CustomTestStringConvertible {
  let host: MatrixHost
  let configuration: MatrixConfiguration
  let operation: MatrixOperation
  let expected: MatrixOutcome
  var knownIssue: String? = nil

  init(
    _ host: MatrixHost, _ configuration: MatrixConfiguration, _ operation: MatrixOperation, _ expected: MatrixOutcome,
    knownIssue: String? = nil
  ) {
    self.host = host
    self.configuration = configuration
    self.operation = operation
    self.expected = expected
    self.knownIssue = knownIssue
  }

  var testDescription: String { "\(configuration) · \(host) · \(operation) → \(expected)" }
}

/// The behaviour matrix: hosts × endpoint configurations × operations, every expectation taken from
/// /work/shared/reference/aws-facts.md (cited per group as §n.m) and DESIGN §1/§4, not from the code.
@Suite struct BehaviourMatrixTests {
  static let rows: [MatrixRow] = noEndpoint + gatewayOnly + s3InterfaceOnly + ec2Interface + bothS3 + inbound2023

  // MARK: none

  static let noEndpoint: [MatrixRow] = [
    // DESIGN §1 (V1): the public subnet resolves S3 publicly and lists through the internet gateway.
    MatrixRow(.V1, .none, .resolveS3, .publicAnswer),
    MatrixRow(.V1, .none, .resolveEC2, .publicAnswer),
    MatrixRow(.V1, .none, .connectS3, .connected(via: "internet")),
    MatrixRow(.V1, .none, .listSameRegion, .listed(via: "internet")),
    MatrixRow(.V1, .none, .listUSEast1, .listed(via: "internet")),
    // §4.5: in a private subnet with no NAT and no endpoint DNS still works (public IPs);
    // only the TCP connect to 443 fails, so awscli times out (§3.4).
    MatrixRow(.V2, .none, .resolveS3, .publicAnswer),
    MatrixRow(.V2, .none, .resolveEC2, .publicAnswer),
    MatrixRow(.V2, .none, .connectS3, .dropped),
    MatrixRow(.V2, .none, .listSameRegion, .timesOut),
    MatrixRow(.V2, .none, .listUSEast1, .timesOut),
    MatrixRow(.V3, .none, .resolveS3, .publicAnswer),
    MatrixRow(.V3, .none, .resolveEC2, .publicAnswer),
    MatrixRow(.V3, .none, .connectS3, .dropped),
    MatrixRow(.V3, .none, .listSameRegion, .timesOut),
    MatrixRow(.V3, .none, .listUSEast1, .timesOut),
    // The data centre resolves public names (§2.4 "from anywhere (including on-prem)") but has no
    // internet, and traffic over VPN cannot transit the VPC to the internet (§1.3 no transitive routing).
    MatrixRow(.idc, .none, .resolveS3, .publicAnswer),
    MatrixRow(.idc, .none, .resolveEC2, .publicAnswer),
    MatrixRow(.idc, .none, .connectS3, .dropped),
    MatrixRow(.idc, .none, .listSameRegion, .timesOut),
    MatrixRow(.idc, .none, .listUSEast1, .timesOut),
  ]

  // MARK: gateway endpoint on private-a

  static let gatewayOnly: [MatrixRow] = [
    // §1.2 "Subnets whose route tables are not associated do not use the endpoint": V1 keeps the internet.
    MatrixRow(.V1, .gateway, .resolveS3, .publicAnswer),
    MatrixRow(.V1, .gateway, .resolveEC2, .publicAnswer),
    MatrixRow(.V1, .gateway, .connectS3, .connected(via: "internet")),
    MatrixRow(.V1, .gateway, .listSameRegion, .listed(via: "internet")),
    MatrixRow(.V1, .gateway, .listUSEast1, .listed(via: "internet")),
    // §1.3 "Use Amazon S3 public IP addresses / the same DNS names" and §4.5: V2 still resolves public,
    // the pl- route carries it (§1.2 longest prefix).
    MatrixRow(.V2, .gateway, .resolveS3, .publicAnswer),
    MatrixRow(.V2, .gateway, .resolveEC2, .publicAnswer),
    MatrixRow(.V2, .gateway, .connectS3, .connected(via: "gateway")),
    MatrixRow(.V2, .gateway, .listSameRegion, .listed(via: "gateway")),
    // §1.2 "Traffic for the same service in other Regions still goes to the IGW" (private-a has none)
    // and §1.3 "Same Region only": us-east-1 times out.
    MatrixRow(.V2, .gateway, .listUSEast1, .timesOut),
    // §1.2 unassociated subnet: V3 is as without an endpoint (§4.5).
    MatrixRow(.V3, .gateway, .resolveS3, .publicAnswer),
    MatrixRow(.V3, .gateway, .resolveEC2, .publicAnswer),
    MatrixRow(.V3, .gateway, .connectS3, .dropped),
    MatrixRow(.V3, .gateway, .listSameRegion, .timesOut),
    MatrixRow(.V3, .gateway, .listUSEast1, .timesOut),
    // §1.3 gateway endpoints "Do not allow access from on premises" / "cannot be extended out of a VPC".
    MatrixRow(.idc, .gateway, .resolveS3, .publicAnswer),
    MatrixRow(.idc, .gateway, .resolveEC2, .publicAnswer),
    MatrixRow(.idc, .gateway, .connectS3, .dropped),
    MatrixRow(.idc, .gateway, .listSameRegion, .timesOut),
    MatrixRow(.idc, .gateway, .listUSEast1, .timesOut),
  ]

  // MARK: S3 interface endpoint (2021, no private DNS)

  static let s3InterfaceOnly: [MatrixRow] = [
    // §4.5 / §2.5: in 2021 the S3 interface endpoint leaves s3.ap-northeast-2 public; only the
    // `*.vpce-…` names (§2.4) answer the ENIs' private IPs, one per subnet/AZ (§2.1), from anywhere.
    // Reaching an ENI is local routing (V1 too) and vpce-sg admits 10.0.0.0/16 (§2.1 SG controls inbound).
    MatrixRow(.V1, .s3Interface, .resolveS3, .publicAnswer),
    MatrixRow(.V1, .s3Interface, .resolveEC2, .publicAnswer),
    MatrixRow(.V1, .s3Interface, .resolveVpce, .privateAnswer(count: 2)),
    MatrixRow(.V1, .s3Interface, .connectS3, .connected(via: "internet")),
    MatrixRow(.V1, .s3Interface, .connectVpce, .connected(via: "interface")),
    MatrixRow(.V1, .s3Interface, .listSameRegion, .listed(via: "internet")),
    MatrixRow(.V1, .s3Interface, .listUSEast1, .listed(via: "internet")),
    MatrixRow(.V1, .s3Interface, .listViaVpce, .listed(via: "interface")),
    // DESIGN §1 (S3 interface endpoint, 2021): regional name public and times out; the vpce name works.
    MatrixRow(.V2, .s3Interface, .resolveS3, .publicAnswer),
    MatrixRow(.V2, .s3Interface, .resolveEC2, .publicAnswer),
    MatrixRow(.V2, .s3Interface, .resolveVpce, .privateAnswer(count: 2)),
    MatrixRow(.V2, .s3Interface, .connectS3, .dropped),
    MatrixRow(.V2, .s3Interface, .connectVpce, .connected(via: "interface")),
    MatrixRow(.V2, .s3Interface, .listSameRegion, .timesOut),
    MatrixRow(.V2, .s3Interface, .listUSEast1, .timesOut),
    MatrixRow(.V2, .s3Interface, .listViaVpce, .listed(via: "interface")),
    MatrixRow(.V3, .s3Interface, .resolveS3, .publicAnswer),
    MatrixRow(.V3, .s3Interface, .resolveEC2, .publicAnswer),
    MatrixRow(.V3, .s3Interface, .resolveVpce, .privateAnswer(count: 2)),
    MatrixRow(.V3, .s3Interface, .connectS3, .dropped),
    MatrixRow(.V3, .s3Interface, .connectVpce, .connected(via: "interface")),
    MatrixRow(.V3, .s3Interface, .listSameRegion, .timesOut),
    // §2.1 "same Region only": the interface endpoint does not reach us-east-1 either.
    MatrixRow(.V3, .s3Interface, .listUSEast1, .timesOut),
    MatrixRow(.V3, .s3Interface, .listViaVpce, .listed(via: "interface")),
    // §1.3 interface endpoints "Allow access from on premises"; §2.4 the vpce names resolve publicly
    // (so through the data centre's resolver); vpce-sg admits 192.168.0.0/16.
    MatrixRow(.idc, .s3Interface, .resolveS3, .publicAnswer),
    MatrixRow(.idc, .s3Interface, .resolveEC2, .publicAnswer),
    MatrixRow(.idc, .s3Interface, .resolveVpce, .privateAnswer(count: 2)),
    MatrixRow(.idc, .s3Interface, .connectS3, .dropped),
    MatrixRow(.idc, .s3Interface, .connectVpce, .connected(via: "interface")),
    MatrixRow(.idc, .s3Interface, .listSameRegion, .timesOut),
    MatrixRow(.idc, .s3Interface, .listUSEast1, .timesOut),
    MatrixRow(.idc, .s3Interface, .listViaVpce, .listed(via: "interface")),
  ]

  // MARK: EC2 interface endpoint with private DNS

  static let ec2Interface: [MatrixRow] = [
    // §2.3 / §4.5: private DNS puts ec2.ap-northeast-2 in a private hosted zone of the VPC: every
    // instance of the VPC (V1 included) gets the ENI IPs, one per AZ. S3 is untouched.
    MatrixRow(.V1, .ec2Interface, .resolveS3, .publicAnswer),
    MatrixRow(.V1, .ec2Interface, .resolveEC2, .privateAnswer(count: 2)),
    MatrixRow(.V1, .ec2Interface, .connectS3, .connected(via: "internet")),
    MatrixRow(.V1, .ec2Interface, .listSameRegion, .listed(via: "internet")),
    MatrixRow(.V1, .ec2Interface, .listUSEast1, .listed(via: "internet")),
    MatrixRow(.V2, .ec2Interface, .resolveS3, .publicAnswer),
    MatrixRow(.V2, .ec2Interface, .resolveEC2, .privateAnswer(count: 2)),
    MatrixRow(.V2, .ec2Interface, .connectS3, .dropped),
    MatrixRow(.V2, .ec2Interface, .listSameRegion, .timesOut),
    MatrixRow(.V2, .ec2Interface, .listUSEast1, .timesOut),
    MatrixRow(.V3, .ec2Interface, .resolveS3, .publicAnswer),
    MatrixRow(.V3, .ec2Interface, .resolveEC2, .privateAnswer(count: 2)),
    MatrixRow(.V3, .ec2Interface, .connectS3, .dropped),
    MatrixRow(.V3, .ec2Interface, .listSameRegion, .timesOut),
    MatrixRow(.V3, .ec2Interface, .listUSEast1, .timesOut),
    // §2.3 the private hosted zone is the VPC's; §2.6 on-prem sees private answers only through a
    // Route 53 Resolver inbound endpoint, which this configuration lacks: idc gets the public answer.
    MatrixRow(.idc, .ec2Interface, .resolveS3, .publicAnswer),
    MatrixRow(.idc, .ec2Interface, .resolveEC2, .publicAnswer),
    MatrixRow(.idc, .ec2Interface, .connectS3, .dropped),
    MatrixRow(.idc, .ec2Interface, .listSameRegion, .timesOut),
    MatrixRow(.idc, .ec2Interface, .listUSEast1, .timesOut),
  ]

  // MARK: both S3 endpoints

  static let bothS3: [MatrixRow] = [
    MatrixRow(.V1, .bothS3, .resolveS3, .publicAnswer),
    MatrixRow(.V1, .bothS3, .resolveEC2, .publicAnswer),
    MatrixRow(.V1, .bothS3, .resolveVpce, .privateAnswer(count: 2)),
    MatrixRow(.V1, .bothS3, .connectS3, .connected(via: "internet")),
    MatrixRow(.V1, .bothS3, .connectVpce, .connected(via: "interface")),
    MatrixRow(.V1, .bothS3, .listSameRegion, .listed(via: "internet")),
    MatrixRow(.V1, .bothS3, .listUSEast1, .listed(via: "internet")),
    MatrixRow(.V1, .bothS3, .listViaVpce, .listed(via: "interface")),
    // DESIGN §1 "both endpoints": plain `aws s3 ls` goes through the gateway (public DNS, §1.3),
    // `--endpoint-url https://bucket.vpce-…` through the interface (§2.4).
    MatrixRow(.V2, .bothS3, .resolveS3, .publicAnswer),
    MatrixRow(.V2, .bothS3, .resolveEC2, .publicAnswer),
    MatrixRow(.V2, .bothS3, .resolveVpce, .privateAnswer(count: 2)),
    MatrixRow(.V2, .bothS3, .connectS3, .connected(via: "gateway")),
    MatrixRow(.V2, .bothS3, .connectVpce, .connected(via: "interface")),
    MatrixRow(.V2, .bothS3, .listSameRegion, .listed(via: "gateway")),
    MatrixRow(.V2, .bothS3, .listUSEast1, .timesOut),
    MatrixRow(.V2, .bothS3, .listViaVpce, .listed(via: "interface")),
    // §1.2 V3's table is not associated with the gateway: the regional name still times out.
    MatrixRow(.V3, .bothS3, .resolveS3, .publicAnswer),
    MatrixRow(.V3, .bothS3, .resolveEC2, .publicAnswer),
    MatrixRow(.V3, .bothS3, .resolveVpce, .privateAnswer(count: 2)),
    MatrixRow(.V3, .bothS3, .connectS3, .dropped),
    MatrixRow(.V3, .bothS3, .connectVpce, .connected(via: "interface")),
    MatrixRow(.V3, .bothS3, .listSameRegion, .timesOut),
    MatrixRow(.V3, .bothS3, .listUSEast1, .timesOut),
    MatrixRow(.V3, .bothS3, .listViaVpce, .listed(via: "interface")),
    // §1.3: from on premises only the interface endpoint is usable.
    MatrixRow(.idc, .bothS3, .resolveS3, .publicAnswer),
    MatrixRow(.idc, .bothS3, .resolveEC2, .publicAnswer),
    MatrixRow(.idc, .bothS3, .resolveVpce, .privateAnswer(count: 2)),
    MatrixRow(.idc, .bothS3, .connectS3, .dropped),
    MatrixRow(.idc, .bothS3, .connectVpce, .connected(via: "interface")),
    MatrixRow(.idc, .bothS3, .listSameRegion, .timesOut),
    MatrixRow(.idc, .bothS3, .listUSEast1, .timesOut),
    MatrixRow(.idc, .bothS3, .listViaVpce, .listed(via: "interface")),
  ]

  // MARK: 2023, private DNS only for inbound resolver endpoints

  static let inbound2023: [MatrixRow] = [
    // §2.6 option on: inside the VPC s3.ap-northeast-2 keeps resolving to public IPs and traffic
    // follows the route table — V1 the internet, V2 the gateway (§1.2), V3 nothing (times out).
    MatrixRow(.V1, .inbound2023, .resolveS3, .publicAnswer),
    MatrixRow(.V1, .inbound2023, .resolveEC2, .publicAnswer),
    MatrixRow(.V1, .inbound2023, .resolveVpce, .privateAnswer(count: 2)),
    MatrixRow(.V1, .inbound2023, .connectS3, .connected(via: "internet")),
    MatrixRow(.V1, .inbound2023, .connectVpce, .connected(via: "interface")),
    MatrixRow(.V1, .inbound2023, .listSameRegion, .listed(via: "internet")),
    MatrixRow(.V1, .inbound2023, .listUSEast1, .listed(via: "internet")),
    MatrixRow(.V1, .inbound2023, .listViaVpce, .listed(via: "interface")),
    MatrixRow(.V2, .inbound2023, .resolveS3, .publicAnswer),
    MatrixRow(.V2, .inbound2023, .resolveEC2, .publicAnswer),
    MatrixRow(.V2, .inbound2023, .resolveVpce, .privateAnswer(count: 2)),
    MatrixRow(.V2, .inbound2023, .connectS3, .connected(via: "gateway")),
    MatrixRow(.V2, .inbound2023, .connectVpce, .connected(via: "interface")),
    MatrixRow(.V2, .inbound2023, .listSameRegion, .listed(via: "gateway")),
    MatrixRow(.V2, .inbound2023, .listUSEast1, .timesOut),
    MatrixRow(.V2, .inbound2023, .listViaVpce, .listed(via: "interface")),
    MatrixRow(.V3, .inbound2023, .resolveS3, .publicAnswer),
    MatrixRow(.V3, .inbound2023, .resolveEC2, .publicAnswer),
    MatrixRow(.V3, .inbound2023, .resolveVpce, .privateAnswer(count: 2)),
    MatrixRow(.V3, .inbound2023, .connectS3, .dropped),
    MatrixRow(.V3, .inbound2023, .connectVpce, .connected(via: "interface")),
    MatrixRow(.V3, .inbound2023, .listSameRegion, .timesOut),
    MatrixRow(.V3, .inbound2023, .listUSEast1, .timesOut),
    MatrixRow(.V3, .inbound2023, .listViaVpce, .listed(via: "interface")),
    // §2.6 "traffic that originates from on-premises [goes] to the interface endpoint": via the inbound
    // resolver s3.ap-northeast-2 turns private, so plain `aws s3 ls` works from idc. EC2 has no
    // endpoint (public answer) and us-east-1 is not in the zone (public, unreachable: §2.1 same Region).
    MatrixRow(.idc, .inbound2023, .resolveS3, .privateAnswer(count: 2)),
    MatrixRow(.idc, .inbound2023, .resolveEC2, .publicAnswer),
    MatrixRow(.idc, .inbound2023, .resolveVpce, .privateAnswer(count: 2)),
    MatrixRow(.idc, .inbound2023, .connectS3, .connected(via: "interface")),
    MatrixRow(.idc, .inbound2023, .connectVpce, .connected(via: "interface")),
    MatrixRow(.idc, .inbound2023, .listSameRegion, .listed(via: "interface")),
    MatrixRow(.idc, .inbound2023, .listUSEast1, .timesOut),
    MatrixRow(.idc, .inbound2023, .listViaVpce, .listed(via: "interface")),
  ]

  /// Each cell under two seeds: an expectation from the facts holds whatever IDs and pool addresses are drawn.
  @Test(arguments: rows, [2021, 7] as [UInt64])
  func cell(_ row: MatrixRow, seed: UInt64) throws {
    var (world, endpoints) = try MatrixWorld.build(row.configuration, seed: seed)
    let observed = MatrixWorld.observe(row.operation, from: row.host, in: &world, endpoints: endpoints)
    if let note = row.knownIssue {
      withKnownIssue(Comment(rawValue: note)) {
        #expect(observed == row.expected)
      }
    } else {
      #expect(observed == row.expected)
    }
  }

  /// The table covers every host × configuration × applicable operation exactly once, so a cell
  /// cannot silently go missing (or be stated twice with different answers).
  @Test func theTableIsComplete() {
    var expected: [String] = []
    for configuration in MatrixConfiguration.allCases {
      for host in MatrixHost.allCases {
        for operation in MatrixOperation.allCases where !operation.needsS3Interface || configuration.hasS3Interface {
          expected.append("\(configuration)/\(host)/\(operation)")
        }
      }
    }
    let listed = Self.rows.map { "\($0.configuration)/\($0.host)/\($0.operation)" }
    #expect(listed.sorted() == expected.sorted())
  }

  // MARK: - Details the table does not show

  /// The two private addresses are the endpoint's ENIs in private-a and private-c (§2.1 one ENI per
  /// subnet; §4.5 "one per AZ/subnet"), and the answer names the endpoint that gave it.
  @Test(arguments: [(MatrixConfiguration.s3Interface, MatrixHost.V3), (.bothS3, .idc), (.inbound2023, .idc)])
  func privateAnswersAreTheEndpointENIsOnePerSubnet(_ configuration: MatrixConfiguration, _ host: MatrixHost) throws {
    var (world, endpoints) = try MatrixWorld.build(configuration)
    let endpoint = try #require(endpoints.s3Interface)
    let vpceName = try #require(endpoints.vpceBucketName)
    // In 2023 the data centre reaches the ENIs by the regional name itself (§2.6).
    let name = configuration == .inbound2023 ? MatrixWorld.s3Regional : vpceName
    let lookup = world.resolve(name, from: host.rawValue, by: .dnsTool("nslookup"))
    let eniAddresses = endpoint.networkInterfaceIds.compactMap { world.networkInterface($0)?.privateAddress }
    #expect(Set(lookup.addresses) == Set(eniAddresses))
    let subnets = lookup.addresses.compactMap { world.networkInterface(withAddress: $0)?.subnetId }
      .compactMap { world.subnet($0)?.name }
    #expect(subnets.sorted() == ["private-a", "private-c"])
  }

  /// §2.4: S3's endpoint names are wildcards — `bucket.`, `accesspoint.` and `control.` resolve; the
  /// bare regional name without a label in front is not a record.
  @Test(arguments: ["bucket.", "accesspoint.", "control."])
  func s3EndpointNamesAreWildcards(_ label: String) throws {
    var (world, endpoints) = try MatrixWorld.build(.s3Interface)
    let endpoint = try #require(endpoints.s3Interface)
    #expect(world.resolve(label + endpoint.regionalDNSName, from: "V2", by: .dnsTool("nslookup")).answeredPrivate)
    #expect(world.resolve(endpoint.regionalDNSName, from: "V2", by: .dnsTool("nslookup")).outcome == .nxdomain)
  }

  /// §2.4 zonal names: one per AZ, each answering only that zone's ENI.
  @Test func zonalNamesAnswerTheirZonesENI() throws {
    var (world, endpoints) = try MatrixWorld.build(.s3Interface)
    let endpoint = try #require(endpoints.s3Interface)
    for zone in ["ap-northeast-2a", "ap-northeast-2c"] {
      let lookup = world.resolve(
        "bucket." + endpoint.zonalDNSName(availabilityZone: zone), from: "idc", by: .dnsTool("nslookup"))
      #expect(lookup.addresses.count == 1)
      let eni = lookup.addresses.first.flatMap { world.networkInterface(withAddress: $0) }
      #expect(eni?.availabilityZone == zone)
    }
  }

  /// §4.1 "The order of A records rotates between queries": over many queries both orders appear.
  @Test func multiAddressAnswersRotate() throws {
    var (world, _) = try MatrixWorld.build(.ec2Interface)
    var orders: Set<[IPv4Address]> = []
    for _ in 0..<40 {
      orders.insert(world.resolve(MatrixWorld.ec2Regional, from: "V2", by: .dnsTool("nslookup")).addresses)
    }
    #expect(orders.count == 2)
  }

  /// §1.3 / §1.2: the drop from on premises says why — the gateway endpoint is not transitive.
  @Test func onPremisesDropNamesTheGatewayEndpoint() throws {
    var (world, endpoints) = try MatrixWorld.build(.bothS3)
    let gateway = try #require(endpoints.gateway)
    let reached = world.reach(from: "idc", endpointHost: MatrixWorld.s3Regional, port: 443)
    guard case .dropped(_, let reasons)? = reached.connection?.outcome else {
      Issue.record("expected a drop, got \(String(describing: reached.connection?.outcome))")
      return
    }
    #expect(reasons.contains(.gatewayEndpointNotTransitive(endpointId: gateway.id, from: "on-premises")))
  }

  /// §2.6: while the gateway carries "inbound only" private DNS for an interface endpoint, the gateway
  /// must stay ("to delete the gateway you must first clear the option").
  @Test func inbound2023KeepsTheGatewayWhileTheOptionIsOn() throws {
    var (world, endpoints) = try MatrixWorld.build(.inbound2023)
    let gateway = try #require(endpoints.gateway)
    let result = world.deleteEndpoints([gateway.id])
    #expect(result.count == 1 && result.first?.error != nil)
    #expect(world.endpoint(gateway.id) != nil)
  }

  /// §2.6 option **off** (private DNS still on): "all resolution from the VPC returns the interface
  /// endpoint's private IPs", so the regional name takes every in-VPC host to the ENIs — V3 too.
  @Test(arguments: [
    (MatrixHost.V1, MatrixOperation.resolveS3, MatrixOutcome.privateAnswer(count: 2)),
    (.V2, .resolveS3, .privateAnswer(count: 2)),
    (.V3, .resolveS3, .privateAnswer(count: 2)),
    (.V2, .listSameRegion, .listed(via: "interface")),
    (.V3, .listSameRegion, .listed(via: "interface")),
    (.idc, .listSameRegion, .listed(via: "interface")),
  ])
  func inbound2023WithTheOptionOff(_ host: MatrixHost, _ operation: MatrixOperation, _ expected: MatrixOutcome) throws {
    var (world, endpoints) = try MatrixWorld.build(.inbound2023)
    var change = EndpointModification()
    change.privateDnsOnlyForInboundResolverEndpoint = false
    _ = try world.modifyEndpoint(try #require(endpoints.s3Interface).id, change).get()
    #expect(MatrixWorld.observe(operation, from: host, in: &world, endpoints: endpoints) == expected)
  }

  // MARK: - Security group on the interface endpoint

  struct GroupCase: Sendable, CustomTestStringConvertible {
    let label: String
    /// Rules of `vpce-sg`; nil = create the endpoint with no group (the VPC default group applies, §2.1).
    let rules: [RuleDescription]?
    let host: MatrixHost
    let admitted: Bool
    var testDescription: String { "\(label) · \(host) → \(admitted ? "connected" : "dropped by SG")" }
  }

  static let groupCases: [GroupCase] = [
    // §2.1 "The security groups control inbound traffic to the ENI": no rule, nothing gets in.
    GroupCase(label: "no rules", rules: [], host: .V2, admitted: false),
    GroupCase(label: "no rules", rules: [], host: .idc, admitted: false),
    // The right range but the wrong port.
    GroupCase(
      label: "tcp 80 only", rules: [RuleDescription(protocol: "tcp", ports: "80", cidr: "0.0.0.0/0")],
      host: .V3, admitted: false),
    // DESIGN §1 on-prem row: "its security group must admit the on-prem range".
    GroupCase(
      label: "443 from the VPC only", rules: [RuleDescription(protocol: "tcp", ports: "443", cidr: "10.0.0.0/16")],
      host: .V2, admitted: true),
    GroupCase(
      label: "443 from the VPC only", rules: [RuleDescription(protocol: "tcp", ports: "443", cidr: "10.0.0.0/16")],
      host: .idc, admitted: false),
    GroupCase(
      label: "443 from on-prem only", rules: [RuleDescription(protocol: "tcp", ports: "443", cidr: "192.168.0.0/16")],
      host: .idc, admitted: true),
    GroupCase(
      label: "443 from on-prem only", rules: [RuleDescription(protocol: "tcp", ports: "443", cidr: "192.168.0.0/16")],
      host: .V3, admitted: false),
    // §2.1 "if none is given, the VPC default SG is used": it admits its own members (the instances)
    // and nothing from the data centre.
    GroupCase(label: "no group given (default SG)", rules: nil, host: .V2, admitted: true),
    GroupCase(label: "no group given (default SG)", rules: nil, host: .idc, admitted: false),
  ]

  @Test(arguments: groupCases)
  func interfaceEndpointSecurityGroup(_ c: GroupCase) throws {
    var (world, endpoints) = try MatrixWorld.build(
      .s3Interface, vpceRules: c.rules ?? [], interfaceGroups: c.rules == nil ? nil : ["vpce-sg"])
    let endpoint = try #require(endpoints.s3Interface)
    let name = try #require(endpoints.vpceBucketName)
    let exchange = MatrixWorld.list(
      MatrixWorld.homeBucket, from: c.host, via: name, signingRegion: "ap-northeast-2", in: &world)
    let connection = try #require(exchange.connection)
    if c.admitted {
      #expect(MatrixWorld.classify(exchange) == .listed(via: "interface"))
      return
    }
    // A drop by the group, naming the endpoint's groups, the port and the caller's address.
    let host = try #require(world.host(named: c.host.rawValue))
    guard case .dropped(_, let reasons) = connection.outcome else {
      Issue.record("expected a drop, got \(connection.outcome)")
      return
    }
    #expect(reasons.first == .securityGroup(groupIds: endpoint.securityGroupIds, port: 443, source: host.address))
    #expect(exchange.response == nil)
  }

  // MARK: - Endpoint policy

  /// Full access except the article's bucket.
  static let denyArticleBucket = #"""
    {"Version": "2012-10-17", "Statement": [
      {"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"},
      {"Sid": "NoArticleBucket", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
       "Resource": ["arn:aws:s3:::jschoi.acl", "arn:aws:s3:::jschoi.acl/*"]}
    ]}
    """#

  enum Which: String, Sendable, CaseIterable { case gateway, interface }

  /// An endpoint policy applies to what passes through that endpoint only (DESIGN §4 "endpoint policy"):
  /// the denied path answers AccessDenied (§3.3 wording), the other path and the internet still list.
  @Test(arguments: Which.allCases)
  func endpointPolicyDeniesTheBucketOnlyThroughItsEndpoint(_ which: Which) throws {
    var (world, endpoints) = try MatrixWorld.build(.bothS3)
    let target = try #require(which == .gateway ? endpoints.gateway : endpoints.s3Interface)
    var change = EndpointModification()
    change.policyDocument = Self.denyArticleBucket
    _ = try world.modifyEndpoint(target.id, change).get()
    let vpce = try #require(endpoints.vpceBucketName)

    let viaGateway = MatrixWorld.list(
      MatrixWorld.homeBucket, from: .V2, via: MatrixWorld.s3Regional, signingRegion: "ap-northeast-2", in: &world)
    let viaInterface = MatrixWorld.list(
      MatrixWorld.homeBucket, from: .V2, via: vpce, signingRegion: "ap-northeast-2", in: &world)
    let viaInternet = MatrixWorld.list(
      MatrixWorld.homeBucket, from: .V1, via: MatrixWorld.s3Regional, signingRegion: "ap-northeast-2", in: &world)
    switch which {
    case .gateway:
      #expect(MatrixWorld.classify(viaGateway) == .accessDenied(via: "gateway"))
      #expect(MatrixWorld.classify(viaInterface) == .listed(via: "interface"))
    case .interface:
      #expect(MatrixWorld.classify(viaGateway) == .listed(via: "gateway"))
      #expect(MatrixWorld.classify(viaInterface) == .accessDenied(via: "interface"))
    }
    #expect(MatrixWorld.classify(viaInternet) == .listed(via: "internet"))
    // The error is S3's own AccessDenied / "Access Denied" (§3.3).
    let denied = which == .gateway ? viaGateway : viaInterface
    guard case .failure(let error)? = denied.response else {
      Issue.record("expected an error, got \(String(describing: denied.response))")
      return
    }
    #expect(error.code == "AccessDenied" && error.message == "Access Denied")
  }

  // MARK: - Bucket policy requiring a VPC endpoint

  static func requireEndpointPolicy(_ endpointId: String) -> String {
    #"""
    {"Version": "2012-10-17", "Statement": [
      {"Sid": "Access-to-specific-VPCE-only", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
       "Resource": ["arn:aws:s3:::jschoi.acl", "arn:aws:s3:::jschoi.acl/*"],
       "Condition": {"StringNotEquals": {"aws:SourceVpce": "\#(endpointId)"}}}
    ]}
    """#
  }

  /// `aws:SourceVpce` is the endpoint the request came through: only that path lists; the internet
  /// (V1) and the other endpoint are denied. Buckets the policy does not name are unaffected.
  @Test(arguments: Which.allCases)
  func bucketPolicyRequiringAnEndpoint(_ which: Which) throws {
    var (world, endpoints) = try MatrixWorld.build(.bothS3)
    let required = try #require(which == .gateway ? endpoints.gateway : endpoints.s3Interface)
    _ = try world.s3.setPolicy(Self.requireEndpointPolicy(required.id), forBucket: MatrixWorld.homeBucket).get()
    let vpce = try #require(endpoints.vpceBucketName)
    let acl = MatrixWorld.homeBucket

    let v1 = MatrixWorld.classify(
      MatrixWorld.list(acl, from: .V1, via: MatrixWorld.s3Regional, signingRegion: "ap-northeast-2", in: &world))
    let v2Gateway = MatrixWorld.classify(
      MatrixWorld.list(acl, from: .V2, via: MatrixWorld.s3Regional, signingRegion: "ap-northeast-2", in: &world))
    let v2Interface = MatrixWorld.classify(
      MatrixWorld.list(acl, from: .V2, via: vpce, signingRegion: "ap-northeast-2", in: &world))
    let idcInterface = MatrixWorld.classify(
      MatrixWorld.list(acl, from: .idc, via: vpce, signingRegion: "ap-northeast-2", in: &world))
    let v1Other = MatrixWorld.classify(
      MatrixWorld.list(
        MatrixWorld.usEast1Bucket, from: .V1, via: MatrixWorld.s3USEast1, signingRegion: "us-east-1", in: &world))

    #expect(v1 == .accessDenied(via: "internet"))
    #expect(v1Other == .listed(via: "internet"))
    switch which {
    case .gateway:
      #expect(v2Gateway == .listed(via: "gateway"))
      #expect(v2Interface == .accessDenied(via: "interface"))
      #expect(idcInterface == .accessDenied(via: "interface"))
    case .interface:
      #expect(v2Gateway == .accessDenied(via: "gateway"))
      #expect(v2Interface == .listed(via: "interface"))
      #expect(idcInterface == .listed(via: "interface"))
    }
  }
}
