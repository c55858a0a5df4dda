import Foundation
import Testing
import Transcript

@testable import Workspace

@Suite struct TranscriptEntryTests {
  @Test func writesOneLineWithSortedKeysAndUTF8() throws {
    let entry = TranscriptEntry.command(
      CommandRecord(
        host: "V3", input: "aws s3 ls s3://jschoi.acl", simulatedTime: 1_632_000_000_123, exitStatus: 255,
        output: "연결 시간 초과\n\"quoted\"\n"))
    let line = try entry.jsonLine()
    #expect(
      String(decoding: line, as: UTF8.self)
        == #"{"exitStatus":255,"host":"V3","input":"aws s3 ls s3://jschoi.acl","kind":"command","output":"연결 시간 초과\n\"quoted\"\n","simulatedTime":1632000000123}"#
        + "\n")
  }

  @Test(arguments: [
    TranscriptEntry.reset(step: nil), .reset(step: "private-timeout"),
    .command(CommandRecord(host: "onprem", input: "", simulatedTime: -5, exitStatus: 0, output: "")),
  ])
  func roundTrips(_ entry: TranscriptEntry) throws {
    let line = try entry.jsonLine()
    #expect(line.last == 0x0A)
    #expect(!line.dropLast().contains(0x0A))
    #expect(try TranscriptFile.entries(in: line, path: "t") == [entry])
  }

  @Test func writesResetMarkersWithTheirKind() throws {
    #expect(
      String(decoding: try TranscriptEntry.reset(step: "s2").jsonLine(), as: UTF8.self)
        == #"{"kind":"reset","step":"s2"}"# + "\n")
    #expect(
      String(decoding: try TranscriptEntry.reset(step: nil).jsonLine(), as: UTF8.self) == #"{"kind":"reset"}"# + "\n")
  }

  struct BadLine: Sendable, CustomTestStringConvertible {
    var text: String
    var line: Int
    var problem: String
    var testDescription: String { problem }
  }

  static let badLines: [BadLine] = [
    BadLine(
      text: "{\"kind\":\"reset\"}\nnot json\n", line: 2, problem: "not a JSON object with the transcript's fields"),
    BadLine(
      text: "{\"kind\":\"command\",\"host\":\"V1\"}\n", line: 1,
      problem: "command entry without \"input\", \"simulatedTime\", \"exitStatus\", \"output\""),
    BadLine(text: "{\"kind\":\"dance\"}\n", line: 1, problem: "unknown entry kind \"dance\""),
    BadLine(text: "{\"kind\":\"reset\"}\n{\"kind\":\"reset\"}", line: 2, problem: "the last line has no line break"),
  ]

  @Test(arguments: badLines) func namesTheLineAndTheProblem(_ bad: BadLine) {
    #expect(throws: WorkspaceError.badTranscript(path: "/w/transcript.jsonl", line: bad.line, problem: bad.problem)) {
      try TranscriptFile.entries(in: Data(bad.text.utf8), path: "/w/transcript.jsonl")
    }
  }
}
