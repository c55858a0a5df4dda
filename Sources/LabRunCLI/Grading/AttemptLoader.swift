import Foundation
import Labs
import Transcript
import Workspace

/// Reads one repository into what the grader needs, through the Workspace library.
enum AttemptLoader {
  /// The attempt at `path`, or why it cannot be graded.
  static func load(_ path: String) -> Result<AttemptRecord, UngradedAttempt> {
    do {
      let audit = try Workspace.audit(at: path)
      let history = audit.commits.map(historyCommit)
      guard let head = audit.commits.last else {
        return .failure(UngradedAttempt(path: path, reason: "not a labrun workspace: it has no commits"))
      }
      // An honest history already holds every line, decoded once; anything else is read from the last
      // commit, which also rejects a transcript that does not decode.
      var lines: [TranscriptEntry] = []
      var clean = audit.missingParent == nil
      for commit in audit.commits where clean {
        guard case .appended(let added) = commit.transcript else {
          clean = false
          break
        }
        for line in added {
          guard case .entry(let entry) = line else {
            clean = false
            break
          }
          lines.append(entry)
        }
      }
      var metadata = head.metadata
      if !clean || metadata == nil {
        let snapshot = try Workspace.read(at: path)
        lines = snapshot.entries
        metadata = snapshot.metadata
      }
      guard let metadata else {
        return .failure(UngradedAttempt(path: path, reason: head.metadataProblem ?? "labrun.json cannot be read"))
      }
      return .success(
        AttemptRecord(
          path: path, metadata: metadata, headCommit: head.id, lines: lines, history: history,
          missingParent: audit.missingParent))
    } catch let error as WorkspaceError {
      return .failure(UngradedAttempt(path: path, reason: reason(error)))
    } catch {
      return .failure(UngradedAttempt(path: path, reason: "\(error)"))
    }
  }

  /// A short reason for the report; the paths are already in the report's path column.
  static func reason(_ error: WorkspaceError) -> String {
    switch error {
    case .notAWorkspace(_, let reason): return "not a labrun workspace: \(reason)"
    case .corruptRepository(_, let cause): return "the git repository is damaged: \(cause)"
    case .badMetadata(let path, let problem): return "\((path as NSString).lastPathComponent): \(problem)"
    case .badTranscript(let path, let line, let problem):
      return
        "\((path as NSString).lastPathComponent):\(line): \(problem) (the committed transcript has lines that are not entries)"
    default: return error.description
    }
  }

  static func historyCommit(_ commit: AuditedCommit) -> HistoryCommit {
    let change: HistoryCommit.Change
    switch commit.transcript {
    case .appended(let lines):
      let unreadable = lines.filter { if case .unreadable = $0 { true } else { false } }.count
      change = .appended(count: lines.count, unreadable: unreadable)
    case .rewritten(let line, let before, let after):
      change = .rewritten(firstChangedLine: line, linesBefore: before, linesAfter: after)
    }
    return HistoryCommit(
      id: commit.id, parents: commit.parents, time: commit.committerTime, claimedSteps: commit.passedStepTrailers,
      metadata: commit.metadata, progressPage: commit.progressPage, change: change,
      labrunVersion: Release.version(inCommitMessage: commit.message))
  }
}
