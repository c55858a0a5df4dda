import Cloud

/// `nc` (nmap-ncat 7.93, installed as `nc`): a TCP connect to HOST PORT through the simulated
/// network, reported as ncat reports it — on standard error, and only with `-v`.
///
/// The lab shell gives a command no terminal, so `nc` without `-z` behaves as `nc HOST PORT
/// </dev/null`: it sends nothing, prints what the server says first (sshd's version line; S3 says
/// nothing before the client speaks TLS), and ends when the server closes on the client's EOF.
/// A connect nobody answers ends after `-w` (`Ncat: TIMEOUT.`) or, without `-w`, after the kernel's
/// 127 s (`Ncat: Connection timed out.`).
enum NcCommand {
  static let banner = "Ncat: Version 7.93 ( https://nmap.org/ncat )\n"

  /// ncat's port when none is given.
  static let defaultPort = 31337

  static var table: CommandTable {
    let handler: CommandHandler = { invocation, state in run(invocation, state: &state) }
    return CommandTable(["nc": handler, "ncat": handler])
  }

  static func run(_ invocation: Invocation, state: inout ShellState) -> CommandResult {
    let options: NcOptions
    do {
      options = try NcOptions.parse(invocation.arguments, language: state.language)
    } catch {
      // `--version` is the one "failure" that succeeds.
      return CommandResult(stderr: error.message, status: error.status)
    }
    var log = options.verbose ? banner : ""
    var events: [Event] = []
    func quit(_ message: String, status: Int32 = 2) -> CommandResult {
      CommandResult(stderr: log + "Ncat: \(message). QUITTING.\n", status: status, events: events)
    }
    guard let name = options.operands.first else { return quit("You must specify a host to connect to") }
    let addresses: [IPv4Address]
    let resolution: NetworkTarget.Resolution
    if options.numericOnly {
      // -n: getaddrinfo with AI_NUMERICHOST, so a name fails without asking DNS.
      resolution = IPv4Address.parse(name).map { .addresses([$0]) } ?? .unknown
    } else {
      resolution = NetworkTarget.resolve(name, by: invocation.name, state: &state, events: &events)
    }
    switch resolution {
    case .addresses(let found): addresses = found
    case .unknown, .noAnswer:
      return quit("Could not resolve hostname \"\(name)\": \(resolution.failureText)")
    }
    let ports = options.operands.dropFirst()
    if ports.count > 1 {
      return quit("Got more than one port specification: \(ports.joined(separator: " "))")
    }
    var port = defaultPort
    if let text = ports.first {
      guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(text.prefix(6)),
        text.count <= 6, number <= 65_535
      else {
        return quit("Invalid port number \"\(text)\"")
      }
      port = number
    }
    // ncat tries the addresses in the resolver's order until one connects (observed with two).
    for (index, address) in addresses.enumerated() {
      let (connection, listener) = state.world.connectTCP(
        from: state.hostName, to: address, port: port, name: name == address.description ? nil : name)
      events.append(.connection(connection))
      let roundTrip = NetworkTarget.roundTrip(to: address, state: &state)
      let failure: String
      switch connection.outcome {
      case .dropped:
        state.world.clock.advance(
          milliseconds: options.waitMilliseconds ?? NetworkTarget.kernelConnectTimeoutSeconds * 1000)
        failure = options.waitMilliseconds == nil ? "Connection timed out" : "TIMEOUT"
      case .refused:
        state.world.clock.advance(milliseconds: Int64(roundTrip.rounded(.up)))
        failure = "Connection refused"
      case .connected:
        // Connect, then (without -z) the server's greeting and its close after our EOF: two round trips.
        let greeting = options.zeroIO ? "" : greeting(of: listener)
        let milliseconds = roundTrip * (options.zeroIO ? 1 : 2)
        state.world.clock.advance(milliseconds: Int64(milliseconds.rounded(.up)))
        if options.verbose {
          log += "Ncat: Connected to \(address):\(port).\n"
          log +=
            "Ncat: 0 bytes sent, \(greeting.utf8.count) bytes received in \(hundredths(milliseconds / 1000)) seconds.\n"
        }
        return CommandResult(stdout: greeting, stderr: log, status: 0, events: events)
      }
      guard options.verbose else { continue }
      log +=
        index == addresses.count - 1
        ? "Ncat: \(failure).\n" : "Ncat: Connection to \(address) failed: \(failure).\nNcat: Trying next address...\n"
    }
    return CommandResult(stderr: log, status: 1, events: events)
  }

  /// What a server sends before the client says anything.
  static func greeting(of listener: TCPListener?) -> String {
    if case .sshd(let banner) = listener { return banner }
    return ""
  }

  /// Two decimals, rounded up so a connect is never "0.00 seconds" (ncat's `%.2f` of a real clock).
  static func hundredths(_ seconds: Double) -> String {
    let value = max(1, Int((seconds * 100).rounded(.up)))
    let fraction = value % 100
    return "\(value / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
  }
}
