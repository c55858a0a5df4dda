extension World {
  /// Explains an event in plain sentences: what was asked, who answered, which route matched or why
  /// nothing did. Used by the shell's `why`.
  public func explain(_ event: Event) -> [String] {
    switch event {
    case .dnsLookup(let lookup): explain(lookup)
    case .connection(let connection): explain(connection)
    case .apiCall(let call): explain(call)
    case .resourceChanged(let change): ["\(change.kind) \(change.id) was \(change.change): \(change.summary)."]
    }
  }

  func explain(_ lookup: DNSLookup) -> [String] {
    var lines: [String] = []
    let asked =
      "\(lookup.host) asked \(resolverDescription(lookup.resolverRole, address: lookup.resolver)) for \(lookup.name) (\(lookup.type))."
    lines.append(asked)
    switch lookup.outcome {
    case .noResponse:
      switch lookup.resolverRole {
      case .none: lines.append("Nothing answered DNS at \(lookup.resolver): the query timed out.")
      default: lines.append("The resolver did not answer.")
      }
    case .nxdomain:
      lines.append("The name does not exist (NXDOMAIN).")
    case .noData:
      lines.append("The name exists but has no \(lookup.type) record.")
    case .pointers(let names):
      lines.append("It answered the name \(names.joined(separator: ", ")) for that address.")
    case .answered(let addresses):
      let list = addresses.map(\.description).joined(separator: ", ")
      let kind = lookup.answeredPrivate ? "private" : (lookup.answeredPublic ? "public" : "mixed")
      lines.append("It answered \(list) — \(kind) address\(addresses.count == 1 ? "" : "es").")
    }
    if let source = lookup.source { lines.append(contentsOf: explain(source, lookup: lookup)) }
    return lines
  }

  private func resolverDescription(_ role: ResolverRole, address: IPv4Address) -> String {
    switch role {
    case .vpcResolver(let vpcId): "the VPC resolver of \(vpcId) at \(address)"
    case .onPremises: "the on-premises DNS server at \(address)"
    case .internet: "a public DNS resolver at \(address)"
    case .none: "\(address), where no DNS server answers"
    }
  }

  private func explain(_ source: DNSSource, lookup: DNSLookup) -> [String] {
    let s3Interfaces = liveEndpoints.filter { $0.service == .s3 && $0.type == .interface }
    switch source {
    case .publicService(let service, let region):
      var text =
        "That is the public endpoint of \(service.rawValue) in \(region); public DNS answers it the same from anywhere."
      if service == .s3 && era == .y2021 && !s3Interfaces.isEmpty {
        text += " The S3 interface endpoint does not change this name in 2021: S3 offered no private DNS then."
      }
      if service == .s3, case .vpcResolver = lookup.resolverRole,
        s3Interfaces.contains(where: { $0.privateDnsEnabled && $0.privateDnsOnlyForInboundResolverEndpoint == true })
      {
        text +=
          " Private DNS for S3 is on only for inbound endpoints, so queries from inside the VPC keep the public answer and the gateway endpoint carries the traffic."
      }
      return [text]
    case .privateHostedZone(let endpointId, let service):
      var text =
        "The answer came from the private hosted zone of interface endpoint \(endpointId) (private DNS for \(service.rawValue))"
      if host(named: lookup.host)?.kind == .onPremises {
        text +=
          ": the data centre forwards AWS names to the Route 53 Resolver inbound endpoint in the VPC, which answers from that zone."
      } else {
        text += ", which the VPC resolver consults before public DNS."
      }
      return [text]
    case .endpointName(let endpointId, _, let zonal):
      return [
        "That is \(zonal ? "a zonal" : "the regional") DNS name of interface endpoint \(endpointId); public DNS answers it with the endpoint's private addresses, from anywhere."
      ]
    case .vpcInternal:
      return ["That is an internal EC2 hostname of the VPC."]
    case .onPremises:
      return ["That is a name of the on-premises network."]
    case .unknown:
      return []
    case .publicZone:
      return [
        "That is a name of the public internet; the resolver answers it the same from anywhere, even on a host with no route to the internet."
      ]
    }
  }

  func explain(_ connection: Connection) -> [String] {
    let target =
      connection.destinationName.map { "\($0) (\(connection.destination))" } ?? connection.destination.description
    let probes = connection.transport != .tcp
    let from = "\(connection.host) (\(connection.source))"
    var lines: [String]
    switch connection.transport {
    case .tcp: lines = ["\(from) opened a TCP connection to \(target) port \(connection.port)."]
    case .udpProbes: lines = ["\(from) sent traceroute's UDP probes to \(target), port \(connection.port) and up."]
    case .icmpProbes: lines = ["\(from) sent traceroute's ICMP echo probes to \(target)."]
    }
    switch connection.outcome {
    case .connected(let path, let contact):
      lines.append(contentsOf: path.map(explain))
      if let contact {
        lines.append("It reached \(contact.service.rawValue) in \(contact.region) \(explain(contact.via)).")
      }
      if !probes {
        lines.append("The connection was established.")
      } else if contact != nil {
        lines.append("The probes got there, but a service endpoint answers none of them: the trace ends in stars.")
      } else {
        lines.append("The probes got there.")
      }
    case .dropped(let path, let reasons):
      lines.append(contentsOf: path.map(explain))
      lines.append(contentsOf: reasons.map(explain))
      lines.append(
        probes
          ? "The probes were dropped silently, so traceroute shows stars from there on."
          : "The packets were dropped silently, so the client waits until its connect timeout.")
    case .refused(let path, let reason):
      lines.append(contentsOf: path.map(explain))
      lines.append("The connection was refused: \(reason).")
    }
    return lines
  }

  private func explain(_ via: ServicePath) -> String {
    switch via {
    case .internet(let igw): igw.map { "over the internet, through internet gateway \($0)" } ?? "over the internet"
    case .natGateway(let nat): "over the internet, through NAT gateway \(nat)"
    case .gatewayEndpoint(let id): "through gateway endpoint \(id), without leaving the AWS network"
    case .interfaceEndpoint(let id): "through interface endpoint \(id), by a private address in the VPC"
    }
  }

  private func explain(_ hop: Hop) -> String {
    switch hop {
    case .routeTable(let id, let matched, let target):
      return "Route table \(id): the most specific matching route is \(matched) → \(target)."
    case .securityGroup(let id, let direction):
      return "Security group \(id) allows it \(direction)."
    case .internetGateway(let id): return "It leaves the VPC through internet gateway \(id)."
    case .natGateway(let id): return "NAT gateway \(id) translates it to its public address."
    case .gatewayEndpoint(let id): return "Gateway endpoint \(id) carries it to the service."
    case .interfaceEndpoint(let id, let interface):
      return "It arrives at network interface \(interface) of interface endpoint \(id)."
    case .link(let link, let gateway):
      return "It crosses the \(link.displayName) to virtual private gateway \(gateway)."
    case .service(let service, let region): return "It reaches \(service.rawValue) in \(region)."
    case .networkInterface(let id): return "It arrives at network interface \(id)."
    }
  }

  func explain(_ reason: DropReason) -> String {
    switch reason {
    case .noRoute(let table, let destination):
      var text = "Route table \(table) has no route that matches \(destination)"
      if let service = RegionCatalog.publicService(at: destination) {
        text += " (a public address of \(service.service.rawValue) in \(service.region))"
      }
      return text + ": there is no internet gateway or NAT route, and no endpoint route covers it."
    case .gatewayEndpointOtherRegion(let id, let endpointRegion, let destinationRegion):
      return
        "Gateway endpoint \(id) on that table serves \(endpointRegion) only; \(destinationRegion) is another Region, and gateway endpoints never reach other Regions."
    case .gatewayEndpointNotTransitive(let id, let from):
      return
        "Gateway endpoint \(id) can't be used from \(from): gateway endpoints carry only traffic that starts inside their VPC."
    case .noPublicAddress(let instance, let igw):
      return
        "The route points at internet gateway \(igw), but instance \(instance) has no public IP address, so the gateway can't translate its traffic."
    case .securityGroup(let groups, let port, let source):
      return
        "Security group\(groups.count == 1 ? "" : "s") \(groups.joined(separator: ", ")) on the destination allow\(groups.count == 1 ? "s" : "") nothing on TCP \(port) from \(source)."
    case .notTransitive(let link, let destination):
      return
        "Traffic that arrives over the \(link.displayName) may only reach addresses inside the VPC; \(destination) is outside it, and the VPC does not pass it on to its internet gateway or endpoints."
    case .onPremisesNoRoute(let destination):
      return
        "The on-premises network has no route to \(destination): its only way to AWS is the link to the VPC, which carries the VPC's own addresses."
    case .noListener(let destination):
      return "Nothing in the simulated network has the address \(destination)."
    case .privateFromInternet(let destination):
      return "\(destination) is a private address; it can't be reached over the internet."
    case .endpointPending(let id):
      return "Interface endpoint \(id) is still pending; it accepts connections once it is available."
    case .blackhole(let table, let target):
      return "Route table \(table) sends it to \(target), which no longer exists (a blackhole route)."
    case .servicePortClosed(let service, let region, let port):
      return
        "The path reaches \(service.rawValue) in \(region), but its endpoint accepts only TCP 443 (HTTPS) and 80 (HTTP); nothing answers on port \(port)."
    }
  }

  func explain(_ call: APICall) -> [String] {
    let outcome = call.errorCode.map { "failed with \($0)" } ?? "succeeded"
    return ["\(call.host) called \(call.service.rawValue) \(call.operation) \(explain(call.via)); it \(outcome)."]
  }
}
