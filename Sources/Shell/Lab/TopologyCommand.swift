import Cloud

/// `topology`: the network as it is now, drawn in text — VPC, subnets with their route tables and
/// routes, hosts, endpoints, the on-premises link and CloudShell.
enum TopologyCommand {
  static var table: CommandTable {
    // A drawing: the terminal may fold a line that is too wide, but never joins two.
    CommandTable(["topology": { _, state in .output(draw(state.world, current: state.hostName), form: .lines) }])
  }

  static func draw(_ world: World, current: String) -> String {
    var lines: [String] = []
    for vpc in world.vpcs {
      let dns = "DNS support \(vpc.dnsSupport ? "on" : "off"), DNS hostnames \(vpc.dnsHostnames ? "on" : "off")"
      lines.append("VPC \(vpc.name) \(vpc.id) \(vpc.cidr) in \(vpc.region) — resolver \(vpc.resolverAddress), \(dns)")
      for igw in world.internetGateways where igw.vpcId == vpc.id {
        lines.append("├── internet gateway \(igw.id)")
      }
      for nat in world.natGateways where nat.vpcId == vpc.id {
        lines.append("├── NAT gateway \(nat.id) \(nat.privateAddress) → \(nat.publicAddress)")
      }
      for subnet in world.subnets where subnet.vpcId == vpc.id {
        lines.append("├── subnet \(subnet.name) \(subnet.id) \(subnet.cidr) \(subnet.availabilityZone)")
        if let table = world.routeTable(forSubnet: subnet.id) {
          let label =
            table.isMain && !table.associations.contains { $0.subnetId == subnet.id } ? " (main, implicit)" : ""
          lines.append("│   ├── route table \(table.name.isEmpty ? "" : table.name + " ")\(table.id)\(label)")
          for route in table.routes {
            lines.append("│   │     \(destination(route.destination, world: world)) → \(route.target.id)")
          }
        }
        for host in world.hosts {
          guard let eni = world.networkInterface(of: host), eni.subnetId == subnet.id else { continue }
          let marker = host.name == current ? "  ← you are here" : ""
          let publicPart = eni.publicAddress.map { " public \($0)" } ?? ""
          lines.append(
            "│   ├── \(host.name) \(eni.privateAddress)\(publicPart) [\(eni.securityGroupIds.joined(separator: ", "))]\(marker)"
          )
        }
        for eni in world.networkInterfaces where eni.subnetId == subnet.id {
          if case .vpcEndpoint(let id) = eni.owner {
            lines.append(
              "│   ├── endpoint interface \(eni.privateAddress) of \(id) [\(eni.securityGroupIds.joined(separator: ", "))]"
            )
          }
        }
      }
      let endpoints = world.liveEndpoints.filter { $0.vpcId == vpc.id }
      if !endpoints.isEmpty {
        lines.append("├── endpoints")
        for endpoint in endpoints {
          var text =
            "│     \(endpoint.id) \(endpoint.type.rawValue) \(endpoint.serviceName) (\(endpoint.state(at: world.now).rawValue))"
          if endpoint.type == .gateway {
            text +=
              " on "
              + endpoint.routeTableIds.map { id in world.routeTable(id).map { "\($0.name) \(id)" } ?? id }.joined(
                separator: ", ")
          } else {
            text += ", private DNS \(endpoint.privateDnsEnabled ? "on" : "off")"
            text +=
              "\n│       name \(endpoint.service.usesWildcardEndpointNames ? "*." : "")\(endpoint.regionalDNSName)"
          }
          lines.append(text)
        }
      }
      for gateway in world.vpnGateways where gateway.vpcId == vpc.id {
        lines.append("└── virtual private gateway \(gateway.id)")
        if let onPremises = world.onPremises, onPremises.vpnGatewayId == gateway.id {
          lines.append(
            "      ══ \(onPremises.link.displayName) ══ on-premises \(onPremises.cidr), DNS \(onPremises.resolverAddress)"
          )
          for host in world.hosts where host.kind == .onPremises {
            lines.append("         \(host.name) \(host.address)\(host.name == current ? "  ← you are here" : "")")
          }
        }
      }
    }
    for host in world.hosts where host.kind == .cloudShell {
      lines.append(
        "\(host.name) \(host.address) — outside the VPC, on the internet\(host.name == current ? "  ← you are here" : "")"
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
