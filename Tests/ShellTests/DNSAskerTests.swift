import Cloud
import CourseWorldSupport
import Testing

@testable import Shell

/// Every command that resolves a name records which program asked (issue 14): the DNS tools as
/// `dnsTool`, everything that resolves a name to connect to it as `client`.
@Suite struct DNSAskerTests {
  /// A command line on a host, and the askers of the lookups it should make, in order.
  struct Case: Sendable, CustomStringConvertible {
    let host: String
    let line: String
    let askers: [DNSAsker]
    var description: String { "\(host) $ \(line)" }
  }

  static let s3 = "s3.ap-northeast-2.amazonaws.com"

  static let cases: [Case] = [
    Case(host: "V1", line: "nslookup \(s3)", askers: [.dnsTool("nslookup"), .dnsTool("nslookup")]),
    Case(host: "V1", line: "nslookup -type=A \(s3)", askers: [.dnsTool("nslookup")]),
    Case(host: "V1", line: "dig +short \(s3)", askers: [.dnsTool("dig")]),
    Case(host: "V1", line: "host -t A \(s3)", askers: [.dnsTool("host")]),
    // The server named by name is resolved by the tool for itself before it asks its question.
    Case(
      host: "V1", line: "dig @\(s3) \(s3)", askers: [.client("dig")]),
    Case(host: "V1", line: "curl -s -o /dev/null https://\(s3)/", askers: [.client("curl")]),
    Case(host: "V1", line: "ping -c 1 \(s3)", askers: [.client("ping")]),
    Case(host: "V1", line: "nc -zv -w 1 \(s3) 443", askers: [.client("nc")]),
    Case(host: "V1", line: "aws s3 ls s3://jschoi.acl", askers: [.client("aws")]),
    Case(host: "V1", line: "aws s3api list-objects-v2 --bucket jschoi.acl", askers: [.client("aws")]),
  ]

  @Test(arguments: cases)
  func eachLookupSaysWhoAsked(_ test: Case) throws {
    var state = ShellState(world: try WorldDescription.course().build(seed: 1), hostName: test.host)
    let result = LabShell.run(test.line, state: &state)
    let askers = result.events.compactMap { event -> DNSAsker? in
      if case .dnsLookup(let lookup) = event { return lookup.askedBy }
      return nil
    }
    // A server name that is itself an address of S3 answers no DNS: only its own lookup is made.
    if test.line.hasPrefix("dig @") {
      #expect(askers.first == test.askers.first)
    } else {
      #expect(askers == test.askers)
    }
  }
}
