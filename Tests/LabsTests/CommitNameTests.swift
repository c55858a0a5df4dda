import Testing

@testable import Labs

/// A grade keeps commit ids as their 20 bytes (issue 17): whatever id a workspace gives reads back
/// exactly as given, and only a lowercase SHA-1 name is packed.
@Suite struct CommitNameTests {
  static let ids = [
    "d9bee7db51e301870d0aab6fe89577859a2148d9",
    "0000000000000000000000000000000000000000",
    "ffffffffffffffffffffffffffffffffffffffff",
    "0123456789abcdef0123456789abcdef01234567",
    // Not packed: uppercase, a character that is not a digit, too short, too long, empty, and
    // 40 bytes that are fewer than 40 characters.
    "D9BEE7DB51E301870D0AAB6FE89577859A2148D9",
    "d9bee7db51e301870d0aab6fe89577859a2148dg",
    "d9bee7d",
    "d9bee7db51e301870d0aab6fe89577859a2148d90",
    "",
    "커밋" + String(repeating: "a", count: 34),
  ]

  @Test(arguments: ids)
  func readsBackAsGiven(_ id: String) {
    #expect(CommitName(id).text == id)
    var grade = Self.grade(head: id)
    #expect(grade.headCommit == id)
    grade.headCommit = "abc"
    #expect(grade.headCommit == "abc")
    let finding = IntegrityFinding(kind: .historyRewritten, commit: id, message: "m")
    #expect(finding.commit == id)
  }

  @Test func equalExactlyWhenTheTextIs() {
    for one in Self.ids {
      for other in Self.ids {
        #expect((CommitName(one) == CommitName(other)) == (one == other), "\(one) and \(other)")
      }
    }
    #expect(Self.grade(head: Self.ids[0]) == Self.grade(head: String(Self.ids[0])))
    #expect(Self.grade(head: Self.ids[0]) != Self.grade(head: Self.ids[3]))
  }

  @Test func aFindingWithoutACommitHasNone() {
    var finding = IntegrityFinding(kind: .implausibleTime, message: "m")
    #expect(finding.commit == nil)
    finding.commit = Self.ids[0]
    #expect(finding.commit == Self.ids[0])
    finding.commit = nil
    #expect(finding.commit == nil)
  }

  @Test(arguments: ["", "short", "commit dated 2020-01-01, before this labrun release", "커밋 시각이 이상합니다: 2020-01-01"])
  func aFindingsSentenceIsKeptAsWritten(_ sentence: String) {
    var built = ""
    for character in sentence { built.append(character) }
    let finding = IntegrityFinding(kind: .implausibleTime, message: built)
    #expect(finding.message == sentence)
    #expect(Array(finding.message.utf8) == Array(sentence.utf8))
  }

  @Test func packedIdsAreSmallerThanTheirText() {
    #expect(MemoryLayout<CommitName>.size <= 21)
  }

  static func grade(head: String) -> LearnerGrade {
    LearnerGrade(
      path: "p", labID: "l", labTitle: "L", learnerName: "n", learnerEmail: "e", headCommit: head, seed: 1, steps: [],
      points: 0, maxPoints: 0, hintsUsed: 0, commandsTyped: 0, firstCommitTime: nil, lastCommitTime: nil,
      stoppedAt: nil, commandsWhereStopped: [], findings: [])
  }
}
