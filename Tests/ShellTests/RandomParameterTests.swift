import Testing

@testable import Shell

/// `$RANDOM` is bash's 0 to 32767, a new number at each expansion, and the same numbers again
/// when the same lines run on the same world (replay and grading see what the learner saw).
struct RandomParameterTests {
  static let lines = [
    "echo $RANDOM $RANDOM", "echo \"$RANDOM\"", "for i in 1 2 3 4 5 6 7 8; do echo $RANDOM; done", "X=$RANDOM; echo $X",
    "echo ${RANDOM:-unset}",
  ]

  @Test func theSameLinesDrawTheSameNumbers() throws {
    var first = try Golden.state("V1")
    var second = try Golden.state("V1")
    let a = Self.lines.map { LabShell.run($0, state: &first).stdout }
    let b = Self.lines.map { LabShell.run($0, state: &second).stdout }
    #expect(a == b)
    let numbers = a.joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
    #expect(numbers.count == 13)
    #expect(numbers.allSatisfy { (0...32_767).contains($0) })
    #expect(Set(numbers).count >= 10, "each expansion draws anew: \(numbers)")
  }

  @Test func eachLineDrawsAnew() throws {
    var state = try Golden.state("V1")
    let outputs = (0..<6).map { _ in LabShell.run("echo $RANDOM", state: &state).stdout }
    #expect(Set(outputs).count >= 5, "\(outputs)")
  }

  @Test func drawingLeavesTheWorldAlone() throws {
    var state = try Golden.state("V1")
    let before = state.world
    _ = LabShell.run("echo $RANDOM", state: &state)
    #expect(state.world.random == before.random)
  }
}
