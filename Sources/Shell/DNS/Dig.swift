import Cloud

/// bind 9.18's `dig`: `dig [@SERVER] [-p PORT] [-t TYPE] NAME [TYPE] [+options]`.
enum Dig {
  static let version = "9.18.49-1~deb12u3-Debian"

  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    let options: DigOptions
    switch DigOptions.parse(invocation.arguments) {
    case .failure(let error): return .failure(error.text, status: 1)
    case .success(let parsed): options = parsed
    }
    var events: [Event] = []
    let server: DNSServer
    switch DNSServer.choose(options.server, port: options.port, tool: invocation.name, state: &state, events: &events) {
    case .failure(let failure):
      return CommandResult(stderr: options.warnings + failure.message(tool: "dig"), status: 1, events: events)
    case .success(let chosen): server = chosen
    }

    var banner = ""
    if options.cmd && !options.short {
      banner += "\n; <<>> DiG \(version) <<>> \(invocation.arguments.joined(separator: " "))\n"
      if options.server != nil {
        banner += "; (\(server.found) server\(server.found == 1 ? "" : "s") found)\n"
      }
      banner += ";; global options: +cmd\n"
    }
    // With no name dig asks for the root's name servers.
    let lookups = options.lookups.isEmpty ? [DigOptions.Lookup(name: ".", type: "NS")] : options.lookups
    let timeouts = options.timeouts(state)
    if options.trace {
      return DigTrace.run(
        lookups[0], options: options, timeouts: timeouts, server: server, banner: banner, tool: invocation.name,
        state: &state, events: &events)
    }
    var out = ""
    var bannerPrinted = false
    for lookup in lookups {
      let type = lookup.type ?? options.defaultType ?? "A"
      let id = UInt16(state.world.random.below(65536))
      // Only `+search` applies the host's search list; plain dig asks the name as typed.
      let (exchange, _) = DNSExchange.sendSearching(
        lookup.name, type: type, list: options.search ? SearchList.of(state) : SearchList(), server: server,
        tries: timeouts.tries, tryMilliseconds: timeouts.milliseconds, tool: invocation.name, state: &state,
        events: &events)
      let response: DNSResponse
      if let answered = exchange.response {
        response = lookup.name == "." && type == "NS" ? RootZone.nameServers(query: answered) : answered
      } else {
        // dig reports the failed tries first; the command banner follows, then the verdict.
        out += String(
          repeating: ";; communications error to \(server.addressAndPort): timed out\n",
          count: timeouts.tries)
        if !bannerPrinted { out += banner }
        out += ";; no servers could be reached\n"
        return CommandResult(stdout: out, stderr: options.warnings, status: 9, events: events)
      }
      if !bannerPrinted {
        out += banner
        bannerPrinted = true
      }
      // bind 9 sends ANY questions over TCP (RFC 8482 answers to ANY over UDP are minimal).
      var shown = options
      if type == "ANY" { shown.tcp = true }
      out += render(response, id: id, exchange: exchange, server: server, options: shown, now: state.world.clock)
    }
    return CommandResult(stdout: out, stderr: options.warnings, events: events)
  }

  /// One response in dig's layout, honouring the print switches.
  static func render(
    _ response: DNSResponse, id: UInt16, exchange: DNSExchange, server: DNSServer, options: DigOptions, now: SimClock
  ) -> String {
    if options.short {
      return response.answers.map { $0.data.text + "\n" }.joined()
    }
    var out = ""
    if options.comments {
      out += ";; Got answer:\n"
      out += ";; ->>HEADER<<- opcode: QUERY, status: \(response.status.rawValue), id: \(id)\n"
      out += ";; flags: qr rd ra; QUERY: 1, ANSWER: \(response.answers.count), "
      out += "AUTHORITY: \(response.authority.count), ADDITIONAL: 1\n\n"
      out += ";; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: 1232\n"
    }
    if options.question {
      if options.comments { out += ";; QUESTION SECTION:\n" }
      out += BindColumns.question(name: response.questionName, type: response.questionType) + "\n"
      if options.comments { out += "\n" }
    }
    for (title, records, shown) in [
      ("ANSWER", response.answers, options.answer), ("AUTHORITY", response.authority, options.authority),
    ] where shown && !records.isEmpty {
      if options.comments { out += ";; \(title) SECTION:\n" }
      for record in records {
        out +=
          BindColumns.record(owner: record.owner, ttl: record.ttl, type: record.type, data: record.data.text) + "\n"
      }
      if options.comments { out += "\n" }
    }
    if options.stats {
      out += ";; Query time: \(exchange.milliseconds) msec\n"
      out += ";; SERVER: \(server.addressAndPort)(\(server.label)) (\(options.tcp ? "TCP" : "UDP"))\n"
      out += ";; WHEN: \(whenText(now))\n"
      out += ";; MSG SIZE  rcvd: \(response.wireSize)\n\n"
    }
    return out
  }

  /// `Tue Apr 13 04:43:47 UTC 2021`: C's `%a %b %d %H:%M:%S %Z %Y`, in UTC as on EC2.
  static func whenText(_ clock: SimClock) -> String {
    let date = clock.components
    let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(days[date.weekday]) \(months[date.month - 1]) \(two(date.day)) "
      + "\(two(date.hour)):\(two(date.minute)):\(two(date.second)) UTC \(date.year)"
  }
}

/// The root zone's name servers, which every recursive resolver knows: what `dig` with no name
/// shows. The Cloud model does not hold the root zone, so the answer is supplied here.
enum RootZone {
  static func nameServers(query: DNSResponse) -> DNSResponse {
    let servers = "abcdefghijklm".map { DNSRecord(owner: ".", ttl: 518_400, data: .ns("\($0).root-servers.net.")) }
    return DNSResponse(questionName: ".", questionType: "NS", status: .noError, answers: servers, authority: [])
  }
}
