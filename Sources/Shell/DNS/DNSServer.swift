import Cloud

/// The name server a tool queries: the host's resolver, or one named on the command line.
struct DNSServer: Sendable, Equatable {
  let address: IPv4Address
  /// What the learner typed for the server (an address or a host name); nil for the default.
  let typed: String?
  let port: Int
  /// How many addresses the server's name resolved to, for dig's `; (N servers found)`.
  let found: Int

  /// `10.0.0.2#53`, as the tools print a server.
  var addressAndPort: String { "\(address)#\(port)" }

  /// The server as the learner named it, or its address.
  var label: String { typed ?? address.description }
}

/// Why a server given by name could not be used; the tools print
/// `TOOL: couldn't get address for 'NAME': REASON` and exit 1.
struct DNSServerNameFailure: Error, Equatable {
  let name: String
  /// bind's result text: `not found` (the name does not exist) or `failure` (no answer).
  let reason: String

  func message(tool: String) -> String { "\(tool): couldn't get address for '\(name)': \(reason)\n" }
}

extension DNSServer {
  /// glibc's stub resolver gives up on a name after `attempts:2` × `timeout:5`.
  static let systemResolverTimeoutMilliseconds: Int64 = 10_000

  /// The server to use: the host's resolver when `typed` is nil, an IPv4 literal as is, or a
  /// host name resolved first through the host's own resolver — as `getaddrinfo` would. That
  /// lookup is the tool resolving for itself (`tool` as a client), not the question it was asked.
  static func choose(
    _ typed: String?, port: Int, tool: String, state: inout ShellState, events: inout [Event]
  ) -> Result<DNSServer, DNSServerNameFailure> {
    guard let typed else {
      let address = state.host?.resolverAddress ?? IPv4Address(0)
      return .success(DNSServer(address: address, typed: nil, port: port, found: 1))
    }
    if let literal = IPv4Address.parse(typed) {
      return .success(DNSServer(address: literal, typed: typed, port: port, found: 1))
    }
    let lookup = state.world.resolve(typed, type: "A", from: state.hostName, by: .client(tool))
    events.append(.dnsLookup(lookup))
    switch lookup.outcome {
    case .answered(let addresses) where !addresses.isEmpty:
      state.world.clock.advance(milliseconds: DNSTiming.queryMilliseconds(lookup.resolverRole))
      return .success(DNSServer(address: addresses[0], typed: typed, port: port, found: addresses.count))
    case .noResponse:
      state.world.clock.advance(milliseconds: systemResolverTimeoutMilliseconds)
      return .failure(DNSServerNameFailure(name: typed, reason: "failure"))
    default:
      state.world.clock.advance(milliseconds: DNSTiming.queryMilliseconds(lookup.resolverRole))
      return .failure(DNSServerNameFailure(name: typed, reason: "not found"))
    }
  }
}
