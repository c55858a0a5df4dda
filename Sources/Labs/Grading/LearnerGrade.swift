/// One attempt, regraded by replay: what the learner earned and what in the workspace does not add up.
public struct LearnerGrade: Sendable, Equatable {
  public var path: String
  public var labID: String
  public var labTitle: String
  public var learnerName: String
  public var learnerEmail: String
  /// The id of the attempt's last commit.
  public var headCommit: String {
    get { storedHead.text }
    set { storedHead = CommitName(newValue) }
  }
  private var storedHead: CommitName
  public var seed: UInt64
  /// Every step of the lab, in order, as replay graded it.
  public var steps: [StepGrade]
  public var points: Int
  public var maxPoints: Int
  /// Hints shown over the whole transcript (including before resets).
  public var hintsUsed: Int
  /// Command lines in the transcript.
  public var commandsTyped: Int
  /// The first and last commit times, in seconds since the epoch.
  public var firstCommitTime: Int64?
  public var lastCommitTime: Int64?
  /// The step the learner was on when the transcript ends; nil when every step passed.
  public var stoppedAt: String?
  /// The commands typed since `stoppedAt` became the current step, in order.
  public var commandsWhereStopped: [String]
  /// What in the workspace replay does not confirm, in the order found.
  public var findings: [IntegrityFinding]
  /// Other attempts by the same learner at the same lab, by path.
  public var otherAttempts: [String] = []
  /// Simulated time the learner's commands took, summed over the transcript (resets included), in seconds.
  public var simulatedSeconds: Int64 = 0
  /// Whether the seed is the lab's default one, which every workspace made before per-learner variants has.
  public var seedIsLabDefault = false
  /// Hashes of the attempt's runs of three command lines, ids and addresses normalised, sorted and
  /// unique: what `CommandSimilarity` compares across a class.
  public var commandShingles: [UInt64] = []

  public init(
    path: String, labID: String, labTitle: String, learnerName: String, learnerEmail: String, headCommit: String,
    seed: UInt64, steps: [StepGrade], points: Int, maxPoints: Int, hintsUsed: Int, commandsTyped: Int,
    firstCommitTime: Int64?, lastCommitTime: Int64?, stoppedAt: String?, commandsWhereStopped: [String],
    findings: [IntegrityFinding]
  ) {
    self.path = path
    self.labID = labID
    self.labTitle = labTitle
    self.learnerName = learnerName
    self.learnerEmail = learnerEmail
    storedHead = CommitName(headCommit)
    self.seed = seed
    self.steps = steps
    self.points = points
    self.maxPoints = maxPoints
    self.hintsUsed = hintsUsed
    self.commandsTyped = commandsTyped
    self.firstCommitTime = firstCommitTime
    self.lastCommitTime = lastCommitTime
    self.stoppedAt = stoppedAt
    self.commandsWhereStopped = commandsWhereStopped
    self.findings = findings
  }

  /// Steps passed.
  public var stepsPassed: Int { steps.filter(\.passed).count }
  /// True when every step passed.
  public var passedAll: Bool { steps.allSatisfy(\.passed) }
  /// Seconds from the first commit to the last; never negative (a last commit dated before the
  /// first is a finding, and the time spent is then 0).
  public var timeSpent: Int64? {
    guard let first = firstCommitTime, let last = lastCommitTime else { return nil }
    return max(0, last - first)
  }
}

/// One step of one attempt.
///
/// A class holds one of these per step per attempt until its report is written, so the step's id,
/// title and points are one shared `Heading` per lab, and the optionals are kept without their tags
/// (a value none of them can take stands for nil): 32 bytes a step instead of 88.
public struct StepGrade: Sendable, Equatable {
  /// What a step is, the same in every attempt at its lab; equal when id, title and points are.
  public final class Heading: Sendable, Equatable {
    public let id: String
    public let title: String
    public let points: Int

    public init(id: String, title: String, points: Int) {
      self.id = id
      self.title = title
      self.points = points
    }

    public static func == (one: Heading, other: Heading) -> Bool {
      one === other || (one.id == other.id && one.title == other.title && one.points == other.points)
    }
  }

  /// The step's id, title and points, shared with every other attempt graded against the same lab.
  public var heading: Heading
  /// What the attempt earned on it: its points less what its scoring policy charged for wrong
  /// tries, when it passed; 0 when it did not.
  public var earned: Int
  private var storedSeconds: Int64
  /// A count of transcript lines: 2³¹ of them would be a transcript of hundreds of gigabytes.
  private var storedCommands: Int32
  public var passed: Bool

