import Cloud
import CourseWorldSupport
import Foundation
import Testing

@testable import Shell

/// `dig +trace` in the fidelity suite (docs/fidelity.md, "DNS and network tools"): each command of
/// `captures/dig-trace/commands.tsv`, captured from bind9-dnsutils 9.18.49 walking real `named`
/// servers on loopback (scripts/capture/dig-trace.sh), runs in labrun and is compared byte for byte.
///
/// The capture's servers sit on loopback addresses under their real names; before comparing, each
/// becomes the simulated server of that name. Which server of a referral dig asks is drawn (dig
/// shuffles them), so the server of each `;; Received` line, of `+short`'s `from server` and of
/// each `communications error` line is compared as a placeholder, and checked apart: it must be one
/// of the servers the previous step named. Round trips (`in N ms`) are clocked, not layout.
@Suite struct DigTraceFidelityTests {
  static let folder = "dig-trace"

  /// One line of the list: NAME, the resolv.conf it ran with, the network condition, the command.
  struct Command: Sendable, CustomStringConvertible {
    let name: String
    let host: String
    let condition: String
    let line: String
    var description: String { "\(name): \(host) \(condition) $ \(line)" }
  }

  static let commands: [Command] = CaptureFiles.text("\(folder)/commands.tsv").split(separator: "\n")
    .filter { !$0.hasPrefix("#") }
    .map { row in
      let fields = row.split(separator: "\t", maxSplits: 3).map(String.init)
      return Command(name: fields[0], host: fields[1], condition: fields[2], line: fields[3])
    }

  /// Accepted differences: capture name → what differs and why (the table in docs/fidelity.md).
  static let accepted: [String: String] = [
    "trace-www-example":
      "the root's referral is 3 bytes bigger in the capture: for a question of three labels bind writes the owner com. in full instead of pointing into the question; the simulated servers compress it",
    "trace-nxdomain-google":
      "the root's referral is 3 bytes bigger in the capture (bind does not point com. into a three-label question, as for trace-www-example)",
    "trace-nxdomain-com":
      "the SOA answer is 3 bytes bigger in the capture: bind writes com. in full there too; the simulated com servers compress it",
  ]

  /// The host of the course world each capture condition stands for, and how it is set up.
  static func state(for command: Command) throws -> ShellState {
    let world = try WorldDescription.course().build(seed: 1)
    switch (command.host, command.condition) {
    case ("ec2", "open"):
      // V1: a public subnet, every name server reachable.
      return ShellState(world: world, hostName: "V1")
    case ("ec2", "internet-dropped"):
      // V3: a private subnet; the VPC resolver answers, the internet does not.
      return ShellState(world: world, hostName: "V3")
    case ("ec2", "resolver-dropped"):
      // V1 in a VPC whose DNS support is off: nothing answers at 10.0.0.2.
      var state = ShellState(world: world, hostName: "V1")
      state.world.vpcs[0].dnsSupport = false
      return state
    case ("plain", "internet-dropped"):
      // The data centre's server: its resolv.conf sets no options and it has no internet access.
      return ShellState(world: world, hostName: "idc")
    default:
      throw CaptureError.unknownCondition(command.description)
    }
  }

  enum CaptureError: Error {
    case unknownCondition(String)
  }

  /// The simulated name servers, by name, and the capture's loopback address of each
  /// (scripts/capture/dig-trace.sh: roots on .11–.23, gtld on .31–.43, Google's on .51–.54,
  /// IANA's on .61–.62).
  static let servers: (byName: [String: String], byCaptureAddress: [String: String]) = {
    var byName: [String: String] = [:]
    var byCapture: [String: String] = [:]
    let groups: [([NameServer], Int)] = [
      (World.rootServers.servers, 11), (World.publicDelegation(of: "com")!.servers, 31),
      (World.publicDelegation(of: "google.com")!.servers, 51),
      (World.publicDelegation(of: "example.com")!.servers, 61),
    ]
    for (list, first) in groups {
      for (index, server) in list.enumerated() {
        byName[String(server.name.dropLast())] = server.address.description
        byCapture["127.0.0.\(first + index)"] = server.address.description
      }
    }
    return (byName, byCapture)
  }()

