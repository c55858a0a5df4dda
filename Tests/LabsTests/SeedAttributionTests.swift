import Testing

@testable import Labs

@Suite struct SeedAttributionTests {
  static let secret = try! CourseSecret("course-secret-for-tests-2026")

  static func grade(
    _ name: String, _ email: String, lab: String = "public-subnet", seed: UInt64, isDefault: Bool = false
  )
    -> LearnerGrade
  {
    var grade = LearnerGrade(
      path: "/class/\(name.lowercased())", labID: lab, labTitle: lab, learnerName: name, learnerEmail: email,
      headCommit: String(repeating: "a", count: 40), seed: seed, steps: [], points: 0, maxPoints: 0, hintsUsed: 0,
      commandsTyped: 0, firstCommitTime: nil, lastCommitTime: nil, stoppedAt: nil, commandsWhereStopped: [],
      findings: [])
    grade.seedIsLabDefault = isDefault
    return grade
  }

  static func own(_ email: String, lab: String = "public-subnet", secret: CourseSecret? = secret) -> UInt64 {
    VariantSeed.seed(labID: lab, email: email, secret: secret)
  }

  @Test func withTheSecretACopiedWorkspaceNamesWhoseSeedItCarries() {
    var grades = [
      Self.grade("Ada", "ada@example.org", seed: Self.own("ada@example.org")),
      Self.grade("Bob", "bob@example.org", seed: Self.own("ada@example.org")),
      Self.grade("Cy", "cy@example.org", seed: Self.own("cy@example.org")),
    ]
    #expect(SeedAttribution.review(&grades, secret: Self.secret) == .fits)
    #expect(grades[0].findings == [])
    #expect(grades[2].findings == [])
    #expect(grades[1].findings.map(\.kind) == [.seedOfAnotherLearner])
    #expect(grades[1].findings[0].message.contains("Ada <ada@example.org> (/class/ada)"))
    #expect(grades[1].status == .flagged)
  }

  @Test func withTheSecretASeedThatIsNoOnesIsNotTheLearners() {
    var grades = [
      Self.grade("Ada", "ada@example.org", seed: Self.own("ada@example.org")),
      Self.grade("Bob", "bob@example.org", seed: 42),
      Self.grade("Cy", "cy@example.org", seed: 7, isDefault: true),
    ]
    #expect(SeedAttribution.review(&grades, secret: Self.secret) == .fits)
    #expect(grades[1].findings.map(\.kind) == [.seedNotLearners])
    #expect(grades[1].findings[0].message.contains("bob@example.org"))
    #expect(grades[2].findings.map(\.kind) == [.seedNotLearners])
    #expect(grades[2].findings[0].message.contains("default seed"))
  }

  @Test func theSameLearnerTwiceIsNotACopy() {
    var grades = [
      Self.grade("Ada", "ada@example.org", seed: Self.own("ada@example.org")),
      Self.grade("Ada", "ADA@example.org", seed: Self.own("ada@example.org")),
    ]
    #expect(SeedAttribution.review(&grades, secret: Self.secret) == .fits)
    #expect(grades.allSatisfy { $0.findings.isEmpty })
    #expect(SeedAttribution.review(&grades, secret: nil) == .notChecked(underived: 2))
    #expect(grades.allSatisfy { $0.findings.isEmpty })
  }

  @Test func aSecretThatGivesNoAttemptItsSeedIsNotTheClasssAndAddsNothing() throws {
    var grades = [
      Self.grade("Ada", "ada@example.org", seed: Self.own("ada@example.org", secret: nil)),
      Self.grade("Bob", "bob@example.org", seed: Self.own("bob@example.org", secret: nil)),
      Self.grade("Cy", "cy@example.org", seed: 7, isDefault: true),
    ]
    let wrong = try CourseSecret("not-the-course-secret-2026")
    #expect(SeedAttribution.review(&grades, secret: wrong) == .matchesNone(attempts: 2, withoutSecret: 2))
    #expect(grades.allSatisfy { $0.findings.isEmpty })
  }

  @Test func withoutTheSecretAttemptsSharingASeedAreBothFlagged() {
    var grades = [
      Self.grade("Ada", "ada@example.org", seed: Self.own("ada@example.org", secret: nil)),
      Self.grade("Bob", "bob@example.org", seed: Self.own("ada@example.org", secret: nil)),
      Self.grade("Cy", "cy@example.org", seed: Self.own("cy@example.org", secret: nil)),
      // The same seed at another lab is another world: not shared.
      Self.grade("Dee", "dee@example.org", lab: "private-subnet", seed: Self.own("ada@example.org", secret: nil)),
    ]
    #expect(SeedAttribution.review(&grades, secret: nil) == .notChecked(underived: 2))
    #expect(grades[0].findings.map(\.kind) == [.sharedSeed])
    #expect(grades[1].findings.map(\.kind) == [.sharedSeed])
    #expect(grades[0].findings[0].message.contains("Bob <bob@example.org> (/class/bob)"))
    // Bob's copy carries the seed labrun derives for Ada: said as a hint.
    #expect(grades[1].findings[0].message.contains("derives for ada@example.org"))
    #expect(grades[2].findings == [])
    #expect(grades[3].findings == [])
  }

  @Test func withoutTheSecretTheLabsDefaultSeedIsNotShared() {
    var grades = [
      Self.grade("Ada", "ada@example.org", seed: 7, isDefault: true),
      Self.grade("Bob", "bob@example.org", seed: 7, isDefault: true),
    ]
    #expect(SeedAttribution.review(&grades, secret: nil) == .notChecked(underived: 0))
    #expect(grades.allSatisfy { $0.findings.isEmpty })
  }
}
