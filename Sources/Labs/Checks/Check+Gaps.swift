import Cloud

/// One thing `check` says about an unmet check: what the learner's world has against what the step
/// needs, as a catalogue message and its values (so it is said in the lab's language).
public struct CheckGap: Sendable, Equatable {
  public let message: LabMessage
  public let values: [String: String]

  public init(_ message: LabMessage, _ values: [String: String] = [:]) {
    self.message = message
    self.values = values
  }
}

extension Check {
  /// What stands between the world (and the step's latest observations, `lastSeen`) and this
  /// check, in learner terms: which route table, subnet, port, host or name. Never the command.
  public func gaps(in world: World, lastSeen: [Event]) -> [CheckGap] {
    switch self {
    case .endpoint(let check): return check.gaps(in: world)
    case .securityGroup(let check): return check.gaps(in: world)
    case .lookup(let check):
      guard case .dnsLookup(let lookup)? = lastSeen.last(where: { if case .dnsLookup = $0 { true } else { false } })
      else { return [CheckGap(.checkNoLookup)] }
      var gaps: [CheckGap] = []
      if let host = check.host, !sameIgnoringCase(host, lookup.host) {
        gaps.append(CheckGap(.checkLookupHost, ["has": lookup.host, "needs": host]))
      }
      if let name = check.name,
        !wildcard(name.hasSuffix(".") ? String(name.dropLast()) : name, matches: lookup.name)
      {
        gaps.append(CheckGap(.checkLookupName, ["has": lookup.name, "needs": name]))
      }
      return gaps
    case .connection(let check):
      guard
        case .connection(let connection)? = lastSeen.last(where: { if case .connection = $0 { true } else { false } })
      else { return [CheckGap(.checkNoConnection)] }
      var gaps: [CheckGap] = []
      if let host = check.host, !sameIgnoringCase(host, connection.host) {
        gaps.append(CheckGap(.checkConnectionHost, ["has": connection.host, "needs": host]))
      }
      if let to = check.to, !(connection.destinationName.map { wildcard(to, matches: $0) } ?? false),
        !wildcard(to, matches: connection.destination.description)
      {
        let has = connection.destinationName ?? connection.destination.description
        gaps.append(CheckGap(.checkConnectionTo, ["has": has, "needs": to]))
      }
      if let port = check.port, port != connection.port {
        gaps.append(CheckGap(.checkConnectionPort, ["has": "\(connection.port)", "needs": "\(port)"]))
      }
      return gaps
    case .call(let check):
      guard case .apiCall(let call)? = lastSeen.last(where: { if case .apiCall = $0 { true } else { false } })
      else { return [CheckGap(.checkNoCall)] }
      var gaps: [CheckGap] = []
      if let host = check.host, !sameIgnoringCase(host, call.host) {
        gaps.append(CheckGap(.checkCallHost, ["has": call.host, "needs": host]))
      }
      if let operation = check.operation, !sameIgnoringCase(operation, call.operation) {
        gaps.append(CheckGap(.checkCallOperation, ["has": call.operation, "needs": operation]))
      }
      if let bucket = check.bucket, call.parameter("Bucket") != bucket {
        gaps.append(CheckGap(.checkCallBucket, ["has": call.parameter("Bucket") ?? "-", "needs": bucket]))
      }
      return gaps
    case .answer: return []
    }
  }
}

extension EndpointCheck {
  func gaps(in world: World) -> [CheckGap] {
    let candidates = world.liveEndpoints.filter { endpoint in
      (type.map { EndpointKind(endpoint.type) == $0 } ?? true) && (service.map { endpoint.service == $0 } ?? true)
    }
    let typeName = type?.rawValue ?? "VPC"
    let serviceName = service?.rawValue ?? "the service"
    guard exists else {
      return candidates.filter { holdsIgnoringExistence($0, in: world) }.map {
        CheckGap(.checkEndpointUnwanted, ["id": $0.id, "type": $0.type.rawValue, "service": $0.service.rawValue])
      }
    }
    // The one nearest to what the step needs speaks for all: the newest, as the learner made it last.
    guard let endpoint = candidates.last else {
      return [CheckGap(.checkEndpointMissing, ["type": typeName, "service": serviceName])]
    }
    var gaps: [CheckGap] = []
    let base = ["id": endpoint.id, "service": endpoint.service.rawValue]
    let tableNames = endpoint.routeTableIds.compactMap { id in world.routeTable(id).map { $0.isMain ? "main" : $0.name }
    }
    let missingTables = routeTables.filter { !tableNames.contains($0) }
    if !missingTables.isEmpty {
      gaps.append(
        CheckGap(
          tableNames.isEmpty ? .checkEndpointNoTables : .checkEndpointTables,
          base.merging(["has": tableNames.joined(separator: ", "), "needs": missingTables.joined(separator: ", ")]) {
            $1
          }))
    }
    let subnetNames = endpoint.subnetIds.compactMap { id in world.subnets.first { $0.id == id }?.name }
    let missingSubnets = subnets.filter { !subnetNames.contains($0) }
    if !missingSubnets.isEmpty {
      gaps.append(
        CheckGap(
          .checkEndpointSubnets,
          base.merging(["has": subnetNames.joined(separator: ", "), "needs": missingSubnets.joined(separator: ", ")]) {
            $1
          }))
    }
    if let privateDns, endpoint.privateDnsEnabled != privateDns {
      gaps.append(CheckGap(privateDns ? .checkEndpointDnsOff : .checkEndpointDnsOn, base))
    }
    if let state, State(endpoint.state(at: world.now)) != state, state == .available {
      gaps.append(CheckGap(.checkEndpointPending, base))
    }
    return gaps
  }

  private func holdsIgnoringExistence(_ endpoint: VPCEndpoint, in world: World) -> Bool {
    var probe = self
    probe.exists = true
    var alone = world
    alone.endpoints = [endpoint]
    return probe.holds(in: alone)
  }
}

extension SecurityGroupCheck {
  func gaps(in world: World) -> [CheckGap] {
    let groups = groupIds(in: world).compactMap { world.securityGroup($0) }
    guard !groups.isEmpty else { return [CheckGap(.checkGroupMissing, ["group": group])] }
    return groups.map { found in
      let admitted = found.ingress.filter { $0.coversTCP(port: port) }.flatMap(\.cidrs).map(\.description)
      let values = ["group": found.name, "port": "\(port)", "source": source.description]
      return admitted.isEmpty
        ? CheckGap(.checkGroupNothing, values)
        : CheckGap(.checkGroupOthers, values.merging(["has": admitted.joined(separator: ", ")]) { $1 })
    }
  }
}