  /// The output with the drawn server and the clocked round trip of each line replaced by
  /// placeholders; the servers and names it had, in order, for the checks on them.
  static func masked(_ text: String, resolver: String) -> (text: String, servers: [(address: String, name: String?)]) {
    var servers: [(String, String?)] = []
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix(";; Received "), let from = line.range(of: " bytes from "), let end = line.range(of: ") in ") {
        let server = line[from.upperBound..<end.lowerBound]  // ADDR#53(NAME
        let parts = server.split(separator: "#", maxSplits: 1)
        let name = parts.count == 2 ? String(parts[1].dropFirst(3)) : nil
        let address = String(parts[0])
        if address == resolver {
          // The resolver's answer to `. NS`: the capture's is bind's (root glue in the additional
          // section, the owner `.` as a pointer, 459 bytes); the simulated Route 53 Resolver sends
          // the NS records alone, as Google's public resolver does (228 bytes without EDNS in
          // public dig transcripts; 239 with the OPT record). Compared from `bytes from` on.
          lines.append(";; Received <n>" + String(line[from.lowerBound..<end.lowerBound]) + ") in <t> ms")
        } else {
          servers.append((address, name))
          lines.append(String(line[..<from.upperBound]) + "<server> in <t> ms")
        }
      } else if line.hasPrefix(";; communications error to "), line.hasSuffix("#53: timed out") {
        let address = String(line.dropFirst(";; communications error to ".count).dropLast("#53: timed out".count))
        if address == resolver {
          lines.append(line)
        } else {
          servers.append((address, nil))
          lines.append(";; communications error to <server>#53: timed out")
        }
      } else if let from = line.range(of: " from server "), line.hasSuffix(" ms.") {
        let rest = line[from.upperBound...]
        let address = String(rest.prefix { $0 != " " })
        if address != resolver { servers.append((address, nil)) }
        lines.append(String(line[..<from.upperBound]) + (address == resolver ? address : "<server>") + " in <t> ms.")
      } else {
        lines.append(line)
      }
    }
    return (lines.joined(separator: "\n"), servers)
  }

  /// The capture with its loopback addresses made the simulated servers' (the resolver's too).
  static func simulatedAddresses(_ text: String, resolver: String) -> String {
    var out = text
    // Longest first, so that 127.0.0.1 does not rewrite the start of 127.0.0.11.
    for (loopback, address) in servers.byCaptureAddress.sorted(by: { $0.key.count > $1.key.count }) {
      out = out.replacingOccurrences(of: loopback + "#", with: address + "#")
        .replacingOccurrences(of: "server " + loopback + " ", with: "server " + address + " ")
    }
    return out.replacingOccurrences(of: "127.0.0.1#", with: resolver + "#")
      .replacingOccurrences(of: "(127.0.0.1)", with: "(\(resolver))")
      .replacingOccurrences(of: "server 127.0.0.1 ", with: "server \(resolver) ")
  }

  struct Run {
    let simulated: (stdout: String, status: Int32)
    let real: (stdout: String, status: Int32)
    let simulatedServers: [(address: String, name: String?)]
    let seconds: (simulated: Int64, real: Int64)
    var identical: Bool { simulated == real }
  }

  static func run(_ command: Command) throws -> Run {
    var state = try state(for: command)
    let resolver = state.host!.resolverAddress.description
    let before = state.world.now
    let result = LabShell.run(command.line, state: &state)
    let elapsed = (state.world.now - before) / 1000
    let ours = masked(result.stdout + result.stderr, resolver: resolver)
    let capture =
      (CaptureFiles.optionalText("\(folder)/\(command.name).out") ?? "")
      + (CaptureFiles.optionalText("\(folder)/\(command.name).err") ?? "")
    let theirs = masked(simulatedAddresses(capture, resolver: resolver), resolver: resolver)
    let seconds = CaptureFiles.status("\(folder)/elapsed.txt", command.name)
    return Run(
      simulated: (ours.text, result.status),
      real: (theirs.text, CaptureFiles.status("\(folder)/statuses.txt", command.name)),
      simulatedServers: ours.servers, seconds: (elapsed, Int64(seconds)))
  }

  @Test(arguments: commands)
  func eachTraceIsIdenticalOrItsDifferenceIsAccepted(_ command: Command) throws {
    let run = try Self.run(command)
    if let reason = Self.accepted[command.name] {
      #expect(!run.identical, "accepted as different (\(reason)) but identical: drop it from the table")
      #expect(run.simulated.status == run.real.status, "an accepted difference never covers the exit status")
      #expect(
        run.simulated.stdout.split(separator: "\n").count == run.real.stdout.split(separator: "\n").count,
        "an accepted difference is a size, not a line")
    } else {
      #expect(run.simulated.stdout == run.real.stdout)
      #expect(run.simulated.status == run.real.status)
    }
    // dig waits as long as the capture did (whole seconds; the answered walks take well under one).
    #expect(run.seconds.simulated == run.seconds.real)
  }

  /// Every server a simulated walk names is a real server of its level, at its own address.
  @Test(arguments: commands)
  func theServersAskedAreTheZonesOwn(_ command: Command) throws {
    let run = try Self.run(command)
    let known = Set(Self.servers.byName.values)
    for server in run.simulatedServers {
      #expect(known.contains(server.address), "\(server.address) is no simulated name server")
      if let name = server.name { #expect(Self.servers.byName[name] == server.address, "\(name)") }
    }
  }

  /// From V3 the walk stops at the root, and `why` says that the resolver still answered.
  @Test func whyTellsThatOnlyTheResolverIsReachableFromAPrivateSubnet() throws {
    var state = try Self.state(for: Self.commands.first { $0.condition == "internet-dropped" && $0.host == "ec2" }!)
    _ = LabShell.run("dig +trace google.com", state: &state)
    let why = LabShell.run("why", state: &state).stdout
    #expect(why.contains("thirteen root name servers"))
    #expect(why.contains("straight to the name server"))
    #expect(why.contains("The VPC resolver still answers this host"))
    #expect(why.contains("(this happened 13 times"))
  }

  /// The suite's score, as docs/fidelity.md reports it.
  @Test func theScoreIsWhatTheFidelityPageSays() throws {
    let identical = try Self.commands.filter { try Self.run($0).identical }.count
    let summary = "\(identical) of \(Self.commands.count) identical"
    #expect(identical + Self.accepted.count == Self.commands.count, "\(summary)")
    let page = FidelityScoreTests.page
    #expect(page.contains("dig +trace: \(summary)"), "docs/fidelity.md should say \(summary)")
    for name in Self.accepted.keys { #expect(page.contains("`\(name)`"), "\(name) is not in the page's table") }
  }
}
