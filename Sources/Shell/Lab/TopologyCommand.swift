import Cloud

/// `topology`: the network as it is now, drawn in text — VPC, subnets with their route tables and
/// routes, hosts, endpoints, the on-premises link and CloudShell.
enum TopologyCommand {
  static var table: CommandTable {
    // A drawing: the terminal may fold a line that is too wide, but never joins two.
    CommandTable([
      "topology": { _, state in
        .output(draw(state.world, current: state.hostName, language: state.language), form: .lines)
      }
    ])
  }

  static func draw(_ world: World, current: String, language: PhraseLanguage = .english) -> String {
    // The drawing's labels; identifiers, addresses and API values stay as the API spells them.
    func say(_ english: String, _ korean: String) -> String { Phrase(english: english, korean: korean).text(language) }
    func onOff(_ on: Bool) -> String { on ? say("on", "켜짐") : say("off", "꺼짐") }
    let here = say("  ← you are here", "  ← 현재 위치")
    var lines: [String] = []
    for vpc in world.vpcs {
      let dns = say(
        "DNS support \(onOff(vpc.dnsSupport)), DNS hostnames \(onOff(vpc.dnsHostnames))",
        "DNS 확인 \(onOff(vpc.dnsSupport)), DNS 호스트 이름 \(onOff(vpc.dnsHostnames))")
      var tree = TextTree(
        label: say(
          "VPC \(vpc.name) \(vpc.id) \(vpc.cidr) in \(vpc.region) — resolver \(vpc.resolverAddress), \(dns)",
          "VPC \(vpc.name) \(vpc.id) \(vpc.cidr), \(vpc.region) 리전 — 리졸버 \(vpc.resolverAddress), \(dns)"))
      for igw in world.internetGateways where igw.vpcId == vpc.id {
        tree.children.append(TextTree(label: say("internet gateway ", "인터넷 게이트웨이 ") + igw.id))
      }
      for nat in world.natGateways where nat.vpcId == vpc.id {
        tree.children.append(
          TextTree(
            label: say("NAT gateway ", "NAT 게이트웨이 ") + "\(nat.id) \(nat.privateAddress) → \(nat.publicAddress)"))
      }
      for subnet in world.subnets where subnet.vpcId == vpc.id {
        var node = TextTree(
          label: say("subnet ", "서브넷 ") + "\(subnet.name) \(subnet.id) \(subnet.cidr) \(subnet.availabilityZone)")
        if let table = world.routeTable(forSubnet: subnet.id) {
          let label =
            table.isMain && !table.associations.contains { $0.subnetId == subnet.id }
            ? say(" (main, implicit)", " (기본, 명시적 연결 없음)") : ""
          node.children.append(
            TextTree(
              label: say("route table ", "라우팅 테이블 ")
                + "\(table.name.isEmpty ? "" : table.name + " ")\(table.id)\(label)",
              details: table.routes.map { "\(destination($0.destination, world: world)) → \($0.target.id)" }))
        }
        for host in world.hosts {
          guard let eni = world.networkInterface(of: host), eni.subnetId == subnet.id else { continue }
          let marker = host.name == current ? here : ""
          let publicPart = eni.publicAddress.map { say(" public ", " 퍼블릭 ") + "\($0)" } ?? ""
          node.children.append(
            TextTree(
              label:
                "\(host.name) \(eni.privateAddress)\(publicPart) [\(eni.securityGroupIds.joined(separator: ", "))]\(marker)"
            ))
        }
        for eni in world.networkInterfaces where eni.subnetId == subnet.id {
          if case .vpcEndpoint(let id) = eni.owner {
            node.children.append(
              TextTree(
                label: say(
                  "endpoint interface \(eni.privateAddress) of \(id)",
                  "엔드포인트 네트워크 인터페이스 \(eni.privateAddress) (\(id))")
                  + " [\(eni.securityGroupIds.joined(separator: ", "))]"))
          }
        }
        tree.children.append(node)
      }
      let endpoints = world.liveEndpoints.filter { $0.vpcId == vpc.id }
      if !endpoints.isEmpty {
        var node = TextTree(label: say("endpoints", "엔드포인트"))
        for endpoint in endpoints {
          var text =
            "\(endpoint.id) \(endpoint.type.rawValue) \(endpoint.serviceName) (\(endpoint.state(at: world.now).rawValue))"
          if endpoint.type == .gateway {
            text +=
              say(" on ", ", 라우팅 테이블 ")
              + endpoint.routeTableIds.map { id in world.routeTable(id).map { "\($0.name) \(id)" } ?? id }.joined(
                separator: ", ")
            node.details.append(text)
          } else {
            text += say(", private DNS ", ", 프라이빗 DNS ") + onOff(endpoint.privateDnsEnabled)
            node.details.append(text)
            node.details.append(
              "  \(say("name", "DNS 이름")) \(endpoint.service.usesWildcardEndpointNames ? "*." : "")\(endpoint.regionalDNSName)"
            )
          }
        }
        tree.children.append(node)
      }
      for gateway in world.vpnGateways where gateway.vpcId == vpc.id {
        var node = TextTree(label: say("virtual private gateway ", "가상 프라이빗 게이트웨이 ") + gateway.id)
        if let onPremises = world.onPremises, onPremises.vpnGatewayId == gateway.id {
          node.details.append(
            "══ \(onPremises.link.displayName) ══ "
              + say(
                "on-premises \(onPremises.cidr), DNS \(onPremises.resolverAddress)",
                "온프레미스 \(onPremises.cidr), DNS 서버 \(onPremises.resolverAddress)"))
          for host in world.hosts where host.kind == .onPremises {
            node.details.append("   \(host.name) \(host.address)\(host.name == current ? here : "")")
          }
        }
        tree.children.append(node)
      }
      lines.append(tree.label)
      lines += tree.childLines()
    }
    for host in world.hosts where host.kind == .cloudShell {
      lines.append(
        "\(host.name) \(host.address) — " + say("outside the VPC, on the internet", "VPC 밖, 인터넷")
          + (host.name == current ? here : "")
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func destination(_ destination: RouteDestination, world: World) -> String {
    switch destination {
    case .cidr(let block): block.description
    case .prefixList(let id):
      world.prefixList(id).map { "\(id) (\($0.name))" } ?? id
    }
  }
}
