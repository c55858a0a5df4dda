import Foundation
import Testing

@testable import Shell

/// The whole fidelity suite's score: every suite's commands run and compared as its own test does,
/// added up, and checked against the table at the top of docs/fidelity.md, so that the page says
/// exactly how many of the captured commands labrun reproduces byte for byte.
@Suite struct FidelityScoreTests {
  struct Score: Equatable, CustomStringConvertible {
    let suite: String
    let test: String
    let commands: Int
    let identical: Int
    let accepted: Int
    var row: String { "| \(suite) | `\(test)` | \(commands) | \(identical) | \(accepted) |" }
    var description: String { row }
  }

  static func scores() throws -> [Score] {
    [
      Score(
        suite: "awscli", test: "AWSFidelityTests", commands: AWSFidelityTests.captures.count,
        identical: try AWSFidelityTests.captures.filter { try AWSFidelityTests.identical($0) }.count,
        accepted: AWSFidelityTests.accepted.count),
      Score(
        suite: "Regions and EC2 errors", test: "AWSRegionFidelityTests",
        commands: AWSRegionFidelityTests.captures.count,
        identical: try AWSRegionFidelityTests.captures.filter { try AWSFidelityTests.identical($0) }.count,
        accepted: 0),
      Score(
        suite: "DNS tools", test: "DNSFidelityTests", commands: DNSFidelityTests.commands.count,
        identical: try DNSFidelityTests.commands.filter { try DNSFidelityTests.pair($0).identical }.count,
        accepted: DNSFidelityTests.accepted.count),
      Score(
        suite: "resolv.conf timeouts", test: "ResolverOptionsFidelityTests",
        commands: ResolverOptionsFidelityTests.cases.count,
        identical: try ResolverOptionsFidelityTests.cases.filter { try ResolverOptionsFidelityTests.identical($0) }
          .count, accepted: 0),
      Score(
        suite: "dig +trace", test: "DigTraceFidelityTests", commands: DigTraceFidelityTests.commands.count,
        identical: try DigTraceFidelityTests.commands.filter { try DigTraceFidelityTests.run($0).identical }.count,
        accepted: DigTraceFidelityTests.accepted.count),
    ]
  }

  static let page: String = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("docs/fidelity.md")
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }()

  @Test func thePagesTableIsTheScore() throws {
    let scores = try Self.scores()
    for score in scores {
      #expect(score.identical + score.accepted == score.commands, "\(score): a difference nobody accepted")
      #expect(Self.page.contains(score.row + "\n"), "docs/fidelity.md should have the row \(score.row)")
    }
    let commands = scores.map(\.commands).reduce(0, +)
    let identical = scores.map(\.identical).reduce(0, +)
    let accepted = scores.map(\.accepted).reduce(0, +)
    let total =
      "**All suites: \(identical) of \(commands) identical, \(accepted) accepted differences, none unexplained.**"
    print("fidelity: \(identical) of \(commands) identical, \(accepted) accepted")
    #expect(Self.page.contains(total), "docs/fidelity.md should say \(total)")
  }

  /// The one table of accepted differences names each of them once, under its suite.
  @Test func everyAcceptedDifferenceIsInTheOneTable() {
    let table = Self.page.components(separatedBy: "| suite | case (command) | difference | why it is accepted |")
    #expect(table.count == 2, "the page has one table of accepted differences")
    let rows = (table.last ?? "").components(separatedBy: "\n\n").first ?? ""
    for (suite, names) in [
      ("awscli", Array(AWSFidelityTests.accepted.keys)), ("DNS tools", Array(DNSFidelityTests.accepted.keys)),
      ("dig +trace", Array(DigTraceFidelityTests.accepted.keys)),
    ] {
      for name in names {
        #expect(rows.contains("| \(suite) | `\(name)` ("), "\(name) is not in the table under \(suite)")
      }
    }
    let count = rows.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| ---") }.count
    #expect(
      count == AWSFidelityTests.accepted.count + DNSFidelityTests.accepted.count + DigTraceFidelityTests.accepted.count)
  }
}
