import Cloud

/// `traceroute HOST` (traceroute 2.x, UDP probes) along the simulated path.
///
/// What answers, in this simulation:
/// - The first router: the subnet's VPC router (the `default via` address `ip route` shows), the data
///   centre's gateway, or CloudShell's. It answers the TTL-1 probes with "time exceeded" when it has
///   a route for the destination, and says nothing when it has none: a VPC route table without a
///   matching route drops silently, so a private subnet without an endpoint shows stars from hop 1.
///   (Real VPC routers hide from traceroute altogether; showing this one makes the route table's
///   decision visible, and is the one liberty taken here.)
/// - A NAT gateway, by its private address, when the path goes through one.
/// - Internet and endpoint gateways are not hops: they do not decrement the TTL.
/// - The destination: a simulated host answers "port unreachable" and ends the trace; an AWS service
///   endpoint answers no probe (as it answers no ping), and neither does an address outside the
///   simulation, so the trace runs on in `* * *` to the last hop, as it would.
/// - With `sudo`, `-T` sends TCP SYNs (to port 80, or `-p`): whatever accepts or refuses the
///   connection answers, so `sudo traceroute -T -p 443 s3…` ends at S3 where a path reaches it;
///   `-I` sends ICMP echoes, which only simulated hosts answer (as with `ping`).
/// - Security groups and a path's drop decide as for `curl` and `ping`: one connection event for
///   the probes' path, so `why` explains where they stopped.
///
/// Time: every answered probe costs its round trip; unanswered probes go out `-N` (16) at a time
/// and each such batch costs the `-w` wait (5 s by default), which is how traceroute 2 finishes
/// (observed: three hops of stars take 5 s). Exit status 0 whenever the trace ran, reached or not.
enum TracerouteCommand {
  static var table: CommandTable {
    CommandTable(["traceroute": { invocation, state in run(invocation, state: &state) }])
  }

  /// One line of a trace: who answered at that TTL, or nobody.
  enum Hop: Equatable {
    case router(IPv4Address)
    case destination(IPv4Address)
    case silent
  }

  static func run(_ invocation: Invocation, state: inout ShellState) -> CommandResult {
    let options: TracerouteOptions
    do {
      options = try TracerouteOptions.parse(invocation.arguments, language: state.language)
    } catch {
      return .failure(error.message, status: error.status)
    }
    guard let name = options.host else { return .failure(usage, status: 0) }
    do {
      try options.validate()
    } catch {
      return .failure(error.message, status: error.status)
    }
    // Raw sockets need root: `sudo traceroute -T …` (ec2-user has passwordless sudo).
    if options.method != .udp && !state.asRoot {
      return .failure(
        "You do not have enough privileges to use this traceroute method.\nsocket: Operation not permitted\n", status: 1
      )
    }
    var events: [Event] = []
    let address: IPv4Address
    let resolution = NetworkTarget.resolve(name, by: invocation.name, state: &state, events: &events)
    switch resolution {
    // traceroute traces the first address it is given.
    case .addresses(let found): address = found[0]
    case .unknown, .noAnswer:
      return CommandResult(
        stderr:
          "\(name): \(resolution.failureText)\nCannot handle \"host\" cmdline arg `\(name)' on position 1 (argc \(hostArgc(invocation.arguments, name)))\n",
        status: 2, events: events)
    }
    var (hops, connection) = path(
      to: address, name: name == address.description ? nil : name, method: options.method, port: options.probePort,
      state: state)
    if let connection { events.append(.connection(connection)) }
    // Stars run on to the last hop when nobody at the end answers.
    if hops.last.map({ if case .destination = $0 { false } else { true } }) ?? true {
      hops += Array(repeating: .silent, count: max(0, options.maxHops - hops.count))
    }
    hops = Array(hops.prefix(options.maxHops))
    var text = "traceroute to \(name) (\(address)), \(options.maxHops) hops max, \(options.packetLength) byte packets\n"
    var elapsed = 0.0
    var unanswered = 0
    for (offset, hop) in hops.enumerated() {
      let ttl = offset + 1
      guard ttl >= options.firstHop else { continue }
      text += ttl < 10 ? " \(ttl) " : "\(ttl) "
      switch hop {
      case .silent:
        text += String(repeating: " *", count: options.probesPerHop)
        unanswered += options.probesPerHop
      case .router(let answering), .destination(let answering):
        text += " " + label(answering, numeric: options.numeric, state: state)
        for _ in 0..<options.probesPerHop {
          let time = NetworkTarget.roundTrip(to: answering, state: &state) + Double(ttl - 1) * 0.05
          elapsed += time
          text += "  " + PingCommand.millis(time) + " ms"
        }
      }
      text += "\n"
    }
    let batches = (unanswered + options.simultaneous - 1) / options.simultaneous
    state.world.clock.advance(milliseconds: Int64(batches) * options.waitMilliseconds + Int64(elapsed.rounded(.up)))
    return CommandResult(stdout: text, status: 0, events: events)
  }

