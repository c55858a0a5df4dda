import Testing

@testable import Cloud

@Suite struct SeededGeneratorTests {
  @Test func matchesTheSplitMix64ReferenceSequence() {
    // The published first outputs of SplitMix64 seeded with 0: pinning them means a change to the
    // algorithm (which would change every ID a learner has seen) cannot go unnoticed.
    var generator = SeededGenerator(seed: 0)
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    #expect(generator.next() == 0x06C4_5D18_8009_454F)
  }

  @Test func theSameSeedGivesTheSameDrawsAndAnotherSeedDifferentOnes() {
    var a = SeededGenerator(seed: 2021)
    var b = SeededGenerator(seed: 2021)
    var c = SeededGenerator(seed: 2022)
    let drawsA = (0..<5).map { _ in a.hex(17) }
    let drawsB = (0..<5).map { _ in b.hex(17) }
    let drawsC = (0..<5).map { _ in c.hex(17) }
    #expect(drawsA == drawsB)
    #expect(drawsA != drawsC)
  }

  @Test func belowStaysInRangeAndReachesEveryValue() {
    var generator = SeededGenerator(seed: 7)
    var seen = Set<UInt64>()
    for _ in 0..<2_000 {
      let value = generator.below(10)
      #expect(value < 10)
      seen.insert(value)
    }
    #expect(seen.count == 10)
  }

  @Test func shuffledKeepsEveryElement() {
    var generator = SeededGenerator(seed: 99)
    let items = Array(0..<20)
    let shuffled = generator.shuffled(items)
    #expect(shuffled.sorted() == items)
    #expect(shuffled != items)
    #expect(generator.shuffled([Int]()) == [])
    #expect(generator.shuffled([1]) == [1])
  }

  @Test func identifierAlphabets() {
    var generator = SeededGenerator(seed: 3)
    let hex = generator.hex(17)
    let suffix = generator.alphanumeric(8)
    #expect(hex.count == 17)
    #expect(hex.allSatisfy { "0123456789abcdef".contains($0) })
    #expect(suffix.count == 8)
    #expect(suffix.allSatisfy { $0.isLowercase || $0.isNumber })
    #expect(generator.pick([Int]()) == nil)
  }
}
