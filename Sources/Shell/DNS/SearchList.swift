import Cloud

/// The host's `/etc/resolv.conf` search list, applied as bind 9.18's tools apply it: `nslookup` and
/// `host` always, `dig` only with `+search` (captures/dns-fidelity, `search-*`).
///
/// A name with fewer dots than `ndots` (1 unless the file says otherwise) is tried with each search
/// domain first and then as it is; any other name as it is first, then with each domain; a name
/// ending in a dot only as it is. The next name is tried only after an NXDOMAIN.
struct SearchList: Equatable {
  var domains: [String] = []
  var ndots = 1

  /// The list in the current host's `/etc/resolv.conf`, read from the simulated file so that an
  /// edited file counts; empty when there is none.
  static func of(_ state: ShellState) -> SearchList {
    guard case .success(let text) = HostFiles.read("/etc/resolv.conf", state: state) else { return SearchList() }
    return parse(text)
  }

  /// resolv.conf's `search` (or `domain`) line — the last one wins, as in glibc — and `options ndots:N`.
  static func parse(_ text: String) -> SearchList {
    var list = SearchList()
    for line in ResolvConfWords.lines(text) {
      let words = line.map(String.init)
      guard let keyword = words.first else { continue }
      switch keyword {
      case "search", "domain": list.domains = Array(words.dropFirst())
      case "options":
        for option in words.dropFirst() where option.hasPrefix("ndots:") {
          if let value = Int(option.dropFirst("ndots:".count)) { list.ndots = min(max(value, 0), 15) }
        }
      default: continue
      }
    }
    return list
  }

  /// The names to try for `typed`, in order.
  func candidates(_ typed: String) -> [String] {
    if typed.hasSuffix(".") || domains.isEmpty { return [typed] }
    let searched = domains.map { "\(typed).\($0)" }
    let dots = typed.filter { $0 == "." }.count
    return dots < ndots ? searched + [typed] : [typed] + searched
  }
}

extension DNSExchange {
  /// Sends `typed` and, while the answer is NXDOMAIN, the next name of `list`; returns the last
  /// exchange and the name it asked.
  static func sendSearching(
    _ typed: String, type: String, list: SearchList, server: DNSServer, tries: Int,
    tryMilliseconds: Int64 = DNSTiming.tryTimeoutMilliseconds, tool: String, state: inout ShellState,
    events: inout [Event]
  ) -> (exchange: DNSExchange, name: String) {
    let names = list.candidates(typed)
    var last: (DNSExchange, String)?
    for name in names {
      let exchange = send(
        name: name, type: type, server: server, tries: tries, tryMilliseconds: tryMilliseconds, tool: tool,
        state: &state, events: &events)
      last = (exchange, name)
      if exchange.response?.status != .nxDomain { break }
    }
    return last!
  }
}
