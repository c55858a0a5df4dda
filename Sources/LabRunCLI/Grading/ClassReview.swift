import Labs
import Reports

/// The class-level integrity checks `labrun grade` runs once every attempt is graded: whose variant
/// each seed is, and which command sequences are much alike.
enum ClassReview {
  /// The report with attribution findings and similar sequences; a secret that fits no attempt is
  /// refused (exit 65) before anything is written, and a class that seems to have started with a
  /// secret, graded without one, gets a note on standard error.
  static func report(
    grades: consuming [LearnerGrade], ungraded: [UngradedAttempt], secret: CourseSecret?, console: Console
  ) throws -> GradeReport {
    // Consumed, so the review changes the class's one copy in place.
    let variable = CourseSecret.environmentVariable
    switch SeedAttribution.review(&grades, secret: secret) {
    case .fits: break
    case .notChecked(let underived):
      if underived > 0 {
        console.err(
          "labrun: note: \(underived) attempt\(underived == 1 ? " has a seed" : "s have seeds") that labrun does not derive for \(underived == 1 ? "its" : "their") learner without a course secret; if the class started with \(variable), set it when grading to check whose each seed is."
        )
      }
    case .matchesNone(let attempts, let withoutSecret):
      var message =
        "\(variable) does not fit this class: it gives none of the \(attempts) attempt\(attempts == 1 ? "" : "s") with a variant of \(attempts == 1 ? "its" : "their") own the seed it has"
      if withoutSecret > 0 {
        message +=
          "; \(withoutSecret) of them \(withoutSecret == 1 ? "has" : "have") the seed labrun derives without a course secret, so the class started without one: unset \(variable) to grade it"
      } else {
        message += ". Check that it is the secret the class started with (nothing was written)"
      }
      throw CLIFailure.badData(message + ".")
    }
    var report = GradeReport(grades: grades, ungraded: ungraded)
    report.similarCommandSequences = CommandSimilarity.pairs(report.grades)
    return report
  }
}
