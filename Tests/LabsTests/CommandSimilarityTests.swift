import Foundation
import Testing

@testable import Labs

@Suite struct CommandSimilarityTests {
  @Test(arguments: [
    (
      "aws  ec2 describe-route-tables   --route-table-ids rtb-0a1b2c3d4e5f60718",
      "aws ec2 describe-route-tables --route-table-ids rtb-*"
    ),
    (
      "aws s3 --endpoint-url https://bucket.vpce-0123456789abcdef0-abcd1234.s3.ap-northeast-2.vpce.amazonaws.com ls",
      "aws s3 --endpoint-url https://bucket.vpce-*-abcd1234.s3.ap-northeast-2.vpce.amazonaws.com ls"
    ),
    ("curl -sI http://52.219.60.11/ --connect-timeout 5", "curl -sI http://#.#.#.#/ --connect-timeout 5"),
    ("nslookup s3.ap-northeast-2.amazonaws.com", "nslookup s3.ap-northeast-2.amazonaws.com"),
    ("answer pl-78a54011", "answer pl-*"),
    ("describe-vpcs --vpc-ids vpc-short", "describe-vpcs --vpc-ids vpc-short"),
  ])
  func idsAndAddressesAreNormalised(line: String, normalised: String) {
    #expect(CommandSimilarity.normalised(line) == normalised)
  }

  static func grade(_ name: String, commands: [String], lab: String = "public-subnet") -> LearnerGrade {
    var grade = SeedAttributionTests.grade(name, "\(name.lowercased())@example.org", lab: lab, seed: 1)
    grade.commandShingles = CommandSimilarity.shingles(commands)
    return grade
  }

  static let session =
    (1...12).map { "aws ec2 describe-route-tables --route-table-ids rtb-0000000000000000 --query RouteTables[\($0)]" }
    + ["nslookup s3.ap-northeast-2.amazonaws.com", "hint", "aws s3 lss", "why"]

  @Test func theSameSequenceWithAnotherVariantsIdsIsListedAsEvidence() {
    let copied = Self.session.map { $0.replacingOccurrences(of: "rtb-0000000000000000", with: "rtb-1111111111111111") }
    let different = (1...16).map { "echo \($0)" }
    let pairs = CommandSimilarity.pairs([
      Self.grade("Ada", commands: Self.session), Self.grade("Bob", commands: copied),
      Self.grade("Cy", commands: different),
    ])
    #expect(pairs.count == 1)
    #expect(pairs.first?.paths.0 == "/class/ada" && pairs.first?.paths.1 == "/class/bob")
    #expect(pairs.first?.similarity == 1)
    #expect(pairs.first?.learners.1 == "Bob <bob@example.org>")
  }

  @Test func shortAttemptsOtherLabsAndOneLearnersAttemptsAreNotCompared() {
    var again = Self.grade("Ada", commands: Self.session)
    again.path = "/class/ada-2"
    let short = ["hint", "why", "aws s3 ls"]
    let pairs = CommandSimilarity.pairs([
      Self.grade("Ada", commands: Self.session), again, Self.grade("Bob", commands: short),
      Self.grade("Cy", commands: short), Self.grade("Dee", commands: Self.session, lab: "private-subnet"),
    ])
    #expect(pairs.isEmpty)
  }

  @Test func shinglesAreStableAndSorted() {
    let first = CommandSimilarity.shingles(Self.session)
    #expect(first == CommandSimilarity.shingles(Self.session))
    #expect(first == first.sorted())
    #expect(CommandSimilarity.shingles([]) == [])
  }

  /// Every pair the class has, built and sorted, then cut to `limitPerLab`: what `pairs` lists.
  static func everyPairSorted(_ grades: [LearnerGrade]) -> [SimilarCommandSequences] {
    var found: [SimilarCommandSequences] = []
    let labs = Set(grades.map(\.labID)).sorted()
    for lab in labs {
      let group = grades.filter { $0.labID == lab && $0.commandShingles.count >= CommandSimilarity.minimumRuns }
        .sorted { $0.path < $1.path }
      var pairs: [SimilarCommandSequences] = []
      for i in group.indices {
        for j in group.indices where j > i {
          let (a, b) = (group[i], group[j])
          guard VariantSeed.canonical(a.learnerEmail) != VariantSeed.canonical(b.learnerEmail) else { continue }
          let shared = Set(a.commandShingles).intersection(b.commandShingles).count
          let similarity = Double(shared) / Double(Set(a.commandShingles).union(b.commandShingles).count)
          guard similarity >= CommandSimilarity.threshold else { continue }
          pairs.append(
            SimilarCommandSequences(
              labID: lab, paths: (a.path, b.path),
              learners: ("\(a.learnerName) <\(a.learnerEmail)>", "\(b.learnerName) <\(b.learnerEmail)>"),
              similarity: (similarity * 1000).rounded() / 1000, sharedRuns: shared))
        }
      }
      pairs.sort { ($1.similarity, $0.paths.0, $0.paths.1) < ($0.similarity, $1.paths.0, $1.paths.1) }
      found += pairs.prefix(CommandSimilarity.limitPerLab)
    }
    return found
  }

  /// A class where most attempts are alike (far more pairs than are listed, similarities tied and
  /// not, two labs, one learner with two attempts) lists exactly the pairs that building every pair,
  /// sorting and cutting gives.
  @Test(arguments: [1, 2, 3])
  func keepingTheBestPairsWhileComparingListsWhatSortingAllOfThemLists(seed: UInt64) {
    var generator = SeededPairs(state: seed)
    var grades: [LearnerGrade] = []
    for n in 0..<70 {
      // Most attempts are the session with a command or two changed, so similarities vary and tie.
      var commands = Self.session
      for _ in 0..<Int(generator.next() % 3) {
        commands[Int(generator.next() % UInt64(commands.count))] = "echo \(generator.next() % 4)"
      }
      let name = n == 7 ? "Learner6" : "Learner\(n)"
      var grade = Self.grade(name, commands: commands, lab: n % 5 == 0 ? "private-subnet" : "public-subnet")
      grade.path = "/class/\(String(format: "%03d", (n * 37) % 70))"
      grades.append(grade)
    }
    let expected = Self.everyPairSorted(grades)
    #expect(expected.count > 20)
    #expect(CommandSimilarity.pairs(grades) == expected)
  }
}

/// A small deterministic generator for the class above.
struct SeededPairs: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state >> 33
  }
}
