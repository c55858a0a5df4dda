import Labs

/// The words the table and HTML reports use for simulated time and similar command sequences, in
/// one place so that a translation of the reports finds them together.
enum IntegrityWords {
  /// The table's column of simulated time.
  static let simulatedColumn = "sim time"
  /// `12m 30s simulated`, in the HTML page's line about a learner.
  static func simulated(_ seconds: Int64, _ w: ReportWords = .english) -> String {
    w("{duration} simulated", ["duration": ReportText.duration(seconds)])
  }
  static let similarHeading = "Similar command sequences"
  static let similarExplanation =
    "Evidence for a human to look at, never a finding: learners following the same steps type similar commands. Ids and addresses are normalised, so a copy replayed in another variant still shows."
  /// `0.93 alike (41 runs of three commands shared)`.
  static func similarity(_ pair: SimilarCommandSequences, _ w: ReportWords = .english) -> String {
    w(
      "{percent}% alike ({runs} runs of three commands shared)",
      ["percent": ReportText.number(pair.similarity * 100), "runs": "\(pair.sharedRuns)"])
  }
}
