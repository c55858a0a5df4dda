import Cloud

/// Moving between hosts: `ssh HOST` (and `ssh HOST COMMAND`, which `Executor` runs),
/// `exit`/`logout`, and `hosts` to list where one can go.
///
/// `ssh` here is the lab's way to switch terminals, not a network connection: it works from any
/// host to any host, so a lab never depends on port 22 being open.
enum SessionCommands {
  static var table: CommandTable {
    CommandTable([
      "ssh": { invocation, state in ssh(invocation, state: &state) },
      "exit": { invocation, state in exit(invocation, state: &state) },
      "logout": { invocation, state in exit(invocation, state: &state) },
      "hosts": { _, state in hosts(state) },
    ])
  }

  static let usage =
    "usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface]\n           [-b bind_address] [-c cipher_spec] [-D [bind_address:]port]\n           [-E log_file] [-e escape_char] [-F configfile] [-I pkcs11]\n           [-i identity_file] [-J [user@]host[:port]] [-L address]\n           [-l login_name] [-m mac_spec] [-O ctl_cmd] [-o option] [-p port]\n           [-Q query_option] [-R address] [-S ctl_path] [-W host:port]\n           [-w local_tun[:remote_tun]] destination [command]\n"

  /// The options of OpenSSH's client that take a value (its `getopt` string, 8.x).
  private static let optionsWithValues: Set<Character> = [
    "B", "b", "c", "D", "E", "e", "F", "I", "i", "J", "L", "l", "m", "O", "o", "p", "Q", "R", "S", "W", "w",
  ]

