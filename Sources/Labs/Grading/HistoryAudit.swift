import Transcript

/// Checks of the commit history itself: its shape, its times, its transcript appends, its metadata.
enum HistoryAudit {
  static func findings(_ record: AttemptRecord, original: AttemptMetadata, lab: Lab) -> [IntegrityFinding] {
    var findings: [IntegrityFinding] = []
    let history = record.history
    if let missing = record.missingParent, let oldest = history.first {
      findings.append(
        IntegrityFinding(
          kind: .historyRewritten, commit: oldest.id,
          message:
            "commit \(short(oldest.id)) names parent \(short(missing)), which is not in the repository: earlier history was removed"
        ))
    } else if let root = history.first, case .appended(let count, _) = root.change, count > 0 {
      findings.append(
        IntegrityFinding(
          kind: .historyRewritten, commit: root.id,
          message:
            "the first commit \(short(root.id)) already holds \(count) transcript line\(count == 1 ? "" : "s"); labrun starts every workspace with an empty transcript"
        ))
    }

    var previous: HistoryCommit?
    for (index, commit) in history.enumerated() {
      if commit.parents.count > 1 {
        findings.append(
          IntegrityFinding(
            kind: .historyRewritten, commit: commit.id,
            message: "commit \(short(commit.id)) is a merge of \(commit.parents.count) parents; labrun never merges"))
      }
      if let previous, commit.time < previous.time {
        findings.append(
          IntegrityFinding(
            kind: .historyRewritten, commit: commit.id,
            message:
              "commit \(short(commit.id)) is dated \(previous.time - commit.time) s before its parent \(short(previous.id))"
          ))
      }
      if index > 0 || record.missingParent != nil {
        switch commit.change {
        case .appended(let count, let unreadable):
          if count != 1 {
            let what = count == 0 ? "adds no transcript line" : "adds \(count) transcript lines at once"
            findings.append(
              IntegrityFinding(
                kind: .commitNotOneLine, commit: commit.id,
                message: "commit \(short(commit.id)) \(what); each command is saved as a commit of exactly one line"))
          }
          if unreadable > 0 {
            findings.append(
              IntegrityFinding(
                kind: .transcriptEdited, commit: commit.id,
                message:
                  "commit \(short(commit.id)) adds \(unreadable) line\(unreadable == 1 ? "" : "s") that are not transcript entries"
              ))
          }
        case .rewritten(let line, let before, let after):
          let how = after < before && line > after ? "removes lines \(line)–\(before)" : "changes line \(line)"
          findings.append(
            IntegrityFinding(
              kind: .transcriptEdited, commit: commit.id, line: line,
              message:
                "commit \(short(commit.id)) \(how) of the transcript that an earlier commit saved (\(before) lines before, \(after) after)"
            ))
        }
      }
      let before = previous.map { $0.metadata } ?? .some(original)
      if commit.metadata != before {
        findings.append(
          IntegrityFinding(
            kind: .metadataChanged, commit: commit.id,
            message: "commit \(short(commit.id)) " + describeChange(from: before, to: commit.metadata)))
      }
      previous = commit
    }
    if original.labDigest != lab.digest {
      findings.append(
        IntegrityFinding(
          kind: .labChanged,
          message:
            "the attempt was made on lab version \(short(original.labDigest)); it is graded against the current version \(short(lab.digest))"
        ))
    }
    return findings
  }

  static func describeChange(from old: AttemptMetadata?, to new: AttemptMetadata?) -> String {
    guard let new else { return "has no readable labrun.json" }
    guard let old else { return "brings labrun.json back after a commit without one" }
    var changes: [String] = []
    if old.labID != new.labID { changes.append("lab \(old.labID) → \(new.labID)") }
    if old.labDigest != new.labDigest { changes.append("lab digest \(short(old.labDigest)) → \(short(new.labDigest))") }
    if old.seed != new.seed { changes.append("seed \(old.seed) → \(new.seed)") }
    if old.learner != new.learner {
      changes.append("learner \(old.learner.identity) → \(new.learner.identity)")
    }
    if old.labrunVersion != new.labrunVersion {
      changes.append("labrun version \(old.labrunVersion) → \(new.labrunVersion)")
    }
    if old.format != new.format { changes.append("format \(old.format) → \(new.format)") }
    return "changes labrun.json: " + changes.joined(separator: ", ")
  }

  /// The first 12 characters of an id or digest, as git shows them.
  static func short(_ id: String) -> String { String(id.prefix(12)) }
}
