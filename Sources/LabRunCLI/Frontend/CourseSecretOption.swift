import Labs

/// Reads the course secret from the environment for `start` and `grade`, refusing a malformed one.
enum CourseSecretOption {
  /// The secret, nil when `LABRUN_COURSE_SECRET` is unset; a malformed value is a usage error (64).
  static func read(_ environment: [String: String]) throws -> CourseSecret? {
    do {
      return try CourseSecret.from(environment: environment)
    } catch {
      throw CLIFailure.usage(error.description + ".")
    }
  }
}
