import CourseWorldSupport
import Testing

@testable import Shell

/// `sort -k` with the key's own ordering letters, and the key errors, against GNU sort (captures
/// by scripts/capture/coreutils_sort.py, coreutils 9.1 under C.UTF-8): each case writes the input
/// to `f` on V1 and runs its `sort ARGS f`, which must print the same bytes with the same status.
@Suite struct SortKeyGoldenTests {
  static let captures = FileCommandCapture.cases("coreutils-sort/sort.json")

  @Test func theCaptureIsThere() {
    #expect(Self.captures.count >= 20)
  }

  @Test(arguments: captures) func sameAsGNUSort(_ capture: FileCommandCapture) throws {
    let result = try capture.runOnV1()
    #expect(result.stdout == capture.stdout, "stdout of \(capture.command)")
    #expect(result.stderr == capture.stderr, "stderr of \(capture.command)")
    #expect(result.status == capture.status, "status of \(capture.command)")
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
