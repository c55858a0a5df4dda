import CourseWorldSupport
import Testing

@testable import Shell

/// `sort -k` with the key's own ordering letters, and the key errors, against GNU sort (captures
/// by scripts/capture/coreutils_sort.py, coreutils 9.1 under C.UTF-8): each case writes the input
/// to `f` on V1 and runs `sort ARGS f`, which must print the same bytes with the same status.
@Suite struct SortKeyGoldenTests {
  struct Capture: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    let input: String
    let arguments: String
    let stdout: String
    let stderr: String
    let status: Int32
    var testDescription: String { name }
  }

  struct File: Decodable {
    let tool: String
    let cases: [Capture]
  }

  static let captures = CaptureFiles.decode(File.self, "coreutils-sort/sort.json").cases

  @Test func theCaptureIsThere() {
    #expect(Self.captures.count >= 20)
  }

  @Test(arguments: captures) func sameAsGNUSort(_ capture: Capture) throws {
    var state = try Golden.state("V1")
    let written = LabShell.run("cat > f <<'EOF'\n" + capture.input + "EOF", state: &state)
    #expect(written.status == 0)
    let result = LabShell.run("sort " + capture.arguments + " f", state: &state)
    #expect(result.stdout == capture.stdout, "stdout of sort \(capture.arguments)")
    #expect(result.stderr == capture.stderr, "stderr of sort \(capture.arguments)")
    #expect(result.status == capture.status, "status of sort \(capture.arguments)")
  }

  /// Orderings GNU sort has and the lab shell does not are refused by name, not mistaken.
  @Test(arguments: ["-k2g", "-k2M", "-k2,2h", "-k2V"])
  func unsimulatedOrderingsAreRefused(_ arguments: String) throws {
    var state = try Golden.state("V1")
    let result = LabShell.run("printf 'a 1\\n' | sort " + arguments, state: &state)
    #expect(result.stderr.hasPrefix("sort: the ‘"))
    #expect(result.stderr.hasSuffix("’ ordering of a key is not available in this lab shell\n"))
    #expect(result.status == 2 && result.stdout == "")
  }
}