  public var id: String {
    get { heading.id }
    set { if newValue != heading.id { heading = Heading(id: newValue, title: heading.title, points: heading.points) } }
  }
  public var title: String {
    get { heading.title }
    set { if newValue != heading.title { heading = Heading(id: heading.id, title: newValue, points: heading.points) } }
  }
  /// The step's points: what it is worth.
  public var points: Int {
    get { heading.points }
    set { if newValue != heading.points { heading = Heading(id: heading.id, title: heading.title, points: newValue) } }
  }
  /// Commands typed from the moment the step became current until it passed; nil when it did not.
  public var commands: Int? {
    get { storedCommands < 0 ? nil : Int(storedCommands) }
    set { storedCommands = newValue.map { Int32(clamping: max(0, $0)) } ?? -1 }
  }
  /// Seconds of commit time over the same stretch; nil when it did not pass or times are unknown.
  public var seconds: Int64? {
    get { storedSeconds == .min ? nil : storedSeconds }
    set { storedSeconds = newValue.map { max($0, .min + 1) } ?? .min }
  }

  /// `earned` defaults to `points` for a passed step (no penalty) and 0 for one that did not pass.
  public init(
    id: String, title: String, points: Int, earned: Int? = nil, passed: Bool, commands: Int?, seconds: Int64?
  ) {
    self.init(
      heading: Heading(id: id, title: title, points: points), earned: earned, passed: passed, commands: commands,
      seconds: seconds)
  }

  /// A step grade under a heading shared with the class.
  public init(heading: Heading, earned: Int? = nil, passed: Bool, commands: Int?, seconds: Int64?) {
    self.heading = heading
    self.earned = passed ? (earned ?? heading.points) : 0
    self.passed = passed
    storedCommands = -1
    storedSeconds = .min
    self.commands = commands
    self.seconds = seconds
  }
}

/// Something a workspace claims or shows that the replay does not confirm.
public struct IntegrityFinding: Sendable, Equatable {
  public enum Kind: String, Sendable, CaseIterable {
    /// An earlier transcript line was changed or removed by a later commit.
    case transcriptEdited = "transcript-edited"
    /// A commit added no line, or more than one, to the transcript.
    case commitNotOneLine = "commit-not-one-line"
    /// A recorded output, exit status, host or clock that replay does not reproduce.
    case outputNotReproduced = "output-not-reproduced"
    /// The progress page or a commit trailer claims a step or points replay did not give.
    case progressNotEarned = "progress-not-earned"
    /// Parents missing, merges, a history that does not start with labrun's first commit, or times going backwards.
    case historyRewritten = "history-rewritten"
    /// `labrun.json` (seed, lab, digest, learner) changed between commits.
    case metadataChanged = "metadata-changed"
    /// The lab's content differs from the version the attempt was made on.
    case labChanged = "lab-changed"
    /// A commit dated before this labrun release or after the grading, or commits spread over longer
    /// than the course lasts.
    case implausibleTime = "implausible-time"
    /// Lines recorded under another labrun version print differently under the grading one
    /// (informational: the simulator changed, the learner did not).
    case labrunVersion = "labrun-version"
    /// With the course secret: the seed is another graded learner's (a copied workspace).
    case seedOfAnotherLearner = "seed-of-another-learner"
    /// With the course secret: the seed is not the one the secret gives this learner at this lab.
    case seedNotLearners = "seed-not-learners"
    /// Without the course secret: another attempt at the same lab has the same seed.
    case sharedSeed = "shared-seed"

    /// Informational findings are shown but do not flag the attempt.
    public var isInformational: Bool { self == .labrunVersion }
  }

  public var kind: Kind
  /// The commit the finding is about, when there is one.
  public var commit: String? {
    get { storedCommit?.text }
    set { storedCommit = newValue.map(CommitName.init) }
  }
  private var storedCommit: CommitName?
  /// The transcript line (1-based) the finding is about, when there is one.
  public var line: Int?
  /// One sentence saying what does not add up.
  public var message: String

  public init(kind: Kind, commit: String? = nil, line: Int? = nil, message: String) {
    self.kind = kind
    storedCommit = commit.map(CommitName.init)
    self.line = line
    // Sentences are made by interpolation, which leaves spare room; a grade keeps its findings
    // until the report is written.
    self.message = message.exactlyAllocated
  }
}

/// An attempt that could not be graded, and why.
public struct UngradedAttempt: Error, Sendable, Equatable {
  public var path: String
  /// The lab it claims to be an attempt at, when that could be read.
  public var labID: String?
  public var reason: String

  public init(path: String, labID: String? = nil, reason: String) {
    self.path = path
    self.labID = labID
    self.reason = reason
  }
}
