/// Class-level checks of whose variant each attempt is (issue 14): run over every graded attempt at once.
///
/// With the course secret, an attempt's seed must be the one `VariantSeed` gives its learner at its
/// lab; one that is another graded learner's names them (a copied workspace). Without it, attempts
/// by different learners sharing a seed are flagged, since anyone can compute a seed without a secret.
/// Attempts on a lab's default seed (made before variants) are compared only when a secret is given.
public enum SeedAttribution {
  /// How the course secret fits the class.
  public enum SecretFit: Equatable, Sendable {
    /// The secret gives at least one attempt its seed, or there was nothing to check.
    case fits
    /// No secret was given; `underived` attempts have seeds labrun does not derive for their
    /// learner without one (the class may have started with a secret).
    case notChecked(underived: Int)
    /// The secret gives none of the `attempts` with their own variant its seed: it is not the
    /// class's. `withoutSecret` of them have the seed labrun derives with no secret.
    case matchesNone(attempts: Int, withoutSecret: Int)
  }

  /// Adds attribution findings to `grades` and says how `secret` fits; on `.matchesNone` nothing is added.
  public static func review(_ grades: inout [LearnerGrade], secret: CourseSecret?) -> SecretFit {
    guard let secret else { return flagSharedSeeds(&grades) }
    let expected = grades.map { VariantSeed.seed(labID: $0.labID, email: $0.learnerEmail, secret: secret) }
    let own = grades.indices.filter { !grades[$0].seedIsLabDefault }
    if !own.isEmpty, !own.contains(where: { grades[$0].seed == expected[$0] }) {
      let plain = own.filter {
        grades[$0].seed == VariantSeed.seed(labID: grades[$0].labID, email: grades[$0].learnerEmail, secret: nil)
      }
      return .matchesNone(attempts: own.count, withoutSecret: plain.count)
    }
    var owners: [String: [Int]] = [:]
    for index in grades.indices { owners[key(grades[index].labID, expected[index]), default: []].append(index) }
    for index in grades.indices where grades[index].seed != expected[index] {
      let grade = grades[index]
      let email = VariantSeed.canonical(grade.learnerEmail)
      let others = (owners[key(grade.labID, grade.seed)] ?? []).filter {
        VariantSeed.canonical(grades[$0].learnerEmail) != email
      }
      if let owner = others.first {
        let source = grades[owner]
        grades[index].findings.append(
          IntegrityFinding(
            kind: .seedOfAnotherLearner,
            message:
              "the seed \(grade.seed) is the variant the course secret gives \(source.learnerName) <\(source.learnerEmail)> (\(source.path)), not \(grade.learnerEmail): this workspace was started as theirs"
          ))
      } else {
        let why =
          grade.seedIsLabDefault
          ? "it is the lab's default seed, which workspaces made without per-learner variants have"
          : "it was started without this course secret, with --seed, or copied from someone not graded here"
        grades[index].findings.append(
          IntegrityFinding(
            kind: .seedNotLearners,
            message:
              "the seed \(grade.seed) is not the variant the course secret gives \(grade.learnerEmail) at \(grade.labID): \(why)"
          ))
      }
    }
    return .fits
  }

  private static func flagSharedSeeds(_ grades: inout [LearnerGrade]) -> SecretFit {
    var groups: [String: [Int]] = [:]
    var underived = 0
    for index in grades.indices where !grades[index].seedIsLabDefault {
      let grade = grades[index]
      groups[key(grade.labID, grade.seed), default: []].append(index)
      if grade.seed != VariantSeed.seed(labID: grade.labID, email: grade.learnerEmail, secret: nil) { underived += 1 }
    }
    for key in groups.keys.sorted() {
      let members = groups[key] ?? []
      for index in members {
        let email = VariantSeed.canonical(grades[index].learnerEmail)
        let others = members.filter { VariantSeed.canonical(grades[$0].learnerEmail) != email }
        guard !others.isEmpty else { continue }
        let names = others.map { "\(grades[$0].learnerName) <\(grades[$0].learnerEmail)> (\(grades[$0].path))" }
          .sorted()
        let grade = grades[index]
        // Without a secret anyone can compute a seed, so whose it "is" is only a hint.
        let derivedFor = others.first {
          grade.seed == VariantSeed.seed(labID: grade.labID, email: grades[$0].learnerEmail, secret: nil)
        }
        let hint = derivedFor.map { "; it is the seed labrun derives for \(grades[$0].learnerEmail)" } ?? ""
        grades[index].findings.append(
          IntegrityFinding(
            kind: .sharedSeed,
            message:
              "shares the seed \(grade.seed) with \(names.joined(separator: ", "))\(hint): one workspace was probably copied from another; set \(CourseSecret.environmentVariable) for the next class to tell whose it is"
          ))
      }
    }
    return .notChecked(underived: underived)
  }

  private static func key(_ labID: String, _ seed: UInt64) -> String { labID + "\u{0}" + String(seed) }
}
