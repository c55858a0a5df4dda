import Cloud

/// `ip addr` and `ip route`, as iproute2 on Amazon Linux 2 prints them (trailing spaces included).
enum IPCommand {
  static var table: CommandTable {
    CommandTable(["ip": { invocation, state in run(invocation, state: state) }])
  }

  static func run(_ invocation: Invocation, state: ShellState) -> CommandResult {
    let ipv4Only = invocation.arguments.contains("-4")
    let words = invocation.arguments.filter { $0 != "-4" }
    guard let object = words.first else {
      return .failure(
        "Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n       ip [ -force ] -batch filename\nwhere  OBJECT := { link | address | addrlabel | route | rule | neigh | ntable |\n                   tunnel | tuntap | maddress | mroute | mrule | monitor | xfrm |\n                   netns | l2tp | fou | macsec | tcp_metrics | token | netconf | ila |\n                   vrf | sr }\n",
        status: 255)
    }
    guard let host = state.host else { return CommandResult() }
    if "address".hasPrefix(object) || object == "a" {
      var text = addresses(host, state: state)
      // `ip addr show DEV` keeps that device's block; `-4` keeps the IPv4 lines.
      let rest = words.dropFirst().filter { $0 != "show" && $0 != "list" }
      if let device = rest.first {
        let blocks = text.split(separator: "\n").reduce(into: [[Substring]]()) { blocks, line in
          if line.first?.isNumber == true {
            blocks.append([line])
          } else if !blocks.isEmpty {
            blocks[blocks.count - 1].append(line)
          }
        }
        guard let block = blocks.first(where: { $0.first?.split(separator: " ").dropFirst().first == "\(device):" })
        else {
          return .failure("Device \"\(device)\" does not exist.\n", status: 1)
        }
        text = block.joined(separator: "\n") + "\n"
      }
      if ipv4Only {
        var kept: [Substring] = []
        var skipLifetime = false
        for line in text.split(separator: "\n") {
          let trimmed = line.drop { $0 == " " }
          if trimmed.hasPrefix("link/") { continue }
          if trimmed.hasPrefix("inet6 ") {
            skipLifetime = true
            continue
          }
          if skipLifetime && trimmed.hasPrefix("valid_lft") {
            skipLifetime = false
            continue
          }
          skipLifetime = false
          kept.append(line)
        }
        text = kept.joined(separator: "\n") + "\n"
      }
      return .output(text)
    }
    if "route".hasPrefix(object) || object == "r" {
      if words.count > 1 && words[1] == "get" {
        return IPRouteGet.run(Array(words.dropFirst(2)), host: host, state: state)
      }
      return .output(routes(host, state: state))
    }
    if "link".hasPrefix(object) { return .output(links(host, state: state)) }
    return .failure("Object \"\(object)\" is unknown, try \"ip help\".\n", status: 1)
  }

  static func interface(_ host: Host, state: ShellState) -> (
    address: IPv4Address, block: CIDRBlock, mac: String
  ) {
    if let eni = state.world.networkInterface(of: host), let subnet = state.world.subnet(eni.subnetId) {
      return (eni.privateAddress, subnet.cidr, eni.macAddress)
    }
    if host.kind == .onPremises, let network = state.world.onPremises {
      // The server sits in a /24 of the data centre's range.
      let block =
        (try? CIDRBlock(network: IPv4Address(host.address.value & 0xFFFF_FF00), prefixLength: 24)) ?? network.cidr
      return (host.address, block, "52:54:00:3a:1c:07")
    }
    let block =
      (try? CIDRBlock(network: IPv4Address(host.address.value & 0xFFFF_0000), prefixLength: 16))
      ?? host.address.hostBlock
    return (host.address, block, "02:42:0a:82:36:c8")
  }

  private static func linkLocal(_ mac: String) -> String {
    let bytes = mac.split(separator: ":").compactMap { UInt8($0, radix: 16) }
    guard bytes.count == 6 else { return "fe80::1" }
    func hex(_ a: UInt8, _ b: UInt8) -> String {
      let value = UInt16(a) << 8 | UInt16(b)
      return String(value, radix: 16)
    }
    return
      "fe80::\(hex(bytes[0] ^ 0x02, bytes[1])):\(hex(bytes[2], 0xFF)):\(hex(0xFE, bytes[3])):\(hex(bytes[4], bytes[5]))"
  }

  static func addresses(_ host: Host, state: ShellState) -> String {
    let nic = interface(host, state: state)
    let device = host.kind == .onPremises ? "ens192" : "eth0"
    let mtu = isInstance(host) ? 9001 : 1500
    return """
      1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
          link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
          inet 127.0.0.1/8 scope host lo
             valid_lft forever preferred_lft forever
          inet6 ::1/128 scope host \n       valid_lft forever preferred_lft forever
      2: \(device): <BROADCAST,MULTICAST,UP,LOWER_UP> mtu \(mtu) qdisc mq state UP group default qlen 1000
          link/ether \(nic.mac) brd ff:ff:ff:ff:ff:ff
          inet \(nic.address)/\(nic.block.prefixLength) brd \(nic.block.lastAddress) scope global dynamic \(device)
             valid_lft 3560sec preferred_lft 3560sec
          inet6 \(linkLocal(nic.mac))/64 scope link \n       valid_lft forever preferred_lft forever

      """
  }

  private static func isInstance(_ host: Host) -> Bool {
    if case .instance = host.kind { return true }
    return false
  }

  static func routes(_ host: Host, state: ShellState) -> String {
    let nic = interface(host, state: state)
    let device = host.kind == .onPremises ? "ens192" : "eth0"
    let gateway = nic.block.address(at: 1)
    var text = "default via \(gateway) dev \(device) \n"
    text += "\(nic.block) dev \(device) proto kernel scope link src \(nic.address) \n"
    if isInstance(host) { text += "169.254.169.254 dev \(device) \n" }
    return text
  }

  static func links(_ host: Host, state: ShellState) -> String {
    let nic = interface(host, state: state)
    let device = host.kind == .onPremises ? "ens192" : "eth0"
    return """
      1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
          link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      2: \(device): <BROADCAST,MULTICAST,UP,LOWER_UP> mtu \(isInstance(host) ? 9001 : 1500) qdisc mq state UP mode DEFAULT group default qlen 1000
          link/ether \(nic.mac) brd ff:ff:ff:ff:ff:ff

      """
  }
}
