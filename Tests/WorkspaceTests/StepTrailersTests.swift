import Testing

@testable import Workspace

/// The steps a commit says it passed, read back from its message as the audit reads them.
@Suite struct StepTrailersTests {
  @Test(arguments: [
    ("V1 $ aws s3 ls  → 0\n\nLabrun-Version: 0.9.0\n", [String]()),
    ("V1 $ aws s3 ls  → 0\n\nStep: a passed\nLabrun-Version: 0.9.0\n", ["a"]),
    ("V1 $ echo 'Step: x'  → 0\n", []),
    ("V1 $ ls  → 0\n\nStep: public-dns passed\nStep: list passed\n", ["public-dns", "list"]),
    ("Step: list passed", ["list"]),
    ("Step:   passed\n", [" "]),
    ("Step:  passed\n", []),
    ("Step: passed\n", []),
    ("V1 $ 한국어  → 0\n\nStep: 단계 passed\n", ["단계"]),
    // A CR LF is one character, so a CRLF message is one line as the audit has always read it.
    ("V1 $ ls  → 0\r\n\r\nStep: a passed\r\n", []),
    ("Step: ", []),
    ("Step", []),
    ("", []),
  ])
  func trailersAreTheStepLines(message: String, steps: [String]) {
    #expect(StepTrailers.parse(message) == steps)
  }

  /// The quick test for `Step: ` finds it wherever it starts, and only where all six bytes are.
  @Test(arguments: [
    ("Step: ", true), ("xStep: y", true), ("a\nStep: ", true), ("Step:", false), ("step: ", false),
    ("Ste p: ", false), ("→Step: ", true), ("", false), ("St", false),
  ])
  func theQuickTestFindsTheSixBytes(message: String, holds: Bool) {
    #expect(StepTrailers.mayHoldTrailer(message) == holds)
  }
}
