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
  public var lines: [RecordedLine]
  /// The commits on the main branch, oldest first.
  public var history: [HistoryCommit]
  /// Set when a parent commit is missing from the repository: its id.
  public var missingParent: String?

  public init(
    path: String, metadata: AttemptMetadata, headCommit: String, lines: [RecordedLine], history: [HistoryCommit],
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

/// The fields of a workspace's `labrun.json` that grading looks at.
public struct AttemptMetadata: Sendable, Equatable {
  public var labID: String
  public var labDigest: String
  public var seed: UInt64
  public var learnerName: String
  public var learnerEmail: String

  public init(labID: String, labDigest: String, seed: UInt64, learnerName: String, learnerEmail: String) {
    self.labID = labID
    self.labDigest = labDigest
    self.seed = seed
    self.learnerName = learnerName
    self.learnerEmail = learnerEmail
  }
}

/// One line of a recorded transcript.
public enum RecordedLine: Sendable, Equatable {
  /// A command and what the workspace says it printed.
  case command(RecordedCommand)
  /// A reset to the start (`toStep` nil) or to the start of a step.
  case reset(toStep: String?)
}

/// A command as the transcript records it.
public struct RecordedCommand: Sendable, Equatable {
  public var host: String
  public var input: String
  /// The simulated clock after the command, in milliseconds since the epoch.
  public var simulatedTime: Int64
  public var exitStatus: Int32
  public var output: String

  public init(host: String, input: String, simulatedTime: Int64, exitStatus: Int32, output: String) {
    self.host = host
    self.input = input
    self.simulatedTime = simulatedTime
    self.exitStatus = exitStatus
    self.output = output
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

  /// How a commit changed the transcript compared with its parent.
  public enum Change: Sendable, Equatable {
    /// Kept every earlier line and added `count` lines, of which `unreadable` could not be decoded.
    case appended(count: Int, unreadable: Int)
    /// Changed or removed earlier lines, from `firstChangedLine` (1-based).
    case rewritten(firstChangedLine: Int, linesBefore: Int, linesAfter: Int)
  }

  public init(
    id: String, parents: [String], time: Int64, claimedSteps: [String], metadata: AttemptMetadata?,
    progressPage: String?, change: Change
  ) {
    self.id = id
    self.parents = parents
    self.time = time
    self.claimedSteps = claimedSteps
    self.metadata = metadata
    self.progressPage = progressPage
    self.change = change
  }
}
