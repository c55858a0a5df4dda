import Cloud
import Testing

@testable import Shell

/// The lab's own commands: `help`, `why`, `topology`.
@Suite struct LabCommandTests {
  @Test func helpIsTheDocumentedText() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("help", &state)
    #expect(run.stdout == HelpCommandText.shell)
    #expect(run.stderr == "" && run.status == 0)
    #expect(
      run.stdout.hasPrefix(
        "This is a simulated shell: commands run against a simulated AWS network,\nnever your computer.\n\nNetwork and AWS\n"
      ))
    #expect(run.stdout.hasSuffix("  background jobs (&), functions and $((…)) are not available in this lab shell\n"))
    for command in [
      "nslookup", "dig", "curl", "ping", "ip addr", "ip route", "hosts", "ssh HOST", "exit", "why", "topology",
      "$(…)", "<<EOF", "for … in", "sudo COMMAND", "ls [-l -a -h]", "file://",
    ] {
      #expect(run.stdout.contains(command), "help mentions \(command)")
    }
    // Every command help names runs (is not "command not found").
    for line in [
      "hosts", "why", "topology", "ip addr", "ip route", "cat /etc/resolv.conf", "pwd", "whoami", "hostname", "history",
      "ls -l -a -h", "less /etc/hosts", "mkdir -p d", "touch t", "cp t u", "mv u v", "rm -r -f d", "echo x | tee -a t",
      "printf x", "test -f t", "[ -f t ]", "sudo whoami",
    ] {
      #expect(Golden.run(line, &state).status != 127, "\(line)")
    }
  }

  @Test func whyAfterNothing() throws {
    var state = try Golden.state("V3")
    let expected =
      "The last command did not touch the simulated network: no DNS lookup, connection or API call to explain.\n"
    let run = Golden.run("why", &state)
    #expect(run.stdout == expected && run.stderr == "" && run.status == 0)
    Golden.run("cat /etc/resolv.conf", &state)
    #expect(Golden.run("why", &state).stdout == expected)
  }

  @Test func whyAfterACurlTimeoutOnV3NamesTheRouteTable() throws {
    var state = try Golden.state("V3")
    let curl = Golden.run("curl --connect-timeout 5 \(Golden.s3)/", &state)
    let address = try #require(curl.connections.first).destination
    let vpc = try #require(state.world.vpcs.first).id
    let table = try #require(state.world.routeTables.first { $0.name == "private-c" }).id
    let run = Golden.run("why", &state)
    #expect(
      run.stdout == """
        1. V3 asked the VPC resolver of \(vpc) at 10.0.0.2 for s3.ap-northeast-2.amazonaws.com (A).
           It answered \(address) — a public address.
           That is the public endpoint of s3 in ap-northeast-2; public DNS answers it the same from anywhere.
        2. V3 (10.0.12.20) tried to open a TCP connection to s3.ap-northeast-2.amazonaws.com (\(address)) port 443.
           Route table \(table) has no route that matches \(address) (a public address of s3 in ap-northeast-2): there is no internet gateway or NAT route, and no endpoint route covers it.
           The packets were dropped silently, so the client waits until its connect timeout.

        """)
    #expect(run.stderr == "" && run.status == 0)
    // `why` itself is not a network command: asking twice explains the same line.
    #expect(Golden.run("why", &state).stdout == run.stdout)
  }

  /// A connection that got through was opened, and the service is reached once, with the way in:
  /// the hop list's own "it reaches s3" would say the same again.
  @Test func whyAfterAListingOnV1SaysOnceWhereItArrived() throws {
    var state = try Golden.state("V1")
    #expect(Golden.run("aws s3 ls", &state).status == 0)
    let why = Golden.run("why", &state).stdout
    #expect(why.contains("2. V1 (10.0.1.10) opened a TCP connection to s3.ap-northeast-2.amazonaws.com ("), "\(why)")
    #expect(why.contains("\n   It reached s3 in ap-northeast-2 over the internet, through internet gateway igw-"))
    #expect(!why.contains("It reaches s3"))
    #expect(why.components(separatedBy: "s3 in ap-northeast-2").count - 1 == 2, "the name's endpoint, the arrival")
  }

  /// awscli v1 tries five times; each try resolves anew and is dropped the same way.
  @Test func whyAfterAWSRetriesOnV3() throws {
    var state = try Golden.state("V3")
    let listing = Golden.run("aws s3 ls", &state)
    #expect(listing.status == 255)
    #expect(listing.connections.count == 5)
    let table = try #require(state.world.routeTables.first { $0.name == "private-c" }).id
    let run = Golden.run("why", &state)
    #expect(run.stdout.contains("Route table \(table) has no route that matches "))
    #expect(run.stdout.hasPrefix("1. V3 asked the VPC resolver of "))
    let numbered = run.stdout.split(separator: "\n").filter { $0.first?.isNumber == true }
    // Product bug: the collapse in WhyCommand.run only merges identical *consecutive* paragraphs;
    // lookups and connections alternate and each try draws another address, so nothing merges.
    do {  // Once a known issue, now fixed.
      #expect(run.stdout.contains("(this happened 5 times: the client retried)"))
      #expect(numbered.count <= 2)
    }
  }

  @Test func whyAfterTheGatewayEndpointPath() throws {
    var state = try Golden.state("V2")
    let endpoint = try Golden.createGatewayEndpoint(&state)
    let table = try #require(state.world.routeTables.first { $0.name == "private-a" }).id
    Golden.run("curl -s \(Golden.s3)/jschoi.acl", &state)
    let run = Golden.run("why", &state)
    #expect(
      run.stdout.contains(
        "\n   Route table \(table): the most specific matching route is pl-78a54011 → \(endpoint.id).\n"))
    #expect(run.stdout.contains("\n   Gateway endpoint \(endpoint.id) carries it to the service.\n"))
    #expect(
      run.stdout.hasSuffix(
        "3. V2 called s3 ListObjectsV2 through gateway endpoint \(endpoint.id), without leaving the AWS network; it failed with AccessDenied.\n"
      ))
  }

  // MARK: topology

  private func ids(_ state: ShellState) throws -> (
    vpc: String, igw: String, vgw: String, subnets: [String: String], tables: [String: String], sg: String
  ) {
    let world = state.world
    let vpc = try #require(world.vpcs.first).id
    let igw = try #require(world.internetGateways.first).id
    let vgw = try #require(world.vpnGateways.first).id
    var subnets: [String: String] = [:]
    for subnet in world.subnets { subnets[subnet.name] = subnet.id }
    var tables: [String: String] = [:]
    for table in world.routeTables { tables[table.name] = table.id }
    let v1 = try #require(world.host(named: "V1"))
    let sg = try #require(world.networkInterface(of: v1)?.securityGroupIds.first)
    return (vpc, igw, vgw, subnets, tables, sg)
  }

  private func expectedTopology(_ state: ShellState, here: String, endpoint: VPCEndpoint? = nil) throws -> String {
    let i = try ids(state)
    let v1 = try #require(state.world.host(named: "V1"))
    let v1Public = try #require(state.world.networkInterface(of: v1)?.publicAddress)
    let shell = try #require(state.world.host(named: "cloudshell")).address
    func mark(_ host: String) -> String { host == here ? "  ← you are here" : "" }
    let endpointRoute = endpoint.map { "│   │     pl-78a54011 (com.amazonaws.ap-northeast-2.s3) → \($0.id)\n" } ?? ""
    let endpointList =
      endpoint.map {
        "├── endpoints\n│     \($0.id) Gateway com.amazonaws.ap-northeast-2.s3 (available) on private-a \(i.tables["private-a"]!)\n"
      } ?? ""
    return """
      VPC lab-vpc \(i.vpc) 10.0.0.0/16 in ap-northeast-2 — resolver 10.0.0.2, DNS support on, DNS hostnames on
      ├── internet gateway \(i.igw)
      ├── subnet public-a \(i.subnets["public-a"]!) 10.0.1.0/24 ap-northeast-2a
      │   ├── route table public \(i.tables["public"]!)
      │   │     10.0.0.0/16 → local
      │   │     0.0.0.0/0 → \(i.igw)
      │   │     192.168.0.0/16 → \(i.vgw)
      │   └── V1 10.0.1.10 public \(v1Public) [\(i.sg)]\(mark("V1"))
      ├── subnet private-a \(i.subnets["private-a"]!) 10.0.11.0/24 ap-northeast-2a
      │   ├── route table private-a \(i.tables["private-a"]!)
      │   │     10.0.0.0/16 → local
      │   │     192.168.0.0/16 → \(i.vgw)
      \(endpointRoute)│   └── V2 10.0.11.20 [\(i.sg)]\(mark("V2"))
      ├── subnet private-c \(i.subnets["private-c"]!) 10.0.12.0/24 ap-northeast-2c
      │   ├── route table private-c \(i.tables["private-c"]!)
      │   │     10.0.0.0/16 → local
      │   │     192.168.0.0/16 → \(i.vgw)
      │   └── V3 10.0.12.20 [\(i.sg)]\(mark("V3"))
      \(endpointList)└── virtual private gateway \(i.vgw)
            ══ Site-to-Site VPN ══ on-premises 192.168.0.0/16, DNS 192.168.0.2
               idc 192.168.10.20\(mark("idc"))
      cloudshell \(shell) — outside the VPC, on the internet\(mark("cloudshell"))

      """
  }

  @Test(arguments: ["V1", "V2", "V3", "idc", "cloudshell"])
  func topologyOfTheCourseWorld(host: String) throws {
    var state = try Golden.state(host)
    let run = Golden.run("topology", &state)
    #expect(run.stdout == (try expectedTopology(state, here: host)))
    #expect(run.stderr == "" && run.status == 0)
    #expect(run.stdout.components(separatedBy: "← you are here").count == 2, "exactly one marker")
  }

  @Test func topologyShowsTheGatewayEndpointRoute() throws {
    var state = try Golden.state("V2")
    let endpoint = try Golden.createGatewayEndpoint(&state)
    #expect(endpoint.id.hasPrefix("vpce-"))
    let run = Golden.run("topology", &state)
    #expect(run.stdout == (try expectedTopology(state, here: "V2", endpoint: endpoint)))
    let lines = run.stdout.split(separator: "\n")
    let route = try #require(lines.firstIndex { $0.contains("pl-78a54011 (com.amazonaws.ap-northeast-2.s3) → vpce-") })
    let privateA = try #require(lines.firstIndex { $0.hasPrefix("├── subnet private-a ") })
    let privateC = try #require(lines.firstIndex { $0.hasPrefix("├── subnet private-c ") })
    #expect(privateA < route && route < privateC, "the route is in private-a's table only")
  }

  @Test func topologyIsStableForASeed() throws {
    var a = try Golden.state("V3", seed: 42)
    var b = try Golden.state("V3", seed: 42)
    #expect(Golden.run("topology", &a).stdout == Golden.run("topology", &b).stdout)
    var c = try Golden.state("V3", seed: 43)
    #expect(Golden.run("topology", &c).stdout != Golden.run("topology", &a).stdout, "IDs are drawn from the seed")
  }
}
