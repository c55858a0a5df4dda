import Cloud

/// Moving between hosts: `ssh HOST`, `exit`/`logout`, and `hosts` to list where one can go.
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

  static func ssh(_ invocation: Invocation, state: inout ShellState) -> CommandResult {
    let targets = invocation.arguments.filter { !$0.hasPrefix("-") }
    guard var target = targets.first else {
      return .failure(
        "usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface]\n           [-b bind_address] [-c cipher_spec] [-D [bind_address:]port]\n           [-E log_file] [-e escape_char] [-F configfile] [-I pkcs11]\n           [-i identity_file] [-J [user@]host[:port]] [-L address]\n           [-l login_name] [-m mac_spec] [-O ctl_cmd] [-o option] [-p port]\n           [-Q query_option] [-R address] [-S ctl_path] [-W host:port]\n           [-w local_tun[:remote_tun]] destination [command]\n",
        status: 255)
    }
    if let at = target.firstIndex(of: "@") { target = String(target[target.index(after: at)...]) }
    let found =
      state.world.host(named: target)
      ?? state.world.hosts.first { $0.address.description == target || $0.hostname == target }
    guard let host = found else {
      return .failure(
        "ssh: Could not resolve hostname \(target.lowercased()): Name or service not known\n", status: 255)
    }
    if host.name == state.hostName { return .output(banner(host, state: state)) }
    state.hostStack.append(state.hostName)
    state.directoryStack.append(state.directory)
    state.hostName = host.name
    state.directory = nil
    state.previousDirectory = nil
    return .output(banner(host, state: state))
  }

  static func exit(_ invocation: Invocation, state: inout ShellState) -> CommandResult {
    if let previous = state.hostStack.popLast() {
      let address = state.host.map { $0.address.description } ?? state.hostName
      state.hostName = previous
      state.directory = state.directoryStack.popLast() ?? nil
      // `logout` is the remote shell's; the closing line is the ssh client's, on standard error.
      return CommandResult(stdout: "logout\n", stderr: "Connection to \(address) closed.\n")
    }
    state.sessionEnded = true
    return .output("logout\n")
  }

  static func hosts(_ state: ShellState) -> CommandResult {
    var lines = ["HOST        ADDRESS         WHERE"]
    for host in state.world.hosts {
      let marker = host.name == state.hostName ? "*" : " "
      lines.append(marker + pad(host.name, 11) + pad(host.address.description, 16) + place(host, world: state.world))
    }
    return .output(lines.joined(separator: "\n") + "\n")
  }

  /// Where a host is, in words.
  static func place(_ host: Host, world: World) -> String {
    switch host.kind {
    case .instance:
      guard let eni = world.networkInterface(of: host), let subnet = world.subnet(eni.subnetId) else {
        return "instance"
      }
      let publicPart = eni.publicAddress.map { ", public IP \($0)" } ?? ", no public IP"
      return "instance in subnet \(subnet.name) (\(subnet.cidr), \(subnet.availabilityZone))\(publicPart)"
    case .onPremises:
      let link = world.onPremises?.link.displayName ?? "VPN"
      return "on-premises server, reaches the VPC over \(link)"
    case .cloudShell:
      return "admin shell outside the VPC, on the internet"
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
