import Transcript

/// Everything a workspace says about an attempt, as the grader receives it: none of it is trusted.
///
/// The CLI fills it from the workspace's git history; the grader replays `lines` and compares the
/// rest with what replay produced.
public struct AttemptRecord: Sendable, Equatable {
  /// Where the attempt was found (a workspace folder or a bare repository).
  public var path: String
  /// The metadata of the last commit.
  public var metadata: AttemptMetadata
  /// The id of the last commit.
  public var headCommit: String
  /// The transcript of the last commit, in order.
  public var lines: [TranscriptEntry]
  /// The commits on the main branch, oldest first.
  public var history: [HistoryCommit]
  /// Set when a parent commit is missing from the repository: its id.
  public var missingParent: String?

  public init(
    path: String, metadata: AttemptMetadata, headCommit: String, lines: [TranscriptEntry], history: [HistoryCommit],
    missingParent: String? = nil
  ) {
    self.path = path
    self.metadata = metadata
    self.headCommit = headCommit
    self.lines = lines
    self.history = history
    self.missingParent = missingParent
  }
}

/// One commit as the grader audits it.
public struct HistoryCommit: Sendable, Equatable {
  public var id: String
  public var parents: [String]
  /// The commit time, in seconds since the epoch.
  public var time: Int64
  /// Step ids from the message's `Step: ID passed` trailers.
  public var claimedSteps: [String]
  /// The commit's `labrun.json`, or nil when it is missing or unreadable.
  public var metadata: AttemptMetadata?
  /// The commit's `README.md`, or nil when it has none.
  public var progressPage: String?
  /// What the commit did to the transcript.
  public var change: Change
  /// The labrun its `Labrun-Version` trailer names (the first commit of each session); nil without one.
  public var labrunVersion: String?

  /// How a commit changed the transcript compared with its parent.
  public enum Change: Sendable, Equatable {
    /// Kept every earlier line and added `count` lines, of which `unreadable` could not be decoded.
    case appended(count: Int, unreadable: Int)
    /// Changed or removed earlier lines, from `firstChangedLine` (1-based).
    case rewritten(firstChangedLine: Int, linesBefore: Int, linesAfter: Int)
  }

  public init(
    id: String, parents: [String], time: Int64, claimedSteps: [String], metadata: AttemptMetadata?,
    progressPage: String?, change: Change, labrunVersion: String? = nil
  ) {
    self.id = id
    self.parents = parents
    self.time = time
    self.claimedSteps = claimedSteps
    self.metadata = metadata
    self.progressPage = progressPage
    self.change = change
    self.labrunVersion = labrunVersion
  }
}
