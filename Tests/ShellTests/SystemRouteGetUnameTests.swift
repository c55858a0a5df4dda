import Cloud
import Testing

@testable import Shell

/// `ip route get` against iproute2 6.1.0 (Resources/captures/iproute2-route-get: a veth eth0
/// 10.0.1.10/24 with `default via 10.0.1.1`, V1's own set-up, run as root in a user namespace,
/// hence `uid 0` where ec2-user is 1000) and `uname`'s refusals against coreutils 9.1.
@Suite struct SystemRouteGetUnameTests {
  /// V1's captures, moved to the host's own subnet and router.
  static func routeGet(_ name: String, on host: String) -> RealRun {
    let (address, router) =
      switch host {
      case "V2": ("10.0.11.20", "10.0.11.1")
      case "V3": ("10.0.12.20", "10.0.12.1")
      default: ("10.0.1.10", "10.0.1.1")
      }
    return RealRun("iproute2-route-get", name).replacing(
      ("uid 0 ", "uid 1000 "), ("via 10.0.1.1 ", "via \(router) "), ("src 10.0.1.10 ", "src \(address) "),
      ("local 10.0.1.10 ", "local \(address) "))
  }

  /// The kernel's choice is the same on V1, V2 and V3: off-subnet goes to the subnet's router,
  /// whatever the VPC route table behind it does.
  @Test(arguments: ["V1", "V2", "V3"])
  func theHostsKernelRoute(host: String) throws {
    var state = try Golden.state(host)
    let own = state.host!.address.description
    let neighbour = own.split(separator: ".").dropLast().joined(separator: ".") + ".20"
    let cases: [(String, String)] = [
      ("ip route get 52.219.56.116", "via"),
      ("ip route get \(own)", "own-address"),
      ("ip route get 127.0.0.1", "loopback"),
      ("ip route get 169.254.169.254", "metadata"),
      ("ip route get", "missing"),
      ("ip route get s3.amazonaws.com", "name"),
      ("ip route get 1.2.3.300", "bad-octet"),
    ]
    for (line, capture) in cases {
      let run = Golden.run(line, &state)
      #expect(run.real == Self.routeGet(capture, on: host), "\(line)")
      #expect(run.result.events.isEmpty, "a route lookup sends nothing: \(line)")
    }
    if host == "V1" {
      #expect(Golden.run("ip route get \(neighbour)", &state).real == Self.routeGet("on-link", on: host))
    }
  }

  /// Under sudo the lookup is root's, as in the capture.
  @Test func underSudoTheUidIsRoots() throws {
    var state = try Golden.state("V1")
    #expect(Golden.run("sudo ip route get 52.219.56.116", &state).real == RealRun("iproute2-route-get", "via"))
  }

  /// The data centre's server and CloudShell have their own device and router.
  @Test(arguments: [
    (
      "idc", "ip route get 52.219.56.116",
      "52.219.56.116 via 192.168.10.1 dev ens192 src 192.168.10.20 uid 1000 \n    cache \n"
    ),
    ("idc", "ip route get 192.168.10.7", "192.168.10.7 dev ens192 src 192.168.10.20 uid 1000 \n    cache \n"),
  ])
  func otherHosts(host: String, line: String, expected: String) throws {
    var state = try Golden.state(host)
    let run = Golden.run(line, &state)
    #expect(run.stdout == expected)
    #expect(run.status == 0)
    let shape = Self.routeGet(expected.contains(" via ") ? "via" : "on-link", on: "V1").stdout
    #expect(
      NetworkRealToolShapeTests.shape(run.stdout.replacingAll("ens192", with: "eth0"))
        == NetworkRealToolShapeTests.shape(shape))
  }

  @Test(arguments: [
    ("uname -x", "bad-option"),
    ("uname foo", "extra-operand"),
    ("uname --bogus", "bad-long-option"),
  ])
  func unameRefusals(line: String, capture: String) throws {
    var state = try Golden.state("V1")
    #expect(Golden.run(line, &state).real == RealRun("coreutils-uname", capture))
  }

  /// The fields: Amazon Linux 2's kernel (the one `aws --version` names), the node name `hostname`
  /// prints, and coreutils' order (captured: `uname -snrvmpio` prints s n r v m p i o).
  @Test func unameFieldsAndOrder() throws {
    var state = try Golden.state("V3")
    func one(_ option: String) -> String { Golden.run("uname \(option)", &state).stdout }
    #expect(one("") == "Linux\n")
    #expect(one("-n") == Golden.run("hostname", &state).stdout)
    #expect(AWSVersion.full.contains("Linux/" + one("-r").dropLast() + " "))
    #expect(one("-r") == "4.14.225-169.362.amzn2.x86_64\n")
    #expect(one("-v") == "#1 SMP Mon Mar 22 20:14:50 UTC 2021\n")
    #expect(one("-o") == "GNU/Linux\n")
    let every = one("-snrvmpio")
    // The capture machine's values differ, but it has as many fields, in this order.
    let captured = CaptureFiles.text("coreutils-uname/every-field.out")
    #expect(every.split(separator: " ").first == captured.split(separator: " ").first)
    #expect(every.hasSuffix(" GNU/Linux\n") && captured.hasSuffix(" GNU/Linux\n"))
    let fields = ["-s", "-n", "-r", "-v", "-m", "-p", "-i", "-o"].map { one($0).dropLast() }
    #expect(every == fields.joined(separator: " ") + "\n")
    #expect(one("-a") == every)
    #expect(one("--all") == every)
    #expect(one("-sr") == "Linux 4.14.225-169.362.amzn2.x86_64\n")
    #expect(
      one("-a")
        == "Linux ip-10-0-12-20 4.14.225-169.362.amzn2.x86_64 #1 SMP Mon Mar 22 20:14:50 UTC 2021 x86_64 x86_64 x86_64 GNU/Linux\n"
    )
  }
}
