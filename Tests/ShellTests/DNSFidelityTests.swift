import Cloud
import CourseWorldSupport
import Foundation
import Testing

@testable import Shell

/// The DNS half of the fidelity suite (docs/fidelity.md, "DNS and network tools"): each learner
/// command of `captures/dns-fidelity/commands.tsv` runs in labrun on its host and is compared byte
/// for byte, output and exit status, with what the real bind9-dnsutils 9.18.49 printed for it
/// (scripts/capture/dns-fidelity.sh).
///
/// Before comparing, the capture's loopback resolver becomes the host's resolver, and the message
/// IDs, query times and dates of dig and `host -v` become the simulation's, in order (each is drawn
/// or clocked, not a format). Every
/// other difference must be listed in `accepted`, with the reason docs/fidelity.md gives.
@Suite struct DNSFidelityTests {
  static let folder = "dns-fidelity"

  /// One line of the list.
  struct Command: Sendable, CustomStringConvertible {
    let name: String
    let lab: String
    let host: String
    let line: String
    var description: String { "\(name): \(host) $ \(line)" }
  }

  /// Accepted differences: capture name → what differs and why (the table in docs/fidelity.md).
  static let accepted: [String: String] = [
    "nxdomain-dig-com":
      "dnsmasq's SOA has minimum and TTL equal to its --auth-ttl (60); example.com's real SOA, the simulation's, has TTL and minimum 3600; dnsmasq does not compress the SOA's names (MSG SIZE 123 vs 103)",
    "nodata-dig-mx-amazonaws":
      "dnsmasq does not compress the SOA's names in the authority section (MSG SIZE 136 vs 110)",
    "option-host-v":
      "dnsmasq does not compress the SOA's names (Received 108 vs 78 bytes for the AAAA and MX answers)",
    "option-host-a":
      "dnsmasq answers ANY from its own zone and marks it authoritative (aa); names uncompressed (Received 108 vs 78 bytes)",
    "option-dig-any":
      "dnsmasq answers ANY from its own zone with aa and an EDE 17 (Filtered) option; names uncompressed (MSG SIZE 125 vs 89)",
  ]

  static let commands: [Command] = CaptureFiles.text("\(folder)/commands.tsv").split(separator: "\n")
    .filter { !$0.hasPrefix("#") }
    .map { row in
      let fields = row.split(separator: "\t", maxSplits: 3).map(String.init)
      return Command(name: fields[0], lab: fields[1], host: fields[2], line: fields[3])
    }

  /// What labrun prints for one command on a fresh course world, and the capture made comparable.
  struct Pair {
    let simulated: (stdout: String, stderr: String, status: Int32)
    let real: (stdout: String, stderr: String, status: Int32)
    var identical: Bool { simulated == real }
  }

  static func pair(_ command: Command) throws -> Pair {
    var state = ShellState(world: try WorldDescription.course().build(seed: 1), hostName: command.host)
    let resolver = state.host!.resolverAddress.description
    let result = LabShell.run(command.line, state: &state)
    let stdout = result.stdout
    let stderr = result.stderr
    /// The capture with each match of `pattern` replaced, in order, by the simulation's match.
    func substituted(_ text: String, _ pattern: String) -> String {
      let regex = try! NSRegularExpression(pattern: pattern)
      func matches(_ string: String) -> [Range<String.Index>] {
        regex.matches(in: string, range: NSRange(string.startIndex..., in: string)).compactMap {
          Range($0.range, in: string)
        }
      }
      let simulated = matches(stdout).map { String(stdout[$0]) }
      var out = ""
      var rest = text.startIndex
      for (index, range) in matches(text).enumerated() where index < simulated.count {
        out += text[rest..<range.lowerBound] + simulated[index]
        rest = range.upperBound
      }
      return out + text[rest...]
    }
    func comparable(_ text: String) -> String {
      var out = text.replacingOccurrences(of: "127.0.0.1", with: resolver)
      // Drawn or clocked values: dig's and host's message IDs, query times, dates.
      for pattern in [
        #"(?<=, id: )\d+"#, #";; Query time: [^\n]*\n"#, #";; WHEN: [^\n]*\n"#, #"(?<=#53 in )\d+(?= ms\n)"#,
      ] {
        out = substituted(out, pattern)
      }
      return out
    }
    let real = (
      comparable(CaptureFiles.optionalText("\(folder)/\(command.name).out") ?? ""),
      comparable(CaptureFiles.optionalText("\(folder)/\(command.name).err") ?? ""),
      CaptureFiles.status("\(folder)/statuses.txt", command.name)
    )
    return Pair(simulated: (stdout, stderr, result.status), real: real)
  }

  @Test(arguments: commands)
  func eachCommandIsIdenticalOrItsDifferenceIsAccepted(_ command: Command) throws {
    let pair = try Self.pair(command)
    if let reason = Self.accepted[command.name] {
      #expect(!pair.identical, "accepted as different (\(reason)) but identical: drop it from the table")
      #expect(pair.simulated.status == pair.real.status, "an accepted difference never covers the exit status")
    } else {
      #expect(pair.simulated.stdout == pair.real.stdout)
      #expect(pair.simulated.stderr == pair.real.stderr)
      #expect(pair.simulated.status == pair.real.status)
    }
  }

  /// The suite's score, as docs/fidelity.md reports it.
  @Test func theScoreIsWhatTheFidelityPageSays() throws {
    let identical = try Self.commands.filter { try Self.pair($0).identical }.count
    let summary = "\(identical) of \(Self.commands.count) identical"
    #expect(identical + Self.accepted.count == Self.commands.count, "\(summary)")
    let page = try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/fidelity.md"), encoding: .utf8)
    #expect(page.contains("DNS tools: \(summary)"), "docs/fidelity.md should say \(summary)")
    for name in Self.accepted.keys { #expect(page.contains("`\(name)`"), "\(name) is not in the page's table") }
  }
}
