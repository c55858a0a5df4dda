import CourseWorldSupport
import Foundation
import Testing

@testable import Shell

/// bash's parameter expansion operators (`${N/\*/bucket}`, `${P##*/}`, `${V:-x}`, `${#N}`,
/// `${N:2:4}`, `${V^^}` …) against bash 5.2 (captures by
/// scripts/capture/bash_parameter_expansion.py): each line runs on V1 and must print the same,
/// bash's `bash: line 1:` being the prompt's `-bash:`.
@Suite struct ParameterExpansionGoldenTests {
  struct Capture: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    let line: String
    let stdout: String
    let stderr: String
    let status: Int32
    var testDescription: String { name }
  }

  struct File: Decodable {
    let tool: String
    let cases: [Capture]
  }

  static let captures = CaptureFiles.decode(File.self, "bash/parameter-expansion.json").cases

  @Test func theCaptureIsThere() {
    #expect(Self.captures.count >= 40)
  }

  @Test(arguments: captures) func sameAsBash(_ capture: Capture) throws {
    var state = try Golden.state("V1")
    let result = LabShell.run(capture.line, state: &state)
    #expect(result.stdout == capture.stdout, "stdout of \(capture.line)")
    #expect(
      result.stderr == capture.stderr.replacingOccurrences(of: "bash: line 1: ", with: "-bash: "), "\(capture.line)")
    #expect(result.status == capture.status, "status of \(capture.line)")
  }

  /// What bash has and the lab shell does not is refused by name, before anything runs.
  @Test(arguments: [
    ("echo ${X:=v}", "parameter expansion operators that assign or fail (${NAME:=…}, ${NAME:?…})"),
    ("echo ${X?}", "parameter expansion operators that assign or fail (${NAME=…}, ${NAME?…})"),
    ("echo ${!X}", "indirect expansion (${!…})"),
    ("echo ${X[1]}", "arrays (${NAME[…]})"),
    ("echo ${X@Q}", "parameter transformation (${NAME@…})"),
    ("echo ${X^a}", "case modification with a pattern (${NAME^PATTERN})"),
    ("echo ${X:-$(hostname)}", "command substitution inside ${…}"),
    ("echo ${X:1+1}", "arithmetic in ${NAME:OFFSET:LENGTH}"),
  ])
  func unsimulatedOperatorsAreRefused(_ line: String, _ what: String) throws {
    var state = try Golden.state("V1")
    let result = LabShell.run(line, state: &state)
    #expect(result.stderr == "-bash: \(what): not available in this lab shell\n")
    #expect(result.stdout == "")
    var korean = try Golden.state("V1")
    korean.language = .korean
    let refused = LabShell.run(line, state: &korean).stderr
    #expect(refused.hasSuffix(": 이 실습 셸에서는 쓸 수 없습니다\n") && !refused.contains(what), "\(refused)")
  }

  /// A pattern operator on a value longer than the limit is refused, not left to crawl.
  @Test func aLongValueIsRefused() throws {
    var state = try Golden.state("V1")
    let long = String(repeating: "a", count: 4_097)
    let refused = LabShell.run("V=\(long); echo ${V%a}", state: &state)
    #expect(
      refused.stderr
        == "-bash: V: pattern operators on values longer than 4096 characters are not available in this lab shell\n")
    #expect(LabShell.run("V=\(long.dropLast()); echo ${#V} ${V%a} | wc -c", state: &state).stdout == "4101\n")
  }
}
