import Cloud

/// How the network tools (`traceroute`, `nc`, `telnet`) turn what was typed into an address, the
/// way glibc's resolver does on the host: a dotted quad as it is, `localhost` from `/etc/hosts`,
/// any other name through the host's DNS resolver, recorded as a lookup event.
enum NetworkTarget {
  /// What a name came to.
  enum Resolution: Equatable {
    /// The addresses in the order the resolver gave them (never empty).
    case addresses([IPv4Address])
    /// The resolver answered that the name has no address (glibc: "Name or service not known").
    case unknown
    /// No resolver answered (glibc: "Temporary failure in name resolution").
    case noAnswer

    /// glibc's `gai_strerror` text for a failure.
    var failureText: String {
      self == .noAnswer ? "Temporary failure in name resolution" : "Name or service not known"
    }
  }

  /// Resolves `name` from the current host, advancing the clock by what the lookup took.
  static func resolve(
    _ name: String, by program: String, state: inout ShellState, events: inout [Event]
  ) -> Resolution {
    if let literal = IPv4Address.parse(name) { return .addresses([literal]) }
    // Amazon Linux 2's /etc/hosts names the loopback address `localhost` (and the .localdomain forms).
    if ["localhost", "localhost.localdomain", "localhost4", "localhost4.localdomain4"].contains(name.lowercased()) {
      return .addresses([IPv4Address(0x7F00_0001)])
    }
    let lookup = state.world.resolve(name, from: state.hostName, by: .client(program))
    events.append(.dnsLookup(lookup))
    // A resolver that never answers costs the host's resolv.conf timeouts (as curl charges it).
    state.world.clock.advance(milliseconds: lookup.outcome == .noResponse ? 10_000 : 1)
    if !lookup.addresses.isEmpty { return .addresses(lookup.addresses) }
    return lookup.outcome == .noResponse ? .noAnswer : .unknown
  }

  /// A round trip to `address` in milliseconds, as the simulation draws it: under a millisecond
  /// inside a private network, about two over the internet (the same figures `ping` uses).
  static func roundTrip(to address: IPv4Address, state: inout ShellState) -> Double {
    let base = address.isPrivate || isLoopback(address) ? 0.4 : 2.1
    return base + Double(state.world.random.below(300)) / 1000
  }

  /// True for 127.0.0.0/8.
  static func isLoopback(_ address: IPv4Address) -> Bool { address.value >> 24 == 127 }

  /// The kernel's give-up on a TCP connect nobody answers: six SYN retries, 1+2+4+8+16+32+64 s
  /// (net.ipv4.tcp_syn_retries = 6, Amazon Linux 2's default), as `curl` charges it.
  static let kernelConnectTimeoutSeconds: Int64 = 127
}
