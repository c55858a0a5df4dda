import Cloud

/// `ip route get ADDRESS`: the route the host's own kernel picks, one line as iproute2 prints it
/// (then its `cache` line), from the same table `ip route` shows.
///
/// That table is the host's, not the VPC's: every instance sends off-subnet traffic to its subnet's
/// router (`via 10.0.x.1`), whether or not the VPC route table behind that router has a route, so
/// this answers the same on V1, V2 and V3. No packet leaves the host, so there is no event for `why`.
enum IPRouteGet {
  static func run(_ words: [String], host: Host, state: ShellState) -> CommandResult {
    // Selectors iproute2 accepts after the address (`from`, `oif` …) narrow nothing here.
    guard let target = words.first(where: { !$0.hasPrefix("-") && $0 != "to" }) else {
      return .failure("need at least a destination address\n", status: 1)
    }
    guard let address = IPv4Address.parse(target) else {
      return .failure("Error: any valid prefix is expected rather than \"\(target)\".\n", status: 1)
    }
    let nic = IPCommand.interface(host, state: state)
    let device = host.kind == .onPremises ? "ens192" : "eth0"
    // ec2-user (and every login user here) is the first user Amazon Linux 2 creates: uid 1000;
    // under sudo the lookup is root's.
    let uid = state.asRoot || host.user == "root" ? 0 : 1000
    if address.value >> 24 == 127 || address == nic.address {
      return .output("local \(address) dev lo src \(address) uid \(uid) \n    cache <local> \n")
    }
    let isInstance: Bool
    if case .instance = host.kind { isInstance = true } else { isInstance = false }
    let onLink = nic.block.contains(address) || (isInstance && address.description == "169.254.169.254")
    let via = onLink ? "" : "via \(nic.block.address(at: 1)) "
    return .output("\(address) \(via)dev \(device) src \(nic.address) uid \(uid) \n    cache \n")
  }
}
