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
}
