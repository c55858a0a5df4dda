extension World {
  /// Explains an event in plain English sentences: what was asked, who answered, which route matched
  /// or why nothing did. The shell's `why` says `explanation(of:)` in the learner's language.
  public func explain(_ event: Event) -> [String] {
    explanation(of: event).map(\.english)
  }

  /// Explains an event in phrases, each said in every language the simulation speaks.
  public func explanation(of event: Event) -> [Phrase] {
    switch event {
    case .dnsLookup(let lookup): explain(lookup)
    case .connection(let connection): explain(connection)
    case .apiCall(let call): explain(call)
    case .resourceChanged(let change): [explain(change)]
    }
  }

  func explain(_ change: ResourceChange) -> Phrase {
    // The summary is English prose made by the EC2 operations; Korean says the same from its parts.
    let done = ["created": "추가되었습니다", "modified": "수정되었습니다", "deleted": "삭제되었습니다"][change.change]
    let korean =
      switch change.kind {
      case "vpc-endpoint": "VPC 엔드포인트 \(change.id): \(done ?? change.change)."
      case "route": "라우팅 테이블 \(change.id)의 라우팅이 \(done ?? change.change)."
      case "security-group-rule": "보안 그룹 \(change.id)의 인바운드 규칙이 \(done ?? change.change)."
      default: "\(change.kind) \(change.id): \(done ?? change.change)."
      }
    return Phrase(english: "\(change.kind) \(change.id) was \(change.change): \(change.summary).", korean: korean)
  }

  func explain(_ lookup: DNSLookup) -> [Phrase] {
    let resolver = resolverDescription(lookup.resolverRole, address: lookup.resolver)
    let name = lookup.name.isEmpty ? "." : lookup.name
    var lines = [
      Phrase(
        english: "\(lookup.host) asked \(resolver.english) for \(name) (\(lookup.type)).",
        korean: "\(lookup.host) 호스트가 \(resolver.korean)에 \(name)의 \(lookup.type) 레코드를 질의했습니다.")
    ]
    if lookup.name.isEmpty, lookup.type == "NS", lookup.outcome != .noResponse {
      // The root zone's servers: what `dig` with no name, and `dig +trace` first, ask for.
      lines.append(
        Phrase(
          english:
            "It answered with the thirteen root name servers (a.root-servers.net to m.root-servers.net), which every resolver knows from its root hints.",
          korean: "모든 리졸버가 루트 힌트로 알고 있는 루트 네임서버 13개(a.root-servers.net부터 m.root-servers.net까지)를 알려 주었습니다."))
      return lines
    }
    switch lookup.outcome {
    case .noResponse:
      switch lookup.resolverRole {
      case .none:
        lines.append(
          Phrase(
            english: "Nothing answered DNS at \(lookup.resolver): the query timed out.",
            korean: "\(lookup.resolver)에는 DNS에 응답하는 서버가 없어 질의가 타임아웃되었습니다."))
      default: lines.append(Phrase(english: "The resolver did not answer.", korean: "리졸버가 응답하지 않았습니다."))
      }
    case .nxdomain:
      lines.append(Phrase(english: "The name does not exist (NXDOMAIN).", korean: "존재하지 않는 이름입니다(NXDOMAIN)."))
    case .noData:
      lines.append(
        Phrase(
          english: "The name exists but has no \(lookup.type) record.",
          korean: "이름은 있지만 \(lookup.type) 레코드가 없습니다."))
    case .pointers(let names):
      lines.append(
        Phrase(
          english: "It answered the name \(names.joined(separator: ", ")) for that address.",
          korean: "그 주소의 이름으로 \(names.joined(separator: ", "))을(를) 알려 주었습니다."))
    case .answered(let addresses):
      let list = addresses.map(\.description).joined(separator: ", ")
      let kind = lookup.answeredPrivate ? "private" : (lookup.answeredPublic ? "public" : "private and public")
      let kindKorean = lookup.answeredPrivate ? "프라이빗" : (lookup.answeredPublic ? "퍼블릭" : "프라이빗과 퍼블릭이 섞인")
      let kindEnglish = addresses.count == 1 ? "a \(kind) address" : "\(kind) addresses"
      lines.append(
        Phrase(
          english: "It answered \(list) — \(kindEnglish).",
          korean: "응답은 \(list) — \(kindKorean) 주소입니다."))
    }
    if let source = lookup.source { lines.append(contentsOf: explain(source, lookup: lookup)) }
    return lines
  }

  private func resolverDescription(_ role: ResolverRole, address: IPv4Address) -> Phrase {
    switch role {
    case .vpcResolver(let vpcId):
      Phrase(english: "the VPC resolver of \(vpcId) at \(address)", korean: "\(vpcId)의 VPC 리졸버(\(address))")
    case .onPremises:
      Phrase(english: "the on-premises DNS server at \(address)", korean: "온프레미스 DNS 서버(\(address))")
    case .internet: Phrase(english: "a public DNS resolver at \(address)", korean: "퍼블릭 DNS 리졸버(\(address))")
    case .none:
      Phrase(english: "\(address), where no DNS server answers", korean: "DNS 서버가 응답하지 않는 주소 \(address)")
    }
  }

  private func explain(_ source: DNSSource, lookup: DNSLookup) -> [Phrase] {
    let s3Interfaces = liveEndpoints.filter { $0.service == .s3 && $0.type == .interface }
    switch source {
    case .publicService(let service, let region):
      var text = Phrase(
        english:
          "That is the public endpoint of \(service.rawValue) in \(region); public DNS answers it the same from anywhere.",
        korean: "\(region) 리전 \(service.rawValue)의 퍼블릭 엔드포인트입니다. 퍼블릭 DNS는 어디서 묻든 같은 답을 줍니다.")
      if service == .s3 && era == .y2021 && !s3Interfaces.isEmpty {
        text = text.then(
          Phrase(
            english: "The S3 interface endpoint does not change this name in 2021: S3 offered no private DNS then.",
            korean: "2021년의 S3는 프라이빗 DNS를 지원하지 않았으므로, S3 인터페이스 엔드포인트가 있어도 이 이름의 응답은 그대로입니다."))
      }
      if service == .s3, case .vpcResolver = lookup.resolverRole,
        s3Interfaces.contains(where: { $0.privateDnsEnabled && $0.privateDnsOnlyForInboundResolverEndpoint == true })
      {
        text = text.then(
          Phrase(
            english:
              "Private DNS for S3 is on only for inbound endpoints, so queries from inside the VPC keep the public answer and the gateway endpoint carries the traffic.",
            korean:
              "S3 프라이빗 DNS가 인바운드 엔드포인트 전용으로 켜져 있어서, VPC 안에서 한 질의는 여전히 퍼블릭 주소를 받고 트래픽은 게이트웨이 엔드포인트로 갑니다."
          ))
      }
      return [text]
    case .privateHostedZone(let endpointId, let service):
      let zone =
        "The answer came from the private hosted zone of interface endpoint \(endpointId) (private DNS for \(service.rawValue))"
      let zoneKorean = "인터페이스 엔드포인트 \(endpointId)의 프라이빗 호스팅 영역(\(service.rawValue) 프라이빗 DNS)에서 온 응답입니다."
      if host(named: lookup.host)?.kind == .onPremises {
        return [
          Phrase(
            english: zone
              + ": the data centre forwards AWS names to the Route 53 Resolver inbound endpoint in the VPC, which answers from that zone.",
            korean: zoneKorean
              + " 데이터 센터의 DNS 서버가 AWS 이름을 VPC의 Route 53 Resolver 인바운드 엔드포인트로 전달하고, 인바운드 엔드포인트가 이 영역에서 답합니다."
          )
        ]
      }
      return [
        Phrase(
          english: zone + ", which the VPC resolver consults before public DNS.",
          korean: zoneKorean + " VPC 리졸버는 퍼블릭 DNS보다 이 영역을 먼저 봅니다.")
      ]
    case .endpointName(let endpointId, _, let zonal):
      return [
        Phrase(
          english:
            "That is \(zonal ? "a zonal" : "the regional") DNS name of interface endpoint \(endpointId); public DNS answers it with the endpoint's private addresses, from anywhere.",
          korean:
            "인터페이스 엔드포인트 \(endpointId)의 \(zonal ? "영역별(zonal)" : "리전(regional)") DNS 이름입니다. 어디서 묻든 퍼블릭 DNS가 엔드포인트의 프라이빗 주소로 답합니다."
        )
      ]
    case .vpcInternal:
      return [Phrase(english: "That is an internal EC2 hostname of the VPC.", korean: "VPC 내부의 EC2 호스트 이름입니다.")]
    case .onPremises:
      return [Phrase(english: "That is a name of the on-premises network.", korean: "온프레미스 네트워크의 이름입니다.")]
    case .unknown:
      return []
    case .publicZone:
      return [
        Phrase(
          english:
            "That is a name of the public internet; the resolver answers it the same from anywhere, even on a host with no route to the internet.",
          korean: "퍼블릭 인터넷의 이름입니다. 인터넷으로 가는 경로가 없는 호스트에서도 리졸버는 어디서나 같은 답을 줍니다.")
      ]
    }
  }

  func explain(_ connection: Connection) -> [Phrase] {
    let target =
      connection.destinationName.map { "\($0) (\(connection.destination))" } ?? connection.destination.description
    let probes = connection.transport == .udpProbes || connection.transport == .icmpProbes
    let from = "\(connection.host) (\(connection.source))"
    var lines: [Phrase]
    switch connection.transport {
    case .tcp:
      // A connection that was dropped or refused was only tried: saying it was opened, then
      // that its packets were dropped, contradicts itself.
      if case .connected = connection.outcome {
        lines = [
          Phrase(
            english: "\(from) opened a TCP connection to \(target) port \(connection.port).",
            korean: "\(from)에서 \(target)의 \(connection.port)번 포트로 TCP 연결을 열었습니다.")
        ]
      } else {
        lines = [
          Phrase(
            english: "\(from) tried to open a TCP connection to \(target) port \(connection.port).",
            korean: "\(from)에서 \(target)의 \(connection.port)번 포트로 TCP 연결을 시도했습니다.")
        ]
      }
    case .udpProbes:
      lines = [
        Phrase(
          english: "\(from) sent traceroute's UDP probes to \(target), port \(connection.port) and up.",
          korean: "\(from)에서 \(target)에 traceroute의 UDP 프로브를 보냈습니다(\(connection.port)번 포트부터).")
      ]
    case .icmpProbes:
      lines = [
        Phrase(
          english: "\(from) sent traceroute's ICMP echo probes to \(target).",
          korean: "\(from)에서 \(target)에 traceroute의 ICMP 에코 프로브를 보냈습니다.")
      ]
    case .dnsQuery:
      lines = [
        Phrase(
          english:
            "\(from) sent a DNS query (UDP port 53) straight to the name server \(target), as dig +trace does: it asks each server on the way down from the root itself instead of asking the resolver.",
          korean:
            "\(from)에서 네임서버 \(target)에 DNS 질의(UDP 53번 포트)를 직접 보냈습니다. dig +trace는 리졸버에게 묻지 않고 루트부터 차례로 각 네임서버에 직접 묻습니다.")
      ]
    }
    switch connection.outcome {
    case .connected(let path, let contact):
      // The service's own hop says less than the line about the contact after it, which names
      // the way in as well; both would say the same thing twice.
      let hops = contact == nil ? path : path.filter { if case .service = $0 { false } else { true } }
      lines.append(contentsOf: hops.map(explain))
      if let contact {
        let via = explain(contact.via)
        lines.append(
          Phrase(
            english: "It reached \(contact.service.rawValue) in \(contact.region) \(via.english).",
            korean: "\(via.korean) \(contact.region) 리전의 \(contact.service.rawValue)에 도달했습니다."))
      }
      if connection.transport == .dnsQuery {
        lines.append(
          Phrase(english: "The query got there and the name server answered.", korean: "질의가 도달했고 네임서버가 답했습니다."))
      } else if !probes {
        lines.append(Phrase(english: "The connection was established.", korean: "연결이 맺어졌습니다."))
      } else if contact != nil {
        lines.append(
          Phrase(
            english: "The probes got there, but a service endpoint answers none of them: the trace ends in stars.",
            korean: "프로브는 도달했지만 서비스 엔드포인트는 어느 프로브에도 응답하지 않으므로, 추적 결과는 별표(*)로 끝납니다."))
      } else {
        lines.append(Phrase(english: "The probes got there.", korean: "프로브가 도달했습니다."))
      }
    case .dropped(let path, let reasons):
      lines.append(contentsOf: path.map(explain))
      lines.append(contentsOf: reasons.map(explanation(of:)))
      if connection.transport == .dnsQuery {
        lines.append(
          Phrase(
            english:
              "The query was dropped silently, so dig waits for its timeout. The VPC resolver still answers this host, because it sits inside the VPC and recurses on the host's behalf; the name servers of the internet are reachable only over a route to the internet.",
            korean:
              "질의가 아무 응답 없이 버려지므로 dig는 타임아웃까지 기다립니다. VPC 리졸버는 VPC 안에 있고 호스트 대신 재귀 질의를 하므로 이 호스트에도 여전히 답하지만, 인터넷의 네임서버에는 인터넷으로 가는 경로가 있어야 닿습니다."
          ))
        return lines
      }
      lines.append(
        probes
          ? Phrase(
            english: "The probes were dropped silently, so traceroute shows stars from there on.",
            korean: "프로브가 아무 응답 없이 버려지므로, traceroute는 그 지점부터 별표(*)를 보여 줍니다.")
          : Phrase(
            english: "The packets were dropped silently, so the client waits until its connect timeout.",
            korean: "패킷이 아무 응답 없이 버려지므로, 클라이언트는 연결 타임아웃이 될 때까지 기다립니다."))
    case .refused(let path, let reason):
      lines.append(contentsOf: path.map(explain))
      // The reason is English prose from the listeners; Korean says what it means from the connection.
      lines.append(
        Phrase(
          english: "The connection was refused: \(reason).",
          korean: "연결이 거부되었습니다. \(connection.destination)의 TCP \(connection.port)번 포트에서 기다리는 서버가 없습니다."))
    }
    return lines
  }

  private func explain(_ via: ServicePath) -> Phrase {
    switch via {
    case .internet(let igw):
      igw.map {
        Phrase(english: "over the internet, through internet gateway \($0)", korean: "인터넷 게이트웨이 \($0)을(를) 거쳐 인터넷으로")
      } ?? Phrase(english: "over the internet", korean: "인터넷을 거쳐")
    case .natGateway(let nat):
      Phrase(english: "over the internet, through NAT gateway \(nat)", korean: "NAT 게이트웨이 \(nat)을(를) 거쳐 인터넷으로")
    case .gatewayEndpoint(let id):
      Phrase(
        english: "through gateway endpoint \(id), without leaving the AWS network",
        korean: "게이트웨이 엔드포인트 \(id)을(를) 거쳐, AWS 네트워크를 벗어나지 않고")
    case .interfaceEndpoint(let id):
      Phrase(
        english: "through interface endpoint \(id), by a private address in the VPC",
        korean: "인터페이스 엔드포인트 \(id)을(를) 거쳐, VPC 안의 프라이빗 주소로")
    }
  }

  private func explain(_ hop: Hop) -> Phrase {
    switch hop {
    case .routeTable(let id, let matched, let target):
      return Phrase(
        english: "Route table \(id): the most specific matching route is \(matched) → \(target).",
        korean: "라우팅 테이블 \(id): 일치하는 라우팅 중 가장 구체적인 것은 \(matched) → \(target)입니다.")
    case .securityGroup(let id, let direction):
      let directionKorean = ["inbound": "인바운드", "outbound": "아웃바운드"][direction] ?? direction
      return Phrase(
        english: "Security group \(id) allows it \(direction).",
        korean: "보안 그룹 \(id)의 \(directionKorean) 규칙이 허용합니다.")
    case .internetGateway(let id):
      return Phrase(
        english: "It leaves the VPC through internet gateway \(id).", korean: "인터넷 게이트웨이 \(id)을(를) 거쳐 VPC 밖으로 나갑니다.")
    case .natGateway(let id):
      return Phrase(
        english: "NAT gateway \(id) translates it to its public address.",
        korean: "NAT 게이트웨이 \(id)에서 NAT 게이트웨이의 퍼블릭 주소로 변환됩니다.")
    case .gatewayEndpoint(let id):
      return Phrase(
        english: "Gateway endpoint \(id) carries it to the service.", korean: "게이트웨이 엔드포인트 \(id)을(를) 통해 서비스로 전달됩니다.")
    case .interfaceEndpoint(let id, let interface):
      return Phrase(
        english: "It arrives at network interface \(interface) of interface endpoint \(id).",
        korean: "인터페이스 엔드포인트 \(id)의 네트워크 인터페이스 \(interface)에 도착합니다.")
    case .link(let link, let gateway):
      return Phrase(
        english: "It crosses the \(link.displayName) to virtual private gateway \(gateway).",
        korean: "\(link.displayName) 연결을 건너 가상 프라이빗 게이트웨이 \(gateway)에 도착합니다.")
    case .service(let service, let region):
      return Phrase(
        english: "It reaches \(service.rawValue) in \(region).", korean: "\(region) 리전의 \(service.rawValue)에 도달합니다.")
    case .networkInterface(let id):
      return Phrase(english: "It arrives at network interface \(id).", korean: "네트워크 인터페이스 \(id)에 도착합니다.")
    }
  }

  /// Why a connection was dropped, in plain English.
  func explain(_ reason: DropReason) -> String {
    explanation(of: reason).english
  }

  /// Why a connection was dropped, in every language.
  func explanation(of reason: DropReason) -> Phrase {
    switch reason {
    case .noRoute(let table, let destination):
      var english = "Route table \(table) has no route that matches \(destination)"
      var korean = "라우팅 테이블 \(table)에는 \(destination)"
      if let service = RegionCatalog.publicService(at: destination) {
        english += " (a public address of \(service.service.rawValue) in \(service.region))"
        korean += "(\(service.region) 리전 \(service.service.rawValue)의 퍼블릭 주소)"
      }
      return Phrase(
        english: english + ": there is no internet gateway or NAT route, and no endpoint route covers it.",
        korean: korean + "에 맞는 라우팅이 없습니다. 인터넷 게이트웨이나 NAT로 가는 라우팅도, 이 주소를 다루는 엔드포인트 라우팅도 없습니다.")
    case .gatewayEndpointOtherRegion(let id, let endpointRegion, let destinationRegion):
      return Phrase(
        english:
          "Gateway endpoint \(id) on that table serves \(endpointRegion) only; \(destinationRegion) is another Region, and gateway endpoints never reach other Regions.",
        korean:
          "그 라우팅 테이블의 게이트웨이 엔드포인트 \(id)은(는) \(endpointRegion) 리전 전용입니다. \(destinationRegion) 리전은 다른 리전이고, 게이트웨이 엔드포인트로는 다른 리전에 갈 수 없습니다."
      )
    case .gatewayEndpointNotTransitive(let id, let from):
      return Phrase(
        english:
          "Gateway endpoint \(id) can't be used from \(from): gateway endpoints carry only traffic that starts inside their VPC.",
        korean:
          "\(from == "on-premises" ? "온프레미스" : from)에서는 게이트웨이 엔드포인트 \(id)을(를) 쓸 수 없습니다. 게이트웨이 엔드포인트는 자기 VPC 안에서 시작된 트래픽만 전달합니다(전이적 라우팅은 지원되지 않습니다)."
      )
    case .noPublicAddress(let instance, let igw):
      return Phrase(
        english:
          "The route points at internet gateway \(igw), but instance \(instance) has no public IP address, so the gateway can't translate its traffic.",
        korean: "라우팅은 인터넷 게이트웨이 \(igw)을(를) 가리키지만, 인스턴스 \(instance)에 퍼블릭 IP 주소가 없어서 게이트웨이가 트래픽의 주소를 변환할 수 없습니다."
      )
    case .securityGroup(let groups, let port, let source):
      return Phrase(
        english:
          "Security group\(groups.count == 1 ? "" : "s") \(groups.joined(separator: ", ")) on the destination allow\(groups.count == 1 ? "s" : "") nothing on TCP \(port) from \(source).",
        korean: "대상의 보안 그룹 \(groups.joined(separator: ", "))에 \(source)에서 오는 TCP \(port) 트래픽을 허용하는 인바운드 규칙이 없습니다.")
    case .notTransitive(let link, let destination):
      return Phrase(
        english:
          "Traffic that arrives over the \(link.displayName) may only reach addresses inside the VPC; \(destination) is outside it, and the VPC does not pass it on to its internet gateway or endpoints.",
        korean:
          "\(link.displayName) 연결로 들어온 트래픽은 VPC 안의 주소에만 갈 수 있습니다. \(destination) 주소는 VPC 밖에 있고, VPC는 이 트래픽을 인터넷 게이트웨이나 엔드포인트로 넘겨주지 않습니다."
      )
    case .onPremisesNoRoute(let destination):
      return Phrase(
        english:
          "The on-premises network has no route to \(destination): its only way to AWS is the link to the VPC, which carries the VPC's own addresses.",
        korean: "온프레미스 네트워크에는 \(destination)에 가는 라우팅이 없습니다. AWS로 가는 길은 VPC와 연결된 링크뿐이고, 그 링크는 VPC 자신의 주소만 전달합니다."
      )
    case .noListener(let destination):
      return Phrase(
        english: "Nothing in the simulated network has the address \(destination).",
        korean: "시뮬레이션된 네트워크에는 \(destination) 주소를 가진 것이 없습니다.")
    case .privateFromInternet(let destination):
      return Phrase(
        english: "\(destination) is a private address; it can't be reached over the internet.",
        korean: "\(destination) 주소는 프라이빗 주소라서 인터넷을 거쳐서는 닿을 수 없습니다.")
    case .endpointPending(let id):
      return Phrase(
        english: "Interface endpoint \(id) is still pending; it accepts connections once it is available.",
        korean: "인터페이스 엔드포인트 \(id)은(는) 아직 pending 상태입니다. available 상태가 되어야 연결을 받습니다.")
    case .blackhole(let table, let target):
      return Phrase(
        english: "Route table \(table) sends it to \(target), which no longer exists (a blackhole route).",
        korean: "라우팅 테이블 \(table)의 라우팅이 가리키는 대상(\(target))이 더 이상 존재하지 않습니다(블랙홀 라우팅).")
    case .servicePortClosed(let service, let region, let port):
      return Phrase(
        english:
          "The path reaches \(service.rawValue) in \(region), but its endpoint accepts only TCP 443 (HTTPS) and 80 (HTTP); nothing answers on port \(port).",
        korean:
          "경로는 \(region) 리전의 \(service.rawValue)까지 닿지만, 서비스 엔드포인트는 TCP 443(HTTPS)과 80(HTTP)만 받습니다. \(port)번 포트에서는 아무것도 응답하지 않습니다."
      )
    }
  }

  func explain(_ call: APICall) -> [Phrase] {
    let via = explain(call.via)
    let outcome = call.errorCode.map { "failed with \($0)" } ?? "succeeded"
    let outcomeKorean = call.errorCode.map { "\($0) 오류로 실패했습니다" } ?? "성공했습니다"
    var lines = [
      Phrase(
        english: "\(call.host) called \(call.service.rawValue) \(call.operation) \(via.english); it \(outcome).",
        korean:
          "\(call.host) 호스트가 \(via.korean) \(call.service.rawValue) \(call.operation) API를 호출했고, \(outcomeKorean).")
    ]
    if let note = otherRegionNote(call) { lines.append(note) }
    return lines
  }

  /// EC2 resources are regional: a call to another Region's endpoint sees none of the lab's, which
  /// is worth saying when a learner's `--region` (or environment) points elsewhere.
  private func otherRegionNote(_ call: APICall) -> Phrase? {
    guard call.service == .ec2, let host = call.parameters.first(where: { $0.name == "endpoint" })?.value,
      let target = publicServiceName(host), target.region != region
    else { return nil }
    return Phrase(
      english:
        "The call went to \(host), EC2 in \(target.region); EC2 resources are regional and the lab's are in \(region), so \(target.region) shows none of them.",
      korean:
        "호출은 \(target.region) 리전의 EC2인 \(host)(으)로 갔습니다. EC2 리소스는 리전별이고 실습 리소스는 \(region)에 있으므로 \(target.region)에서는 하나도 보이지 않습니다."
    )
  }
}
