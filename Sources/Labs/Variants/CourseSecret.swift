/// The instructor's course secret, which makes each learner's variant seed unforgeable by classmates.
///
/// It comes from `LABRUN_COURSE_SECRET`; `start` and the classroom server derive new workspaces' seeds
/// with it, and `grade` checks with it that each attempt's seed is its learner's.
public struct CourseSecret: Sendable, Equatable {
  /// The environment variable that holds it.
  public static let environmentVariable = "LABRUN_COURSE_SECRET"
  /// Shorter secrets could be guessed by a learner who knows their own seed, e-mail and lab.
  public static let minimumLength = 16

  let bytes: [UInt8]

  /// The secret in `text`, or why it cannot be one (empty, too short, or spaces at either end).
  public init(_ text: String) throws(CourseSecretProblem) {
    if text.isEmpty { throw .empty }
    if text.first!.isWhitespace || text.last!.isWhitespace { throw .surroundingSpace }
    if text.utf8.count < Self.minimumLength { throw .tooShort(length: text.utf8.count) }
    bytes = Array(text.utf8)
  }

  /// The secret the environment holds: nil when the variable is not set.
  public static func from(environment: [String: String]) throws(CourseSecretProblem) -> CourseSecret? {
    guard let text = environment[environmentVariable] else { return nil }
    return try CourseSecret(text)
  }
}

/// Why the value of `LABRUN_COURSE_SECRET` is refused.
public enum CourseSecretProblem: Error, Equatable, Sendable, CustomStringConvertible {
  case empty
  case surroundingSpace
  case tooShort(length: Int)

  public var description: String {
    let name = CourseSecret.environmentVariable
    switch self {
    case .empty:
      return "\(name) is set but empty; set it to the course's secret, or unset it to work without one"
    case .surroundingSpace:
      return
        "\(name) begins or ends with a space or line break, which is usually a copying mistake; set it without them"
    case .tooShort(let length):
      return
        "\(name) has \(length) bytes; a course secret needs at least \(CourseSecret.minimumLength) (e.g. `head -c 24 /dev/urandom | base64`)"
    }
  }
}
