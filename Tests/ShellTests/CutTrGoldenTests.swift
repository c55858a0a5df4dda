import Cloud
import CourseWorldSupport
import Testing

@testable import Shell

/// `cut` and `tr` against GNU coreutils (captures by scripts/capture/coreutils_cut_tr.py,
/// coreutils 9.1 under C.UTF-8): each case writes the input to `f` on V1 and runs the same command
/// line, which must print the same bytes with the same status.
@Suite struct CutTrGoldenTests {
  static let captures = FileCommandCapture.cases("coreutils-cut-tr/cases.json")

  @Test func theCaptureIsThere() {
    #expect(Self.captures.count >= 70)
  }

  @Test(arguments: captures) func sameAsCoreutils(_ capture: FileCommandCapture) throws {
    let result = try capture.runOnV1()
    #expect(result.stdout == capture.stdout, "stdout of \(capture.command)")
    #expect(result.stderr == capture.stderr, "stderr of \(capture.command)")
    #expect(result.status == capture.status, "status of \(capture.command)")
  }

  /// Seeded random argument lists of the pieces the two tools read: each ends with status 0 or 1
  /// and, on 1, a message that names the tool; none traps.
  @Test func randomArgumentsEndInAnAnswer() throws {
    let pieces = [
      "-f", "-b", "-c", "-d", "-s", "-n", "-t", "--complement", "--output-delimiter=", "1", "0", "2-", "-3", "1-2-3",
      "3-1", ",", "a", "'[:alpha:]'", "'[:x:]'", "'[=a=]'", "'[a*2]'", "z-a", "a-z", "'\\'", "'\\101'", "''",
      "' '", "x", "f", "-", "--", "99999999999999999999", "'[:upper:]'", "'[:lower:]'",
    ]
    var generator = SeededGenerator(seed: 17)
    var state = try Golden.state("V1")
    _ = LabShell.run("printf 'a\tb:c\n서울\n' > f", state: &state)
    for _ in 0..<1_500 {
      let tool = generator.below(2) == 0 ? "cut" : "tr"
      let count = generator.index(6)
      let words = (0..<count).map { _ in pieces[generator.index(pieces.count)] }
      let line = tool + " " + words.joined(separator: " ") + " < f"
      let result = LabShell.run(line, state: &state)
      #expect(result.status == 0 || result.status == 1, "\(line)")
      if result.status == 1 { #expect(result.stderr.hasPrefix(tool + ": "), "\(line)") }
    }
  }

  /// What GNU tr has and the lab shell does not is refused by name, not mistaken.
  @Test(arguments: ["tr '[=a=]' b", "tr '[a*3]' b", "tr a-z '[A*]'", "tr 'a-z0' '[:upper:]x'"])
  func unsimulatedSetsAreRefused(_ command: String) throws {
    var state = try Golden.state("V1")
    let result = LabShell.run("echo abc | " + command, state: &state)
    #expect(result.stderr.hasPrefix("tr: "))
    #expect(
      result.stderr.contains("not available in this lab shell")
        || result.stderr.contains("available in this lab shell only"))
    #expect(result.status == 1 && result.stdout == "")
  }
}
