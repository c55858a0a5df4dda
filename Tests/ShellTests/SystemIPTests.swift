import Cloud
import Testing

@testable import Shell

/// `ip addr`, `ip route`, `ip link` on each kind of host (iproute2 as on Amazon Linux 2).
@Suite struct SystemIPTests {
  private func mac(_ state: ShellState) throws -> String {
    let host = try #require(state.host)
    return try #require(state.world.networkInterface(of: host)).macAddress
  }

  /// The EUI-64 link-local address the kernel derives from a MAC.
  private func linkLocal(_ mac: String) -> String {
    let b = mac.split(separator: ":").compactMap { UInt8($0, radix: 16) }
    let groups = [(b[0] ^ 2, b[1]), (b[2], 0xff), (0xfe, b[3]), (b[4], b[5])].map {
      String(UInt16($0.0) << 8 | UInt16($0.1), radix: 16)
    }
    return "fe80::" + groups.joined(separator: ":")
  }

  static let loopback = """
    1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
        link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
        inet 127.0.0.1/8 scope host lo
           valid_lft forever preferred_lft forever
        inet6 ::1/128 scope host \("")
           valid_lft forever preferred_lft forever

    """

  @Test(arguments: [
    ("V1", "10.0.1.10", "10.0.1.255"), ("V2", "10.0.11.20", "10.0.11.255"), ("V3", "10.0.12.20", "10.0.12.255"),
  ])
  func ipAddrOnAnInstance(host: String, address: String, broadcast: String) throws {
    var state = try Golden.state(host)
    let mac = try mac(state)
    #expect(mac.hasPrefix("02:") && mac.count == 17)
    let expected =
      Self.loopback + """
        2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 9001 qdisc mq state UP group default qlen 1000
            link/ether \(mac) brd ff:ff:ff:ff:ff:ff
            inet \(address)/24 brd \(broadcast) scope global dynamic eth0
               valid_lft 3560sec preferred_lft 3560sec
            inet6 \(linkLocal(mac))/64 scope link \("")
               valid_lft forever preferred_lft forever

        """
    for line in ["ip addr", "ip a", "ip address", "ip addr show"] {
      let run = Golden.run(line, &state)
      #expect(run.stdout == expected, "\(line)")
      #expect(run.stderr == "" && run.status == 0)
    }
  }

  @Test func ipAddrOnPremisesAndCloudShell() throws {
    var idc = try Golden.state("idc")
    #expect(
      Golden.run("ip addr", &idc).stdout == Self.loopback + """
        2: ens192: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP group default qlen 1000
            link/ether 52:54:00:3a:1c:07 brd ff:ff:ff:ff:ff:ff
            inet 192.168.10.20/24 brd 192.168.10.255 scope global dynamic ens192
               valid_lft 3560sec preferred_lft 3560sec
            inet6 fe80::5054:ff:fe3a:1c07/64 scope link \("")
               valid_lft forever preferred_lft forever

        """)
    var shell = try Golden.state("cloudshell")
    let address = try #require(shell.host).address
    #expect(
      Golden.run("ip addr", &shell).stdout == Self.loopback + """
        2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP group default qlen 1000
            link/ether 02:42:0a:82:36:c8 brd ff:ff:ff:ff:ff:ff
            inet \(address)/16 brd 10.130.255.255 scope global dynamic eth0
               valid_lft 3560sec preferred_lft 3560sec
            inet6 fe80::42:aff:fe82:36c8/64 scope link \("")
               valid_lft forever preferred_lft forever

        """)
  }

  @Test func ipRouteOnEachKindOfHost() throws {
    var v1 = try Golden.state("V1")
    #expect(
      Golden.run("ip route", &v1).stdout
        == "default via 10.0.1.1 dev eth0 \n10.0.1.0/24 dev eth0 proto kernel scope link src 10.0.1.10 \n169.254.169.254 dev eth0 \n"
    )
    var v3 = try Golden.state("V3")
    let run = Golden.run("ip r", &v3)
    #expect(
      run.stdout
        == "default via 10.0.12.1 dev eth0 \n10.0.12.0/24 dev eth0 proto kernel scope link src 10.0.12.20 \n169.254.169.254 dev eth0 \n"
    )
    #expect(run.stderr == "" && run.status == 0)
    var idc = try Golden.state("idc")
    #expect(
      Golden.run("ip route", &idc).stdout
        == "default via 192.168.10.1 dev ens192 \n192.168.10.0/24 dev ens192 proto kernel scope link src 192.168.10.20 \n"
    )
    var shell = try Golden.state("cloudshell")
    let address = try #require(shell.host).address
    #expect(
      Golden.run("ip route", &shell).stdout
        == "default via 10.130.0.1 dev eth0 \n10.130.0.0/16 dev eth0 proto kernel scope link src \(address) \n")
  }

  @Test func ipLink() throws {
    var state = try Golden.state("V2")
    let mac = try mac(state)
    let run = Golden.run("ip link", &state)
    #expect(
      run.stdout == """
        1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
            link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
        2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 9001 qdisc mq state UP mode DEFAULT group default qlen 1000
            link/ether \(mac) brd ff:ff:ff:ff:ff:ff

        """)
    #expect(run.stderr == "" && run.status == 0)
    #expect(Golden.run("ip l", &state).stdout == run.stdout)
  }

  @Test func ipErrors() throws {
    var state = try Golden.state("V1")
    let bare = Golden.run("ip", &state)
    #expect(bare.stdout == "")
    #expect(bare.stderr.hasPrefix("Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n"))
    #expect(bare.status == 255)
    let unknown = Golden.run("ip foo", &state)
    #expect(
      unknown.stdout == "" && unknown.stderr == "Object \"foo\" is unknown, try \"ip help\".\n" && unknown.status == 1)
  }

  /// Product bug: `IPCommand.run` drops `-4` and prints everything; `ip -4 addr` shows only IPv4
  /// lines (no link/ether, no inet6), as observed with iproute2 here.
  @Test func ipDashFourAddrShowsOnlyIPv4() throws {
    var state = try Golden.state("V3")
    let run = Golden.run("ip -4 addr", &state)
    do {  // Once a known issue, now fixed.
      #expect(
        run.stdout == """
          1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
              inet 127.0.0.1/8 scope host lo
                 valid_lft forever preferred_lft forever
          2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 9001 qdisc mq state UP group default qlen 1000
              inet 10.0.12.20/24 brd 10.0.12.255 scope global dynamic eth0
                 valid_lft 3560sec preferred_lft 3560sec

          """)
    }
  }

  /// Product bug: `ip addr show eth0` ignores the device and prints lo as well.
  @Test func ipAddrShowDevice() throws {
    var state = try Golden.state("V3")
    let run = Golden.run("ip addr show eth0", &state)
    do {  // Once a known issue, now fixed.
      #expect(run.stdout.hasPrefix("2: eth0: "))
    }
  }
}
