import Transcript

/// Tells outputs the simulator now prints differently from outputs that were edited.
///
/// Each session's first commit names the labrun that ran it (`Labrun-Version`); a workspace made
/// before that trailer existed names only its creator in `labrun.json`. A line recorded under a
/// labrun other than the grading one may print differently because the simulator changed: such
/// differences become one informational finding per version instead of `output-not-reproduced`.
enum VersionAudit {
  /// `mismatches` (from `LineReplay`, one per line) with those of other versions folded into
  /// informational findings naming both versions.
  static func findings(
    _ mismatches: [IntegrityFinding], history: [HistoryCommit], placement: LinePlacement, original: AttemptMetadata,
    grading: String
  ) -> [IntegrityFinding] {
    guard !mismatches.isEmpty else { return [] }
    var versionOfCommit: [String] = []
    var current = original.labrunVersion
    for commit in history {
      if let named = commit.labrunVersion { current = named }
      versionOfCommit.append(current)
    }
    var kept: [IntegrityFinding] = []
    var byVersion: [String: [Int]] = [:]
    for finding in mismatches {
      guard let line = finding.line, let commit = placement.commit(ofLine: line - 1) else {
        kept.append(finding)
        continue
      }
      let recorded = versionOfCommit[commit]
      if recorded == grading { kept.append(finding) } else { byVersion[recorded, default: []].append(line) }
    }
    for (version, lines) in byVersion.sorted(by: { $0.key < $1.key }) {
      let count = lines.count
      kept.append(
        IntegrityFinding(
          kind: .labrunVersion, line: lines.first,
          message:
            "\(count) line\(count == 1 ? "" : "s") recorded by labrun \(version) print\(count == 1 ? "s" : "") differently under labrun \(grading), which graded it (line\(count == 1 ? "" : "s") \(describe(lines))): the simulator changed between the versions; steps and points are replay's"
        ))
    }
    return kept
  }

  /// `3, 5, 9` — at most five, then how many more.
  static func describe(_ lines: [Int]) -> String {
    let shown = lines.prefix(5).map(String.init).joined(separator: ", ")
    return lines.count > 5 ? shown + " and \(lines.count - 5) more" : shown
  }
}
