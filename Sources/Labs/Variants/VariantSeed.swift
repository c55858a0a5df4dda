/// The seed of a learner's own variant of a lab: derived from who they are, the lab and the course secret.
///
/// Every learner's world differs (resource ids, pool addresses, endpoint names) while checks stay
/// semantic and solutions use placeholders, so one solution passes every variant. With a course
/// secret only the instructor can tell which seed belongs to whom; without one the seed still
/// differs per learner, but anyone can compute it.
public enum VariantSeed {
  /// Changing it would give every learner a new variant: keep it.
  static let context = "labrun variant seed v1"

  /// The seed `email`'s workspace at `labID` starts with.
  public static func seed(labID: String, email: String, secret: CourseSecret?) -> UInt64 {
    let message = Array(context.utf8) + [0] + Array(labID.utf8) + [0] + Array(canonical(email).utf8)
    let mac = SHA256.hmac(key: secret?.bytes ?? [], message: message)
    return mac.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
  }

  /// An e-mail address as one learner: without surrounding spaces, case aside (as the grader links attempts).
  public static func canonical(_ email: String) -> String {
    var view = Substring(email)
    while let first = view.first, first.isWhitespace { view = view.dropFirst() }
    while let last = view.last, last.isWhitespace { view = view.dropLast() }
    return view.lowercased()
  }

  /// Seeds of made-up learners, for proving a lab's solution passes in other variants than the default.
  public static func samples(labID: String, count: Int) -> [UInt64] {
    (1...max(1, count)).map { seed(labID: labID, email: "variant\($0)@labrun.invalid", secret: nil) }
  }
}
