import Transcript

/// The commit message for each kind of save, with step trailers.
enum CommitMessage {
  /// How many characters of the command line go into a subject before it is cut.
  static let inputLimit = 72

  /// `HOST $ COMMAND  → EXIT`, then one `Step: ID passed` trailer per step completed, and the
  /// `Labrun-Version` trailer when `version` is given (the first save of a session).
  static func make(for entry: TranscriptEntry, passedSteps: [String], version: String? = nil) -> String {
    let subject: String
    switch entry {
    case .command(let record):
      subject = "\(oneLine(record.host)) $ \(cut(oneLine(record.input)))  → \(record.exitStatus)"
    case .reset(let step):
      subject = step.map { "reset to step \(oneLine($0))" } ?? "reset to the start"
    }
    return withTrailers(subject, passedSteps, version: version)
  }

  /// The message of a workspace's first commit.
  static func start(labID: String, seed: UInt64) -> String {
    "start \(oneLine(labID)) (seed \(seed))\n"
  }

  private static func withTrailers(_ subject: String, _ steps: [String], version: String?) -> String {
    var trailers = steps.map { "Step: \(oneLine($0)) passed" }
    if let version { trailers.append("\(Release.trailer): \(oneLine(version))") }
    guard !trailers.isEmpty else { return subject + "\n" }
    return subject + "\n\n" + trailers.joined(separator: "\n") + "\n"
  }

  /// Control characters (line breaks, tabs, escapes) would break the one-line subject.
  private static func oneLine(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
  }

  private static func cut(_ text: String) -> String {
    text.count <= inputLimit ? text : String(text.prefix(inputLimit - 1)) + "…"
  }
}
