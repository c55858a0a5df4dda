import Cloud

/// `dig +trace`: the root's name servers from the host's resolver, then one question to a server
/// of each zone on the way down, each answer printed as bind 9.18 prints it (captures/dig-trace,
/// scripts/capture/dig-trace.sh).
///
/// Only the first question goes to the resolver. Every other one is a datagram from the host to a
/// name server on the internet, so from a subnet without a route there it is dropped and dig times
/// out, although the resolver, inside the VPC, answers the same names.
enum DigTrace {
  /// How deep the walk goes before dig would give up on a referral loop; the simulated tree has
  /// three levels below the root.
  static let maximumDepth = 8

  static func run(
    _ lookup: DigOptions.Lookup, options: DigOptions, timeouts: (tries: Int, milliseconds: Int64),
    server: DNSServer, banner: String, tool: String, state: inout ShellState, events: inout [Event]
  ) -> CommandResult {
    let type = lookup.type ?? options.defaultType ?? "A"
    let name = DNSNames.absolute(lookup.name)
    var out = ""
    let (tries, tryMilliseconds) = timeouts
    let root = DNSExchange.send(
      name: ".", type: "NS", server: server, tries: tries, tryMilliseconds: tryMilliseconds, tool: tool,
      state: &state, events: &events)
    guard root.response != nil else {
      out += DNSExchange.timeoutLines(server: server, tries: tries)
      out += banner + ";; no servers could be reached\n"
      return CommandResult(stdout: out, stderr: options.warnings, status: 9, events: events)
    }
    out += banner
    let rootRecords = World.rootServers.servers.map {
      DNSRecord(owner: ".", ttl: World.rootServers.ttl, data: .ns($0.name))
    }
    out += section(
      rootRecords, .resolver, from: server.address.description, label: server.label, in: root.milliseconds,
      size: DNSWireSize.message(question: ".", records: rootRecords, withOPT: true), options: options)

    var zone = ""
    var servers = World.rootServers.servers
    for _ in 0..<maximumDepth {
      // dig shuffles a referral's servers and asks them in that order until one answers: every try
      // goes to the first, then one to each of the others (captures/dig-trace,
      // trace-internet-dropped-*).
      var answered: (NameServer, AuthoritativeAnswer)?
      for (index, candidate) in state.world.random.shuffled(servers).enumerated() {
        // Unnamed, so that `why` tells the drops to thirteen root servers as one story, retried.
        let query = state.world.nameServerQuery(from: state.hostName, to: candidate.address, name: nil)
        events.append(.connection(query))
        guard query.connected else {
          let attempts = index == 0 ? max(tries, 1) : 1
          state.world.clock.advance(milliseconds: Int64(attempts) * tryMilliseconds)
          out += String(repeating: ";; communications error to \(candidate.address)#53: timed out\n", count: attempts)
          continue
        }
        state.world.clock.advance(milliseconds: DNSTiming.queryMilliseconds(.internet))
        answered = (candidate, state.world.askAuthoritative(name, type: type, zone: zone))
        break
      }
      guard let (asked, answer) = answered else {
        out += ";; no servers could be reached\n"
        return CommandResult(stdout: out, stderr: options.warnings, status: 9, events: events)
      }
      let milliseconds = DNSTiming.queryMilliseconds(.internet)
      switch answer {
      case .referral(let child, let glue):
        let owner = DNSNames.absolute(child.zone)
        let records = child.servers.map { DNSRecord(owner: owner, ttl: child.ttl, data: .ns($0.name)) }
        let additional = glue.map { DNSRecord(owner: $0.name, ttl: child.ttl, data: .a($0.address)) }
        out += section(
          records, .referral, from: asked.address.description, label: DNSNames.relative(asked.name),
          in: milliseconds, size: DNSWireSize.message(question: name, records: records + additional, withOPT: true),
          options: options)
        zone = child.zone
        servers = child.servers
      case .answer(let outcome, let source, let answeringZone):
        let records = finalRecords(
          name: name, type: type, outcome: outcome, source: source, zone: answeringZone, now: state.world.now)
        out += section(
          records, .answer, from: asked.address.description, label: DNSNames.relative(asked.name),
          in: milliseconds, size: DNSWireSize.message(question: name, records: records, withOPT: true),
          options: options)
        return CommandResult(stdout: out, stderr: options.warnings, events: events)
      }
    }
    return CommandResult(stdout: out, stderr: options.warnings, events: events)
  }

  /// What the zone's own server sends: the addresses, or its SOA for no data and no such name.
  static func finalRecords(
    name: String, type: String, outcome: DNSOutcome, source: DNSSource?, zone: String, now: Int64
  ) -> [DNSRecord] {
    switch outcome {
    case .answered(let addresses):
      let ttl = DNSRecordPolicy.answerTTL(for: source)
      return addresses.map { DNSRecord(owner: name, ttl: ttl, data: .a($0)) }
    case .pointers(let names):
      let ttl = DNSRecordPolicy.answerTTL(for: source)
      return names.map { DNSRecord(owner: name, ttl: ttl, data: .ptr(DNSNames.absolute($0))) }
    case .noData, .nxdomain, .noResponse:
      return [DNSRecordPolicy.zoneSOA(zone: zone, now: now)]
    }
  }

  /// Which step of the walk a response is.
  enum Step {
    /// The root's servers, from the host's resolver.
    case resolver
    /// A referral to the zone below.
    case referral
    /// The zone's own answer, which ends the walk.
    case answer
  }

  /// One server's answer as +trace prints it: the records, then which server sent them (`label`:
  /// the server as typed for the resolver, the name server's name, without its final dot, after).
  static func section(
    _ records: [DNSRecord], _ step: Step, from address: String, label: String, in milliseconds: Int64, size: Int,
    options: DigOptions
  ) -> String {
    if options.short {
      // +short shows the resolver's root list and the last answer, each line saying who sent it.
      if step == .referral { return "" }
      return records.map { "\($0.type) \($0.data.text) from server \(address) in \(milliseconds) ms.\n" }.joined()
    }
    var out = ""
    for record in records {
      out += BindColumns.record(owner: record.owner, ttl: record.ttl, type: record.type, data: record.data.text) + "\n"
    }
    out += ";; Received \(size) bytes from \(address)#53(\(label)) in \(milliseconds) ms\n\n"
    return out
  }
}
