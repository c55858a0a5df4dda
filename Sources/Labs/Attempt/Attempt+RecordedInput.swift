import Shell

extension Attempt {
  /// The form in which a typed line is stored in the transcript.
  ///
  /// A line the shell refuses for its length is stored cut to just over
  /// `ShellLimits.maximumLineBytes` (on a character boundary): still too long, so replay refuses it
  /// with the same message and status, but a 10 MB paste costs 64 KiB per copy, not 10 MB.
  /// Every other line is stored as typed.
  public static func recordedInput(_ line: String) -> String {
    let limit = ShellLimits.maximumLineBytes
    guard line.utf8.count > limit else { return line }
    var kept = ""
    var bytes = 0
    for scalar in line.unicodeScalars {
      kept.unicodeScalars.append(scalar)
      bytes += scalar.utf8.count
      if bytes > limit { break }
    }
    return kept
  }
}
