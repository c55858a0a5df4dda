import Cloud
import TextLayout

extension Check {
  /// True when this check holds: an observation among `events`, the world's state now, or an answer given.
  ///
  /// `choiceOrder` is the order a multiple-choice question's choices were shown in (nil: the file's).
  public func holds(events: [Event], world: World, answers: [String], choiceOrder: [Int]? = nil) -> Bool {
    switch self {
    case .lookup(let check): events.contains { check.matches($0) }
    case .connection(let check): events.contains { check.matches($0) }
    case .call(let check): events.contains { check.matches($0) }
    case .endpoint(let check): check.holds(in: world)
    case .securityGroup(let check): check.holds(in: world)
    case .answer(let check): answers.contains { check.accepts($0, order: choiceOrder) }
    }
  }

  /// True when one event is an observation this check describes (for feedback on a command).
  public func matches(_ event: Event) -> Bool {
    switch self {
    case .lookup(let check): check.matches(event)
    case .connection(let check): check.matches(event)
    case .call(let check): check.matches(event)
    case .endpoint, .securityGroup, .answer: false
    }
  }
}

/// Whether `a` and `b` are the same but for case, as comparing their `lowercased()` says: at
/// their bytes when both are ASCII (whose lowercasing is ASCII's), since checks compare host and
/// operation names for every event of every line.
func sameIgnoringCase(_ a: String, _ b: String) -> Bool {
  let compared: Bool?? = a.utf8.withContiguousStorageIfAvailable { x in
    b.utf8.withContiguousStorageIfAvailable { y -> Bool? in
      guard ASCIIText.holds(x), ASCIIText.holds(y) else { return nil }
      guard x.count == y.count else { return false }
      for index in 0..<x.count where ASCIIText.lowercased(x[index]) != ASCIIText.lowercased(y[index]) {
        return false
      }
      return true
    } ?? nil
  }
  if let answer = compared.flatMap({ $0 }) { return answer }
  return a.lowercased() == b.lowercased()
}

/// `*` matches any run of characters, case-insensitively: IAM's matcher, which checks share.
func wildcard(_ pattern: String, matches text: String) -> Bool {
  WildcardPattern(pattern, caseSensitive: false).matches(text)
}

extension LookupCheck {
  func matches(_ event: Event) -> Bool {
    guard case .dnsLookup(let lookup) = event else { return false }
    if let host, !sameIgnoringCase(host, lookup.host) { return false }
    if let name, !wildcard(name.hasSuffix(".") ? String(name.dropLast()) : name, matches: lookup.name) { return false }
    if let answer, !answer.describes(lookup) { return false }
    if let source, lookup.source.flatMap(Source.init) != source { return false }
    if !(by ?? .dnsTool).admits(lookup.askedBy) { return false }
    return true
  }
}

extension LookupCheck.Asker {
  /// True when a lookup asked by `asker` counts.
  func admits(_ asker: DNSAsker) -> Bool {
    switch self {
    case .dnsTool: asker.isDNSTool
    case .client: !asker.isDNSTool
    case .any: true
    }
  }
}

extension LookupCheck.Answer {
  /// True when the lookup answered this way.
  func describes(_ lookup: DNSLookup) -> Bool {
    switch self {
    case .privateAddresses: lookup.answeredPrivate
    case .publicAddresses: lookup.answeredPublic
    case .nxdomain: lookup.outcome == .nxdomain
    case .noResponse: lookup.outcome == .noResponse
    }
  }
}

extension ConnectionCheck {
  func matches(_ event: Event) -> Bool {
    guard case .connection(let connection) = event else { return false }
    if let host, !sameIgnoringCase(host, connection.host) { return false }
    if let to {
      let byName = connection.destinationName.map { wildcard(to, matches: $0) } ?? false
      if !byName && !wildcard(to, matches: connection.destination.description) { return false }
    }
    if let port, port != connection.port { return false }
    if let outcome, Outcome(connection.outcome) != outcome { return false }
    if let via, connection.reached.map({ PathKind($0.via) }) != via { return false }
    if let reason {
      guard case .dropped(_, let reasons) = connection.outcome,
        reasons.contains(where: { DropReasonKind($0) == reason })
      else {
        return false
      }
    }
    return true
  }
}

extension CallCheck {
  func matches(_ event: Event) -> Bool {
    guard case .apiCall(let call) = event else { return false }
    if let host, !sameIgnoringCase(host, call.host) { return false }
    if let service, Service(call.service) != service { return false }
    if let operation, !sameIgnoringCase(operation, call.operation) { return false }
    if let bucket, call.parameter("Bucket") != bucket { return false }
    if let error {
      if call.errorCode != error { return false }
    } else if let outcome {
      switch outcome {
      case .success: if !call.succeeded { return false }
      case .error: if call.succeeded { return false }
      }
    }
    if let via, PathKind(call.via) != via { return false }
    return true
  }
}

extension EndpointCheck {
  func holds(in world: World) -> Bool {
    let found = world.liveEndpoints.contains { endpoint in
      if let type, EndpointKind(endpoint.type) != type { return false }
      if let service, endpoint.service != service { return false }
      for name in routeTables {
        let table =
          name == "main"
          ? world.routeTables.first(where: \.isMain) : world.routeTables.first(where: { $0.name == name })
        guard let table, endpoint.routeTableIds.contains(table.id) else {
          return false
        }
      }
      for name in subnets {
        guard let subnet = world.subnets.first(where: { $0.name == name }), endpoint.subnetIds.contains(subnet.id)
        else {
          return false
        }
      }
      if let privateDns, endpoint.privateDnsEnabled != privateDns { return false }
      if let state, State(endpoint.state(at: world.now)) != state { return false }
      return true
    }
    return exists ? found : !found
  }
}

extension SecurityGroupCheck {
  /// The security group IDs this check is about.
  func groupIds(in world: World) -> [String] {
    if group.hasPrefix("endpoint:") {
      let service = String(group.dropFirst("endpoint:".count))
      return world.liveEndpoints.filter { $0.type == .interface && $0.service.rawValue == service }.flatMap(
        \.securityGroupIds)
    }
    return world.securityGroups.filter { $0.name == group || $0.id == group }.map(\.id)
  }

  func holds(in world: World) -> Bool {
    groupIds(in: world).compactMap { world.securityGroup($0) }.contains { group in
      group.ingress.contains { rule in rule.coversTCP(port: port) && rule.cidrs.contains { $0.contains(source) } }
    }
  }
}
