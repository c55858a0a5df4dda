import Cloud

/// bind 9.18's `host [-options] NAME [SERVER]`.
///
/// Without `-t` it asks for A, AAAA and MX, printing a line per record found and nothing for
/// types the name lacks; with `-t TYPE` a missing type prints `NAME has no TYPE record`.
enum HostCommand {
  static let usage = """
    Usage: host [-aCdilrTvVw] [-c class] [-N ndots] [-t type] [-W time]
                [-R number] [-m flag] [-p port] hostname [server]
           -a is equivalent to -v -t ANY
           -A is like -a but omits RRSIG, NSEC, NSEC3
           -c specifies query class for non-IN data
           -C compares SOA records on authoritative nameservers
           -d is equivalent to -v
           -l lists all hosts in a domain, using AXFR
           -m set memory debugging flag (trace|record|usage)
           -N changes the number of dots allowed before root lookup is done
           -p specifies the port on the server to query
           -r disables recursive processing
           -R specifies number of retries for UDP packets
           -s a SERVFAIL response should stop query
           -t specifies the query type
           -T enables TCP/IP mode
           -U enables UDP mode
           -v enables verbose output
           -V print version number and exit
           -w specifies to wait forever for a reply
           -W specifies how long to wait for a reply
           -4 use IPv4 query transport only
           -6 use IPv6 query transport only

    """

  /// Options without an argument (accepted; they do not change the simulated output).
  static let flags: Set<Character> = ["a", "A", "C", "d", "i", "l", "r", "s", "T", "U", "v", "w", "4", "6"]
  /// Options that take an argument.
  static let valued: Set<Character> = ["c", "N", "t", "W", "R", "m", "p", "y"]

  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    var type: String?
    var verbose = false
    var port = 53
    var retries = 1
    var waitSeconds: Int?
    var arguments = invocation.arguments[...]
    // Options come first, getopt style: letters may be bundled, a value may follow or be attached.
    while let argument = arguments.first, argument.hasPrefix("-"), argument.count > 1 {
      arguments.removeFirst()
      var letters = argument.dropFirst()
      while let letter = letters.first {
        letters.removeFirst()
        if flags.contains(letter) {
          if "vda".contains(letter) { verbose = true }
          if letter == "a" { type = type ?? "ANY" }
          continue
        }
        guard valued.contains(letter) else {
          return .failure("host: illegal option -- \(letter)\n" + usage, status: 1)
        }
        let value: String
        if !letters.isEmpty {
          value = String(letters)
          letters = ""
        } else if let next = arguments.first {
          value = next
          arguments.removeFirst()
        } else {
          return .failure("host: option requires an argument -- \(letter)\n" + usage, status: 1)
        }
        switch letter {
        case "t":
          guard let known = DNSTypes.type(value) else { return .failure("host: invalid type: \(value)\n\n", status: 2) }
          type = known
        case "p":
          if let number = Int(value), (0...65535).contains(number) { port = number }
        case "R":
          if let number = Int(value) { retries = min(max(number, 0), ShellLimits.maximumDNSTries - 1) }
        case "W":
          if let number = Int(value) { waitSeconds = min(max(number, 1), ShellLimits.maximumTimeoutSeconds) }
        default:
          break
        }
      }
    }
    guard let name = arguments.first else { return .failure(usage, status: 1) }
    let serverArgument = arguments.dropFirst().first
    // host makes -R + 1 tries whatever resolv.conf says, but waits its `timeout` unless -W says
    // otherwise (captures/resolver-options).
    let tries = retries + 1
    let tryMilliseconds = Int64(waitSeconds ?? ResolverTimeouts.of(state).seconds) * 1000

    var events: [Event] = []
    let server: DNSServer
    switch DNSServer.choose(serverArgument, port: port, tool: invocation.name, state: &state, events: &events) {
    case .failure(let failure): return CommandResult(stderr: failure.message(tool: "host"), status: 1, events: events)
    case .success(let chosen): server = chosen
    }

    if type == nil, let reverse = ReverseLookup.name(for: name) {
      let exchange = DNSExchange.send(
        name: reverse, type: "PTR", server: server, tries: tries, tryMilliseconds: tryMilliseconds,
        tool: invocation.name, state: &state, events: &events)
      guard let response = exchange.response else {
        let out = DNSExchange.timeoutLines(server: server, tries: tries) + ";; no servers could be reached\n"
        return CommandResult(stdout: out, status: 1, events: events)
      }
      let (text, status) = ReverseLookup.hostText(response)
      return CommandResult(stdout: text, status: status, events: events)
    }
    let display = DNSNames.relative(name)
    // The search list decides the name on the first question; the others ask the name it found.
    var asked: String?
    var out = ""
    var headerPrinted = false
    for queryType in type.map({ [$0] }) ?? ["A", "AAAA", "MX"] {
      // Only the verbose layout shows a message ID; drawing one otherwise would shift the world's draws.
      let id = verbose ? UInt16(state.world.random.below(65536)) : 0
      let exchange: DNSExchange
      if let asked {
        exchange = DNSExchange.send(
          name: asked, type: queryType, server: server, tries: tries, tryMilliseconds: tryMilliseconds,
          tool: invocation.name, state: &state,
          events: &events)
      } else {
        let (first, found) = DNSExchange.sendSearching(
          name, type: queryType, list: SearchList.of(state), server: server, tries: tries,
          tryMilliseconds: tryMilliseconds, tool: invocation.name,
          state: &state, events: &events)
        exchange = first
        asked = found
      }
      let shown = DNSNames.relative(asked ?? name)
      guard let response = exchange.response else {
        out += DNSExchange.timeoutLines(server: server, tries: tries) + ";; no servers could be reached\n"
        return CommandResult(stdout: out, status: 1, events: events)
      }
      if server.typed != nil && !headerPrinted {
        out += "Using domain server:\nName: \(server.label)\nAddress: \(server.addressAndPort)\nAliases: \n\n"
        headerPrinted = true
      }
      if verbose {
        out += HostVerbose.block(
          response, asked: asked ?? name, id: id, server: server, milliseconds: exchange.milliseconds)
      }
      if response.status == .nxDomain {
        out += "Host \(display) not found: 3(NXDOMAIN)\n"
        return CommandResult(stdout: out, status: 1, events: events)
      }
      for record in response.answers where !verbose {
        switch record.data {
        case .a(let address): out += "\(shown) has address \(address)\n"
        case .ns(let target): out += "\(shown) name server \(target)\n"
        case .soa: break
        case .ptr(let target): out += "\(shown) domain name pointer \(target)\n"
        }
      }
      if response.answers.isEmpty && type != nil && !verbose {
        out += "\(shown) has no \(queryType) record\n"
      }
    }
    return CommandResult(stdout: out, events: events)
  }
}
