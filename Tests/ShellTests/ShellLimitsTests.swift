import Testing

@testable import Shell

@Suite struct ShellLimitsTests {
  @Test func refusesLinesOverSixtyFourKibibytes() {
    #expect(ShellLimits.maximumLineBytes == 65_536)
  }
}
