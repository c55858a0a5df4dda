import Testing
import Transcript

@testable import Workspace

@Suite struct CommitMessageTests {
  static func command(_ input: String, host: String = "V3", status: Int32 = 255) -> TranscriptEntry {
    .command(CommandRecord(host: host, input: input, simulatedTime: 0, exitStatus: status, output: ""))
  }

  struct Case: Sendable {
    var entry: TranscriptEntry
    var steps: [String]
    var expected: String
    init(_ entry: TranscriptEntry, _ steps: [String], _ expected: String) {
      self.entry = entry
      self.steps = steps
      self.expected = expected
    }
  }

  static let cases: [Case] = [
    Case(command("aws s3 ls s3://jschoi.acl --debug"), [], "V3 $ aws s3 ls s3://jschoi.acl --debug  → 255\n"),
    Case(
      command("nslookup s3.ap-northeast-2.amazonaws.com", host: "V1", status: 0), ["public-dns"],
      "V1 $ nslookup s3.ap-northeast-2.amazonaws.com  → 0\n\nStep: public-dns passed\n"
    ),
    Case(
      command("aws s3 ls", status: 0), ["gateway-endpoint", "private-listing"],
      "V3 $ aws s3 ls  → 0\n\nStep: gateway-endpoint passed\nStep: private-listing passed\n"
    ),
    Case(command("echo a\tb\nc", host: "V2", status: 0), [], "V2 $ echo a b c  → 0\n"),
    Case(
      command(String(repeating: "x", count: 200), status: 1), [], "V3 $ \(String(repeating: "x", count: 71))…  → 1\n"),
    Case(.reset(step: nil), [], "reset to the start\n"),
    Case(.reset(step: "private-timeout"), [], "reset to step private-timeout\n"),
  ]

  @Test(arguments: cases) func formatsSubjectAndTrailers(_ c: Case) {
    #expect(CommitMessage.make(for: c.entry, passedSteps: c.steps) == c.expected)
  }
}