  /// What `ssh ARGUMENTS` asks for: the destination (nil when none is given) and the remote
  /// command's words, read as OpenSSH's client reads them: options (and their values, `-i key.pem`
  /// or `-ikey.pem`) up to the destination, everything after it the command.
  static func request(_ arguments: [String]) -> (destination: String?, command: [String]) {
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      if word == "--" {
        return (index + 1 < arguments.count ? arguments[index + 1] : nil, Array(arguments.dropFirst(index + 2)))
      }
      guard word.hasPrefix("-"), word.count > 1 else { return (word, Array(arguments.dropFirst(index + 1))) }
      index += 1
      // In a cluster of letters (`-vi key`), the first that takes a value takes the rest of the
      // word, or the next word when the rest is empty.
      let letters = Array(word.dropFirst())
      if let taking = letters.firstIndex(where: optionsWithValues.contains), taking == letters.count - 1 {
        index += 1
      }
    }
    return (nil, [])
  }

  /// The host `destination` (`V3`, `ec2-user@10.0.12.20`, `ip-10-0-12-20`) names, or ssh's error.
  static func host(_ destination: String?, state: ShellState) -> Destination {
    guard var target = destination else { return .refused(.failure(usage, status: 255)) }
    if let at = target.lastIndex(of: "@") { target = String(target[target.index(after: at)...]) }
    let found =
      state.world.host(named: target)
      ?? state.world.hosts.first { $0.address.description == target || $0.hostname == target }
    guard let host = found else {
      return .refused(
        .failure("ssh: Could not resolve hostname \(target.lowercased()): Name or service not known\n", status: 255))
    }
    return .host(host)
  }

  /// A destination's host, or what ssh prints when it names none.
  enum Destination {
    case host(Host)
    case refused(CommandResult)
  }

  /// `ssh HOST`: a login on HOST, in its home, with the variables a login starts with; `exit`
  /// comes back. A login on the host one is on is a login like another. `ssh HOST COMMAND` is
  /// the executor's (`Executor.remoteCommand`).
  static func ssh(_ invocation: Invocation, state: inout ShellState) -> CommandResult {
    let host: Host
    switch Self.host(request(invocation.arguments).destination, state: state) {
    case .refused(let error): return error
    case .host(let found): host = found
    }
    state.hostStack.append(state.hostName)
    state.directoryStack.append(state.directory)
    state.variablesStack.append(state.variables)
    state.hostName = host.name
    state.directory = nil
    state.previousDirectory = nil
    state.variables = state.loginVariables
    return .output(banner(host, state: state))
  }

  /// `exit [N]`/`logout`: back to the host before the last `ssh`, with N (else the last command's
  /// status) as ssh's status there; on the first host, leaving the lab shell.
  static func exit(_ invocation: Invocation, state: inout ShellState) -> CommandResult {
    var status = state.lastStatus
    var complaint = ""
    if let first = invocation.arguments.first {
      if let number = Int(first) {
        // bash keeps the low eight bits, as the system does for any process's status.
        status = Int32(truncatingIfNeeded: UInt8(truncatingIfNeeded: number))
      } else {
        // bash leaves all the same, with status 2.
        complaint = "-bash: exit: \(first): numeric argument required\n"
        status = 2
      }
    }
    if state.runsRemoteCommand && state.hostStack.isEmpty {
      state.sessionEnded = true
      return CommandResult(stderr: complaint, status: status)
    }
    if let previous = state.hostStack.popLast() {
      let address = state.host.map { $0.address.description } ?? state.hostName
      state.hostName = previous
      state.directory = state.directoryStack.popLast() ?? nil
      state.variables = state.variablesStack.popLast() ?? state.loginVariables
      // `logout` is the remote shell's; the closing line is the ssh client's, on standard error.
      return CommandResult(
        stdout: "logout\n", stderr: complaint + "Connection to \(address) closed.\n", status: status)
    }
    state.sessionEnded = true
    return CommandResult(stdout: "logout\n", stderr: complaint, status: status)
  }

  /// The lab's hosts, one a line, in the session's language: labrun's own words, laid out in
  /// lines, so a terminal narrower than a line folds it under its column.
  static func hosts(_ state: ShellState) -> CommandResult {
    // The headings' columns are the names' and addresses' (12 and 16 wide; a Korean letter is two).
    let heading = Phrase(
      english: "HOST        ADDRESS         WHERE", korean: "호스트      주소            위치")
    var lines = [heading.text(state.language)]
    for host in state.world.hosts {
      let marker = host.name == state.hostName ? "*" : " "
      lines.append(
        marker + pad(host.name, 11) + pad(host.address.description, 16)
          + place(host, world: state.world).text(state.language))
    }
    return .output(lines.joined(separator: "\n") + "\n", form: .lines)
  }

  /// Where a host is, in words.
  static func place(_ host: Host, world: World) -> Phrase {
    switch host.kind {
    case .instance:
      guard let eni = world.networkInterface(of: host), let subnet = world.subnet(eni.subnetId) else {
        return Phrase(english: "instance", korean: "인스턴스")
      }
      let inSubnet = "\(subnet.name) (\(subnet.cidr), \(subnet.availabilityZone))"
      guard let address = eni.publicAddress else {
        return Phrase(
          english: "instance in subnet \(inSubnet), no public IP", korean: "서브넷 \(inSubnet)의 인스턴스, 퍼블릭 IP 없음")
      }
      return Phrase(
        english: "instance in subnet \(inSubnet), public IP \(address)",
        korean: "서브넷 \(inSubnet)의 인스턴스, 퍼블릭 IP \(address)")
    case .onPremises:
      let link = world.onPremises?.link.displayName ?? "VPN"
      return Phrase(
        english: "on-premises server, reaches the VPC over \(link)", korean: "온프레미스 서버, \(link)(으)로 VPC에 연결")
    case .cloudShell:
      return Phrase(english: "admin shell outside the VPC, on the internet", korean: "VPC 밖 인터넷에 있는 관리용 셸")
    }
  }

  /// What a login prints: Amazon Linux 2's banner on instances.
  static func banner(_ host: Host, state: ShellState) -> String {
    let when = state.world.clock.components
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    let day = when.day < 10 ? " \(when.day)" : "\(when.day)"
    let last =
      "Last login: \(days[when.weekday]) \(months[when.month - 1]) \(day) \(two(when.hour)):\(two(when.minute)):\(two(when.second)) \(when.year)"
    switch host.kind {
    case .instance:
      return """
        \(last) from 10.0.1.10

               __|  __|_  )
               _|  (     /   Amazon Linux 2 AMI
              ___|\\___|___|

        https://aws.amazon.com/amazon-linux-2/

        """
    case .onPremises:
      return "\(last) from 192.168.1.5\n"
    case .cloudShell:
      return "\(last)\n"
    }
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + Spaces.of(width - text.count)
  }
}
