import Cloud

/// bind 9.18's `nslookup` in non-interactive mode: `nslookup [-opt ...] NAME [SERVER]`.
///
/// Without `-type`, it asks for A and then AAAA, as 9.18 does, and prints only the answers.
enum Nslookup {
  static let usage = """
    Usage:
       nslookup [-opt ...]             # interactive mode using default server
       nslookup [-opt ...] - server    # interactive mode using 'server'
       nslookup [-opt ...] host        # just look up 'host' using default server
       nslookup [-opt ...] host server # just look up 'host' using 'server'

    """

  struct Options {
    var type: String?
    var port = 53
    /// `-retry=N`; nil leaves it to resolv.conf's `attempts` (``ResolverTimeouts``).
    var triesGiven: Int?
    /// `-timeout=N`; nil leaves it to resolv.conf's `timeout`.
    var timeoutGiven: Int?
    var notes = ""
    /// `-debug`: dump each response before its answer.
    var debug = false
    /// `-nosearch` turns the resolv.conf search list off.
    var search = true
  }

  /// What `nslookup` without a name says at the terminal, where the real one would wait at its
  /// `>` prompt.
  static let noInteractiveMode = Phrase(
    english: """
      nslookup: interactive mode is not available in this lab shell; give the name on the command line:
        nslookup NAME         (asks the host's resolver)
        nslookup NAME SERVER  (asks another DNS server)

      """,
    korean: """
      nslookup: 이 실습 셸에서는 대화형 모드를 쓸 수 없습니다. 조회할 이름을 명령 뒤에 바로 적으세요:
        nslookup 이름         (호스트의 리졸버에 질의)
        nslookup 이름 서버    (다른 DNS 서버에 질의)

      """)

  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    var options = Options()
    var positional: [String] = []
    for argument in invocation.arguments {
      if argument.hasPrefix("-"), argument.count > 1 {
        apply(String(argument.dropFirst()), to: &options)
      } else {
        positional.append(argument)
      }
    }
    guard positional.count <= 2 else { return .failure(usage, status: 1) }
    // nslookup reads `options timeout:N attempts:N` of resolv.conf (captures/resolver-options).
    let (tries, tryMilliseconds) = ResolverTimeouts.of(state).resolved(
      tries: options.triesGiven, seconds: options.timeoutGiven)
    // Interactive mode reads commands from standard input. From the terminal that would be the
    // lines the learner types next, which the lab shell runs as commands instead: said so, with
    // the forms that work. From elsewhere the shell gives it none, so it meets end-of-file at
    // once, prints a newline and exits 1, as with `</dev/null`.
    guard let name = positional.first, name != "-" else {
      if invocation.stdinIsTerminal { return .failure(Self.noInteractiveMode.text(state.language), status: 1) }
      return CommandResult(stdout: options.notes + "\n", status: 1)
    }

    var events: [Event] = []
    let server: DNSServer
    switch DNSServer.choose(
      positional.count == 2 ? positional[1] : nil, port: options.port, tool: invocation.name, state: &state,
      events: &events)
    {
    case .failure(let failure):
      return CommandResult(stdout: options.notes, stderr: failure.message(tool: "nslookup"), status: 1, events: events)
    case .success(let chosen): server = chosen
    }

