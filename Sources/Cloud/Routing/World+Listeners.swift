/// What listens on a TCP port at the end of a path, for tools that report the port itself
/// (`nc`, `telnet`, `traceroute -T`) rather than speak HTTP over it.
public enum TCPListener: Sendable, Equatable {
  /// An AWS service's public or endpoint address: HTTPS and HTTP only.
  case service(AWSService, region: String)
  /// OpenSSH on a simulated host; it greets every client with its version line.
  case sshd(banner: String)
  /// A DNS server answering over TCP.
  case dns
}

extension World {
  /// The identification line OpenSSH 7.4p1 (Amazon Linux 2's) sends first, CR LF included.
  public static let sshBanner = "SSH-2.0-OpenSSH_7.4\r\n"

  /// Tries a TCP connection the way a client that only opens the socket sees it: `connect` decides
  /// the path, then the port decides whether anything answers at its end.
  ///
  /// A simulated host (instance or the on-premises server) runs sshd on 22 and nothing else, so other
  /// ports are refused (the host's kernel answers RST). A DNS resolver also takes TCP 53. An AWS
  /// service endpoint accepts 443 and 80 only and drops the rest without a word, like a filtered
  /// port. Any other address that a path reaches on the internet is outside the simulation: it
  /// refuses, as `curl` reports it. Pure, like `connect`.
  public func connectTCP(from hostName: String, to destination: IPv4Address, port: Int, name: String? = nil)
    -> (connection: Connection, listener: TCPListener?)
  {
    var attempt = connect(from: hostName, to: destination, port: port, name: name)
    // The loopback network never leaves the host, whatever its route table says.
    if destination.value >> 24 == 127 {
      attempt = Connection(
        host: attempt.host, time: attempt.time, source: destination, destinationName: name, destination: destination,
        port: port, outcome: .connected(path: [], contact: nil))
    }
    guard case .connected(let path, let contact) = attempt.outcome else { return (attempt, nil) }
    func ended(_ outcome: ConnectionOutcome) -> Connection {
      Connection(
        host: attempt.host, time: attempt.time, source: attempt.source, destinationName: attempt.destinationName,
        destination: attempt.destination, port: attempt.port, outcome: outcome)
    }
    if let contact {
      guard port == 443 || port == 80 else {
        let reason = DropReason.servicePortClosed(service: contact.service, region: contact.region, port: port)
        return (ended(.dropped(path: path, reasons: [reason])), nil)
      }
      return (attempt, .service(contact.service, region: contact.region))
    }
    let isHost =
      destination.value >> 24 == 127 || hosts.contains { $0.address == destination }
      || networkInterfaces.contains { $0.publicAddress == destination && !$0.requesterManaged }
    let isResolver = destination == onPremises?.resolverAddress || hosts.contains { $0.resolverAddress == destination }
    if isHost && port == 22 { return (attempt, .sshd(banner: Self.sshBanner)) }
    if isResolver && port == 53 { return (attempt, .dns) }
    let what = isHost ? "only sshd on port 22 listens there" : "no simulated server listens at that address"
    return (ended(.refused(path: path, reason: "nothing listens on TCP port \(port) of \(destination); \(what)")), nil)
  }
}

extension World {
  /// The path traceroute's UDP (or ICMP) probes take to `destination`: `connect`'s decision, marked as probes
  /// so explanations speak of probes, not of a connection.
  public func traceProbes(
    from hostName: String, to destination: IPv4Address, port: Int, name: String? = nil,
    transport: Transport = .udpProbes
  ) -> Connection {
    var probes = connect(from: hostName, to: destination, port: port, name: name)
    probes.transport = transport
    return probes
  }
}