  /// The 1-based word number of the host operand, as traceroute counts it in its refusal.
  static func hostArgc(_ words: [String], _ name: String) -> Int {
    (words.firstIndex(of: name) ?? 0) + 1
  }

  /// How a hop is shown: `name (address)`, or the address alone with `-n`. Instances have their
  /// EC2 internal names; loopback is `localhost`; everything else has no reverse name here.
  static func label(_ address: IPv4Address, numeric: Bool, state: ShellState) -> String {
    if numeric { return address.description }
    let world = state.world
    var name = address.description
    if NetworkTarget.isLoopback(address) {
      name = "localhost"
    } else if let interface = world.networkInterface(withAddress: address), case .instance = interface.owner {
      let suffix = world.region == "us-east-1" ? "ec2.internal" : "\(world.region).compute.internal"
      name = "\(address.ec2HostLabel).\(suffix)"
    }
    return "\(name) (\(address))"
  }

  /// The hops up to where the probes stop, and the connection attempt that decided it (none for the
  /// host's own addresses, which never leave it).
  static func path(
    to destination: IPv4Address, name: String?, method: TracerouteOptions.Method, port: Int, state: ShellState
  ) -> ([Hop], Connection?) {
    let world = state.world
    guard let host = state.host else { return ([], nil) }
    if NetworkTarget.isLoopback(destination) || destination == host.address {
      return ([.destination(destination)], nil)
    }
    let connection: Connection
    switch method {
    case .tcp: connection = world.connectTCP(from: host.name, to: destination, port: port, name: name).connection
    case .udp: connection = world.traceProbes(from: host.name, to: destination, port: port, name: name)
    case .icmp:
      connection = world.traceProbes(from: host.name, to: destination, port: 0, name: name, transport: .icmpProbes)
    }
    let firstRouter: IPv4Address?
    let local: CIDRBlock?
    switch host.kind {
    case .instance:
      let subnet = world.networkInterface(of: host).flatMap { world.subnet($0.subnetId) }
      local = subnet?.cidr
      firstRouter = subnet?.cidr.address(at: 1)
    case .onPremises:
      local = try? CIDRBlock(network: IPv4Address(host.address.value & 0xFFFF_FF00), prefixLength: 24)
      firstRouter = local?.address(at: 1)
    case .cloudShell:
      local = try? CIDRBlock(network: IPv4Address(host.address.value & 0xFFFF_0000), prefixLength: 16)
      firstRouter = local?.address(at: 1)
    }
    var hops: [Hop] = []
    let onLink = local?.contains(destination) == true
    let pathSoFar: [Cloud.Hop]
    let arrived: Bool
    switch connection.outcome {
    case .connected(let path, _): (pathSoFar, arrived) = (path, true)
    // A refusal is an answer too: the RST to a TCP probe ends the trace.
    case .refused(let path, _): (pathSoFar, arrived) = (path, method == .tcp)
    case .dropped(let path, _): (pathSoFar, arrived) = (path, false)
    }
    // The first router answers only when it had a route to send the probe on (a path began).
    let routed = arrived || !pathSoFar.isEmpty
    if !onLink, let firstRouter, routed { hops.append(.router(firstRouter)) }
    for step in pathSoFar {
      if case .natGateway(let id) = step, let nat = world.natGateways.first(where: { $0.id == id }) {
        hops.append(.router(nat.privateAddress))
      }
    }
    guard arrived else { return (hops, connection) }
    // SYN-ACK or RST: whatever took the connection (an instance, or a service on 443 or 80) answers.
    if method == .tcp {
      hops.append(.destination(destination))
      return (hops, connection)
    }
    let isHost =
      world.hosts.contains { $0.address == destination }
      || world.networkInterface(withAddress: destination).map { !$0.requesterManaged } == true
    if case .connected(_, let contact) = connection.outcome, contact == nil, isHost {
      hops.append(.destination(destination))
    }
    return (hops, connection)
  }
}
