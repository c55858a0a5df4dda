import Cloud
import CourseWorldSupport
import Testing

@testable import Shell

/// `sed` against GNU sed (captures by scripts/capture/gnu_sed.py, sed 4.9 under
/// C.UTF-8): each case writes the input to `f` on V1 and runs the same command
/// line, which must print the same bytes with the same status.
@Suite struct SedGoldenTests {
  static let captures = FileCommandCapture.cases("gnu-sed/cases.json")

  @Test func theCaptureIsThere() {
    #expect(Self.captures.count >= 50)
  }

  @Test(arguments: captures) func sameAsGNUSed(_ capture: FileCommandCapture) throws {
    let result = try capture.runOnV1()
    #expect(result.stdout == capture.stdout, "stdout of \(capture.command)")
    #expect(result.stderr == capture.stderr, "stderr of \(capture.command)")
    #expect(result.status == capture.status, "status of \(capture.command)")
  }

  /// Seeded random scripts of the pieces sed reads: each ends with status 0 or 1 and, on 1, a
  /// message that names sed; none traps.
  @Test func randomScriptsEndInAnAnswer() throws {
    let pieces = [
      "s", "/", "|", "a", "o", "*", "x*", "&", "\\", "\\n", "\\(", "\\)", "\\1", "g", "p", "I", "2", "0", ";",
      "d", "q", "=", "y", "$", ",", "[", "]", "^", ".", "{", "k", " ",
    ]
    var generator = SeededGenerator(seed: 23)
    var state = try Golden.state("V1")
    _ = LabShell.run("printf 'foo\\nbar\\n서울' > f", state: &state)
    for _ in 0..<1_500 {
      let count = 1 + generator.index(8)
      let script = (0..<count).map { _ in pieces[generator.index(pieces.count)] }.joined()
      let quoted = "'" + String(script.filter { $0 != "'" }) + "'"
      for options in ["", "-n ", "-E "] {
        let line = "sed " + options + quoted + " < f"
        let result = LabShell.run(line, state: &state)
        #expect(result.status == 0 || result.status == 1, "\(line)")
        if result.status == 1 { #expect(result.stderr.hasPrefix("sed: "), "\(line)") }
      }
    }
  }

  /// What GNU sed has and the lab shell does not is refused by name, not mistaken.
  @Test(arguments: [
    (
      "sed -E 's/(a)/\\1/'",
      "sed: -e expression #1, char 9: back-references (\\1) are not available in this lab shell\n"
    ),
    ("sed -i 's/a/b/' f", "sed: -i: not available in this lab shell\n"),
    ("sed 'x'", "sed: -e expression #1, char 1: the `x' command is not available in this lab shell\n"),
    ("sed '2{p}'", "sed: -e expression #1, char 2: the `{' command is not available in this lab shell\n"),
    ("sed 's/a/b/w out'", "sed: -e expression #1, char 7: the `w' option of `s' is not available in this lab shell\n"),
  ])
  func unsimulatedScriptsAreRefused(_ line: String, _ stderr: String) throws {
    var state = try Golden.state("V1")
    let result = LabShell.run("echo abc | " + line, state: &state)
    #expect(result.stderr == stderr)
    #expect(result.status == 1 && result.stdout == "")
  }

  /// Without a script, sed says how it is used; the whole of GNU's usage is not kept.
  @Test func noScriptIsAUsageError() throws {
    var state = try Golden.state("V1")
    let result = LabShell.run("echo abc | sed", state: &state)
    #expect(result.stderr.hasPrefix("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n"))
    #expect(result.status == 1)
  }
}

/// GNU sed's extensions beyond the simulated part, and `--help` of the text tools: each refused
/// by name instead of being called a syntax error or an unknown option.
struct SedExtensionRefusalTests {
  @Test(arguments: [
    (
      "sed '1~2d'",
      "sed: -e expression #1, char 2: GNU's step addresses (FIRST~STEP) are not available in this lab shell\n"
    ),
    ("sed -n '0,/b/p'", "sed: -e expression #1, char 2: GNU's 0,/RE/ address is not available in this lab shell\n"),
    (
      "sed '2,+1d'",
      "sed: -e expression #1, char 3: GNU's relative addresses (+N, ~N) are not available in this lab shell\n"
    ),
    ("sed Q", "sed: -e expression #1, char 1: the `Q' command is not available in this lab shell\n"),
    ("sed '/A/Id'", "sed: -e expression #1, char 4: the `I' flag of an address is not available in this lab shell\n"),
    (
      "sed '\\,a,d'",
      "sed: -e expression #1, char 1: addresses with another delimiter (\\cREc) are not available in this lab shell\n"
    ),
  ])
  func extensionsAreRefusedByName(_ line: String, _ stderr: String) throws {
    var state = try Golden.state("V1")
    let result = LabShell.run("echo abc | " + line, state: &state)
    #expect(result.stderr == stderr)
    #expect(result.status == 1 && result.stdout == "")
  }

  @Test(arguments: ["cut", "tr", "sed", "sort", "grep", "jq", "curl"])
  func helpOfATextToolSaysWhereToLook(_ tool: String) throws {
    var state = try Golden.state("V1")
    let result = LabShell.run(tool + " --help", state: &state)
    #expect(
      result.stderr
        == "labrun: `\(tool) --help` is not part of this simulation; `help` lists what `\(tool)` does on the lab's hosts.\n"
    )
    #expect(!result.stderr.contains("Try '"))
    #expect(result.status == 1)
  }
}
