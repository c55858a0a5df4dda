import Cloud

/// `telnet HOST [PORT]` (netkit telnet 0.17, as Amazon Linux 2 has it) through the simulated network.
///
/// The lab shell gives a command no terminal and nothing to read, so telnet runs as `telnet HOST
/// PORT </dev/null` does: on a connection it prints `Trying`, `Connected to` and the escape line,
/// reads the end of its input at once, closes, and says `Connection closed by foreign host.` with
/// status 1 (observed with netkit telnet); a greeting the server sends at once (sshd's) comes first.
/// Without a
/// host it is the `telnet> ` prompt meeting that end of input (status 0). Refusals and timeouts are
/// worded as netkit words them; a connect nobody answers ends after the kernel's 127 s.
enum TelnetCommand {
  static var table: CommandTable {
    CommandTable(["telnet": { invocation, state in run(invocation, state: &state) }])
  }

  /// The services telnet finds by name in Amazon Linux 2's /etc/services that a learner would try.
  static let services: [String: Int] = [
    "ftp": 21, "ssh": 22, "telnet": 23, "smtp": 25, "domain": 53, "http": 80, "www": 80, "pop3": 110, "imap": 143,
    "https": 443, "mysql": 3306, "postgresql": 5432,
  ]

  static func run(_ invocation: Invocation, state: inout ShellState) -> CommandResult {
    var operands: [String] = []
    var words = invocation.arguments[...]
    while let word = words.popFirst() {
      guard word.hasPrefix("-") && word.count > 1 && operands.isEmpty else {
        operands.append(word)
        continue
      }
      // netkit's flags change nothing a connect test shows; those with a value take the rest of
      // the word or the next one; any other letter is refused.
      var letters = word.dropFirst()
      while let letter = letters.popFirst() {
        if "lenbXz".contains(letter) {
          if letters.isEmpty {
            guard words.popFirst() != nil else {
              return .failure("telnet: option requires an argument -- '\(letter)'\n" + usage, status: 1)
            }
          }
          break
        }
        guard "4678EKLacdfrx".contains(letter) else {
          return .failure("telnet: invalid option -- '\(letter)'\n" + usage, status: 1)
        }
      }
    }
    guard let name = operands.first else { return .output("telnet> ") }
    guard operands.count <= 2 else { return .failure(usage, status: 1) }
    let portText = operands.count > 1 ? operands[1] : "23"
    var events: [Event] = []
    let port: Int
    if portText.allSatisfy({ $0.isASCII && $0.isNumber }) {
      guard let number = Int(portText.prefix(9)), portText.count <= 9, (1...65_535).contains(number) else {
        return .failure("telnet: port \(portText) out of range\n", status: 1)
      }
      port = number
    } else if let known = services[portText] {
      port = known
    } else {
      return .failure(
        "telnet: could not resolve \(name)/\(portText): Servname not supported for ai_socktype\n", status: 1)
    }
    let addresses: [IPv4Address]
    let resolution = NetworkTarget.resolve(name, by: invocation.name, state: &state, events: &events)
    switch resolution {
    case .addresses(let found): addresses = found
    case .unknown, .noAnswer:
      return CommandResult(
        stderr: "telnet: could not resolve \(name)/\(portText): \(resolution.failureText)\n", status: 1, events: events)
    }
    // netkit tries each address in turn and reports only the last failure (observed with two).
    var stdout = ""
    var failure = ""
    for address in addresses {
      stdout += "Trying \(address)...\n"
      let (connection, listener) = state.world.connectTCP(
        from: state.hostName, to: address, port: port, name: name == address.description ? nil : name)
      events.append(.connection(connection))
      let roundTrip = NetworkTarget.roundTrip(to: address, state: &state)
      switch connection.outcome {
      case .dropped:
        state.world.clock.advance(seconds: NetworkTarget.kernelConnectTimeoutSeconds)
        failure = "Connection timed out"
      case .refused:
        state.world.clock.advance(milliseconds: Int64(roundTrip.rounded(.up)))
        failure = "Connection refused"
      case .connected:
        state.world.clock.advance(milliseconds: Int64((roundTrip * 2).rounded(.up)))
        stdout += "Connected to \(name).\nEscape character is '^]'.\n"
        // A server that speaks first (sshd) gets its line out before telnet closes on its EOF, written
        // with a bare LF (captured; in reality a race with telnet's own close).
        if case .sshd(let banner)? = listener { stdout += banner.replacingCarriageReturns() }
        return CommandResult(
          stdout: stdout, stderr: "Connection closed by foreign host.\n", status: 1, events: events)
      }
    }
    return CommandResult(
      stdout: stdout, stderr: "telnet: Unable to connect to remote host: \(failure)\n", status: 1, events: events)
  }

  /// netkit telnet's usage, as Debian's netkit build (telnet-ssl) prints it; Amazon Linux 2's
  /// build lacks the `-z` SSL lines [unverified: no Amazon Linux 2 here to capture].
  static let usage = """
    Usage: telnet [-4] [-6] [-8] [-E] [-K] [-L] [-X atype] [-a] [-d] [-e char]
    \t[-l user] [-n tracefile] [ -b addr ] [-r] \n\t[-z ssl] [-z secure] [-z debug] [-z verify=int]
    \t[-z cacert=file] [-z cert=file] [-z key=file]
    \t[host-name [port]]

    """
}

extension String {
  /// The text with each CR LF turned into LF, as telnet writes a server's lines to a pipe.
  fileprivate func replacingCarriageReturns() -> String {
    String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "\r" }))
  }
}