    var out = options.notes
    if options.type == nil, let reverse = ReverseLookup.name(for: name) {
      let exchange = DNSExchange.send(
        name: reverse, type: "PTR", server: server, tries: tries, tryMilliseconds: tryMilliseconds,
        tool: invocation.name, state: &state,
        events: &events)
      guard let response = exchange.response else {
        out += DNSExchange.timeoutLines(server: server, tries: tries) + ";; no servers could be reached\n\n"
        return CommandResult(stdout: out, status: 1, events: events)
      }
      let (text, status) = ReverseLookup.nslookupText(response)
      return CommandResult(stdout: out + text, status: status, events: events)
    }
    let defaultLookups = options.type == nil
    let (first, found) = DNSExchange.sendSearching(
      name, type: options.type ?? "A", list: options.search ? SearchList.of(state) : SearchList(), server: server,
      tries: tries, tryMilliseconds: tryMilliseconds,
      tool: invocation.name, state: &state, events: &events)
    guard let response = first.response else {
      out += DNSExchange.timeoutLines(server: server, tries: tries)
      out += ";; no servers could be reached\n\n"
      return CommandResult(stdout: out, status: 1, events: events)
    }
    out += "Server:\t\t\(server.label)\nAddress:\t\(server.addressAndPort)\n\n"
    if options.debug { out += NslookupDebug.block(response) }
    if response.status == .nxDomain {
      out += "** server can't find \(name): NXDOMAIN\n\n"
      return CommandResult(stdout: out, status: 1, events: events)
    }
    // Route 53 Resolver answers are never authoritative.
    out += "Non-authoritative answer:\n"
    out += answerText(response, name: found)
    if defaultLookups {
      let second = DNSExchange.send(
        name: found, type: "AAAA", server: server, tries: tries, tryMilliseconds: tryMilliseconds,
        tool: invocation.name, state: &state,
        events: &events)
      if let aaaa = second.response {
        if options.debug { out += NslookupDebug.block(aaaa) }
        if aaaa.answers.isEmpty && response.answers.isEmpty {
          out += "*** Can't find \(name): No answer\n"
        }
        out += answerText(aaaa, name: found)
      } else {
        out += DNSExchange.timeoutLines(server: server, tries: tries)
      }
    } else {
      if response.answers.isEmpty { out += "*** Can't find \(name): No answer\n" }
      if response.questionType != "A" && response.questionType != "AAAA" {
        out += "\nAuthoritative answers can be found from:\n" + authorityText(response)
      }
    }
    return CommandResult(stdout: out + "\n", events: events)
  }

  /// `Name:\tNAME` / `Address: A` pairs.
  static func answerText(_ response: DNSResponse, name: String) -> String {
    response.answers.map { record -> String in
      switch record.data {
      case .a(let address): "Name:\t\(DNSNames.relative(name))\nAddress: \(address)\n"
      case .ns(let target): "\(DNSNames.relative(name))\tnameserver = \(target)\n"
      case .soa: ""
      case .ptr(let target): "\(DNSNames.relative(record.owner))\tname = \(target)\n"
      }
    }.joined()
  }

  /// The authority section in nslookup's layout (an SOA as `origin = …` lines).
  static func authorityText(_ response: DNSResponse) -> String {
    response.authority.map { record -> String in
      guard case .soa(let soa) = record.data else { return "" }
      return """
        \(DNSNames.relative(record.owner))
        \torigin = \(DNSNames.relative(soa.primary))
        \tmail addr = \(DNSNames.relative(soa.mailbox))
        \tserial = \(soa.serial)
        \trefresh = \(soa.refresh)
        \tretry = \(soa.retry)
        \texpire = \(soa.expire)
        \tminimum = \(soa.minimum)

        """
    }.joined()
  }

  /// One `-option`: nslookup accepts unambiguous abbreviations down to a minimum length, and
  /// reports anything else on standard output without stopping.
  static func apply(_ option: String, to options: inout Options) {
    let parts = option.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
    let key = parts[0].lowercased()
    let value = parts.count > 1 ? String(parts[1]) : nil
    func matches(_ full: String, _ minimum: Int) -> Bool {
      key.count >= minimum && full.hasPrefix(key)
    }
    if let value {
      if matches("type", 2) || matches("querytype", 1) {
        if let type = DNSTypes.type(value) {
          options.type = type
        } else {
          options.notes += "unknown query type: \(value)\n"
        }
        return
      }
      if matches("port", 2), let port = Int(value), (0...65535).contains(port) {
        options.port = port
        return
      }
      if matches("retry", 3), let tries = Int(value) {
        options.triesGiven = min(max(tries, 1), ShellLimits.maximumDNSTries)
        return
      }
      if matches("timeout", 2), let seconds = Int(value) {
        options.timeoutGiven = min(max(seconds, 1), ShellLimits.maximumTimeoutSeconds)
        return
      }
      if matches("timeout", 2) || matches("class", 2) || matches("domain", 2) || matches("ndots", 3) { return }
    } else {
      if matches("nodebug", 5) || matches("debug", 3) {
        options.debug = !key.hasPrefix("no")
        return
      }
      if matches("nosearch", 5) || matches("search", 3) {
        options.search = !key.hasPrefix("no")
        return
      }
      let flags: [(String, Int)] = [
        ("debug", 3), ("nodebug", 5), ("d2", 2), ("nod2", 4), ("recurse", 3), ("norecurse", 5),
        ("vc", 2), ("novc", 4), ("search", 3), ("nosearch", 5), ("fail", 3), ("nofail", 5),
      ]
      if flags.contains(where: { matches($0.0, $0.1) }) { return }
    }
    options.notes += "*** Invalid option: \(option)\n"
  }
}
