import Cloud

/// How long queries take in simulated time.
enum DNSTiming {
  /// The round trip of an answered query, in milliseconds, by who answers.
  ///
  /// The Route 53 Resolver sits on the host's own network and answers in about a millisecond;
  /// the data centre's resolver is a little further; a public resolver is across the internet.
  static func queryMilliseconds(_ role: ResolverRole) -> Int64 {
    switch role {
    case .vpcResolver: 1
    case .onPremises: 2
    case .internet: 12
    case .none: 0
    }
  }

  /// Seconds each try waits for a reply (bind 9.18's default for dig, nslookup and host).
  static let tryTimeoutMilliseconds: Int64 = 5000
}

/// One query sent by a tool and what came back.
struct DNSExchange: Sendable {
  /// What the world recorded; nil when the query went to a port nothing simulated listens on.
  let lookup: DNSLookup?
  /// The response, or nil when none came.
  let response: DNSResponse?
  /// The round trip for an answered query.
  let milliseconds: Int64

  /// Sends one query and advances the clock by what it took: the round trip for an answer, or
  /// `tries` × `tryMilliseconds` (5 s unless the tool was told otherwise) when nothing answers.
  /// `tool` (`dig`, `host`, `nslookup`) is recorded as the asker.
  static func send(
    name: String, type: String, server: DNSServer, tries: Int,
    tryMilliseconds: Int64 = DNSTiming.tryTimeoutMilliseconds, tool: String, state: inout ShellState,
    events: inout [Event]
  ) -> DNSExchange {
    let timeout = Int64(max(tries, 1)) * tryMilliseconds
    // The simulated resolvers listen on port 53 only; any other port gets no reply.
    guard server.port == 53 else {
      state.world.clock.advance(milliseconds: timeout)
      return DNSExchange(lookup: nil, response: nil, milliseconds: timeout)
    }
    let lookup = state.world.resolve(
      name, type: type, from: state.hostName, server: server.typed == nil ? nil : server.address,
      by: .dnsTool(tool))
    events.append(.dnsLookup(lookup))
    guard let response = DNSResponse(lookup: lookup, typedName: name, type: type) else {
      state.world.clock.advance(milliseconds: timeout)
      return DNSExchange(lookup: lookup, response: nil, milliseconds: timeout)
    }
    let milliseconds = DNSTiming.queryMilliseconds(lookup.resolverRole)
    state.world.clock.advance(milliseconds: milliseconds)
    return DNSExchange(lookup: lookup, response: response, milliseconds: milliseconds)
  }

  /// `;; communications error to SERVER#PORT: timed out`, once per try.
  static func timeoutLines(server: DNSServer, tries: Int) -> String {
    String(repeating: ";; communications error to \(server.addressAndPort): timed out\n", count: max(tries, 1))
  }
}
