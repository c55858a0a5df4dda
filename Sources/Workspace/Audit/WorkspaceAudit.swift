import Foundation
import Transcript

/// A workspace's whole main branch, commit by commit, as a grader audits it.
///
/// Nothing in it is trusted: it records what each commit holds so that the grader can compare the
/// history with a replay of the transcript (see `Workspace.audit(at:)`).
public struct WorkspaceAudit: Sendable {
  /// The workspace folder or bare repository, as an absolute path.
  public var path: String
  /// True for a bare repository (what `labrun submit` pushes to).
  public var isBare: Bool
  /// The commits on `main`, oldest first, following first parents.
  public var commits: [AuditedCommit]
  /// Set when the walk stopped because a parent commit is missing from the repository: its id.
  public var missingParent: String?
}

/// One commit of a workspace, with the files labrun writes as they are in that commit.
public struct AuditedCommit: Sendable, Equatable {
  /// The commit id, as 40 hexadecimal digits.
  public var id: String
  /// The ids of every parent, first parent first.
  public var parents: [String]
  /// The author time, in seconds since the Unix epoch.
  public var authorTime: Int64
  /// The committer time, in seconds since the Unix epoch.
  public var committerTime: Int64
  /// The full commit message.
  public var message: String
  /// The step ids of the message's `Step: ID passed` trailers, in order.
  public var passedStepTrailers: [String]
  /// `labrun.json` decoded, or nil when it is missing or unreadable (see `metadataProblem`).
  public var metadata: AttemptMetadata?
  /// Why `labrun.json` could not be read in this commit.
  public var metadataProblem: String?
  /// `README.md`, or nil when the commit has none.
  public var progressPage: String?
  /// What the commit did to the transcript compared with its first parent (the empty transcript for a root).
  public var transcript: TranscriptChange
}

/// How a commit's transcript relates to its parent's.
public enum TranscriptChange: Sendable, Equatable {
  /// Every earlier line is kept byte for byte, and these lines follow them.
  case appended([AuditedLine])
  /// Lines the parent had were changed or removed, starting at `firstChangedLine` (1-based, counted
  /// across segments); the parent had `linesBefore` lines and this commit has `linesAfter`.
  case rewritten(firstChangedLine: Int, linesBefore: Int, linesAfter: Int)
}

/// One transcript line added by a commit.
public enum AuditedLine: Sendable, Equatable {
  /// A line that decodes to an entry.
  case entry(TranscriptEntry)
  /// A line that does not; `problem` says why.
  case unreadable(problem: String)
}
