import CourseWorldSupport
import Testing

@testable import Shell

/// History expansion against an interactive bash (captures by
/// scripts/capture/bash_history_expansion.py, bash 5.2 named `-bash`): each sequence runs line by
/// line on V1 from an empty history, and each line must show what bash showed (the expanded line,
/// then its output; or the error, running nothing).
@Suite struct HistoryExpansionGoldenTests {
  struct Line: Decodable, Sendable {
    let line: String
    let shown: String
  }

  struct Sequence: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    let lines: [Line]
    var testDescription: String { name }
  }

  struct File: Decodable {
    let tool: String
    let sequences: [Sequence]
  }

  static let sequences = CaptureFiles.decode(File.self, "bash/history-expansion.json").sequences

  @Test func theCaptureIsThere() {
    #expect(Self.sequences.count >= 6)
  }

  @Test(arguments: sequences) func sameAsBash(_ sequence: Sequence) throws {
    var state = try Golden.state("V1")
    for step in sequence.lines {
      let result = LabShell.run(step.line, state: &state)
      #expect(result.combined == step.shown, "\(step.line.debugDescription) in \(sequence.name)")
    }
  }

  /// What bash would do with a modifier the lab shell does not do is refused, running nothing.
  @Test func modifiersAreRefused() throws {
    var state = try Golden.state("V1")
    LabShell.run("cat /etc/hostname", state: &state)
    let result = LabShell.run("echo !$:h", state: &state)
    #expect(result.stderr == "-bash: !$:h: history modifiers (:h) are not available in this lab shell\n")
    #expect(result.stdout == "" && state.history == ["cat /etc/hostname"])
  }

  /// Lines made of the characters history expansion reads, at random (a seeded generator, so a
  /// failure repeats): none traps, and a line without `!` or a leading `^` is left as it is.
  @Test func anyLineExpandsOrFailsWithoutTrapping() {
    let alphabet = Array("!^:$*-?'\"\\ 0123abc=;|(")
    let history = ["echo one two | wc -w", "ls -d /tmp", "", "   ", "x"]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
    for _ in 0..<5_000 {
      let line = String((0..<(next() % 12)).map { _ in alphabet[next() % alphabet.count] })
      let outcome = HistoryExpansion.expand(line, history: next() % 4 == 0 ? [] : history)
      if !line.contains("!") && !line.hasPrefix("^") { #expect(outcome == .unchanged, "\(line)") }
      if case .failed(let message) = outcome { #expect(message.hasPrefix("-bash: ") && message.hasSuffix("\n")) }
    }
  }

  /// The typed line is what the transcript keeps, so a replay expands it again from the same
  /// history and gets the same line; the history keeps the expanded one, which Up recalls.
  @Test func theHistoryKeepsTheExpandedLine() throws {
    var state = try Golden.state("V1")
    LabShell.run("echo one two", state: &state)
    LabShell.run("echo !$", state: &state)
    #expect(state.history == ["echo one two", "echo two"])
    #expect(HistoryExpansion.expand("sudo !!", history: state.history) == .expanded("sudo echo two"))
    #expect(HistoryExpansion.expand("echo plain", history: state.history) == .unchanged)
  }
}
