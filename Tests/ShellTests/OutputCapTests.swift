import Testing

@testable import Shell

@Suite struct OutputCapTests {
  struct Case: Sendable {
    let chunks: [OutputChunk]
    let limit: Int
    let expected: [OutputChunk]
  }

  static let note = OutputChunk(.stderr, ShellLimits.outputCutNote)

  static let cases: [Case] = [
    Case(chunks: [OutputChunk(.stdout, "abc")], limit: 3, expected: [OutputChunk(.stdout, "abc")]),
    Case(chunks: [OutputChunk(.stdout, "abcd")], limit: 3, expected: [OutputChunk(.stdout, "abc"), note]),
    Case(
      chunks: [OutputChunk(.stdout, "ab"), OutputChunk(.stderr, "cd"), OutputChunk(.stdout, "ef")], limit: 3,
      expected: [OutputChunk(.stdout, "ab"), OutputChunk(.stderr, "c"), note]),
    Case(
      chunks: [OutputChunk(.stdout, "ab"), OutputChunk(.stderr, "cd")], limit: 2,
      expected: [OutputChunk(.stdout, "ab"), note]),
    // "한" is three bytes: a cut inside it keeps the whole scalars before it.
    Case(chunks: [OutputChunk(.stdout, "a한b")], limit: 3, expected: [OutputChunk(.stdout, "a"), note]),
    Case(chunks: [OutputChunk(.stdout, "a한b")], limit: 4, expected: [OutputChunk(.stdout, "a한"), note]),
    Case(chunks: [OutputChunk(.stdout, "한")], limit: 2, expected: [note]),
    // Output a tool already cut keeps its one note.
    Case(chunks: [OutputChunk(.stdout, "abc"), note], limit: 3, expected: [OutputChunk(.stdout, "abc"), note]),
  ]

  @Test(arguments: cases)
  func cutsAtTheLimit(_ example: Case) {
    #expect(OutputCap.apply(example.chunks, limit: example.limit) == example.expected)
  }

  @Test func theDefaultCapIsOneMebibyte() {
    let big = String(repeating: "x", count: ShellLimits.maximumOutputBytes + 10)
    let cut = OutputCap.apply([OutputChunk(.stdout, big)])
    #expect(cut == [OutputChunk(.stdout, String(big.prefix(ShellLimits.maximumOutputBytes))), Self.note])
  }
}
