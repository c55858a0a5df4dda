import Testing
import Transcript

@testable import Labs

/// The network tools in a recorded workspace: grading replays them to the same bytes, and a
/// replayed V1 reaches S3 while V3 does not (issue 12's acceptance, for traceroute, nc and telnet).
@Suite struct NetworkToolsReplayTests {
  static let s3 = "s3.ap-northeast-2.amazonaws.com"

  @Test func gradingReproducesEveryOutput() throws {
    let lab = try GradingFixture.lab("public-subnet")
    let script = [
      "traceroute -m 3 \(Self.s3)", "nc -zv \(Self.s3) 443", "telnet \(Self.s3) 443", "ip route get 52.219.60.1",
      "uname -a", "why", "ssh V3", "traceroute -n -m 3 \(Self.s3)", "nc -zv -w 2 \(Self.s3) 443",
      "nc -zv \(Self.s3) 443",
      "telnet \(Self.s3) 443", "why",
    ]
    let record = try GradingFixture.record(lab, script: script)
    let grade = try GradingFixture.grade(record, lab)
    #expect(grade.findings.isEmpty, "\(grade.findings)")
    let commands = record.lines.compactMap { if case .command(let command) = $0 { command } else { nil } }
    #expect(commands.map(\.input) == script)
    let byInput = Dictionary(commands.map { ($0.input + "@" + $0.host, $0) }, uniquingKeysWith: { first, _ in first })
    let v1Connect = try #require(byInput["nc -zv \(Self.s3) 443@V1"])
    #expect(v1Connect.output.contains("Ncat: Connected to 52.219.") && v1Connect.exitStatus == 0)
    let v3Wait = try #require(byInput["nc -zv -w 2 \(Self.s3) 443@V3"])
    #expect(v3Wait.output.contains("Ncat: TIMEOUT.\n") && v3Wait.exitStatus == 1)
    let v3Trace = try #require(byInput["traceroute -n -m 3 \(Self.s3)@V3"])
    #expect(v3Trace.output.contains("packets\n 1  * * *\n 2  * * *\n 3  * * *\n"))
    let v1Trace = try #require(byInput["traceroute -m 3 \(Self.s3)@V1"])
    #expect(v1Trace.output.contains("\n 1  10.0.1.1 (10.0.1.1)  "))
  }
}
