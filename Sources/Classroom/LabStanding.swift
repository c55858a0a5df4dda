import Labs

/// Where one learner stands in one lab, as the instructor's dashboard shows it.
public struct LabStanding: Sendable, Equatable, Codable {
  public var learner: String
  public var lab: String
  /// The current step's number (1-based); `stepCount + 1` once the lab is complete.
  public var step: Int
  public var stepCount: Int
  public var stepTitle: String
  public var points: Int
  public var maxPoints: Int
  public var hints: Int
  public var commands: Int
  public var finished: Bool
  /// When the learner last typed a command, in milliseconds since 1970 (nil: not in this run of the server).
  public var lastCommand: Int64?
  /// Since when the learner has been on the current step, in milliseconds since 1970.
  public var onStepSince: Int64?
  /// The last lines typed on the current step, oldest first (at most `recentLimit`).
  public var recentLines: [String]
  /// Whether a browser terminal is attached now.
  public var connected: Bool

  /// How many typed lines the dashboard keeps per step.
  public static let recentLimit = 5

  /// The standing of `learner` in `attempt`, with what the server saw of the session.
  public init(
    learner: String, attempt: Attempt, lastCommand: Int64?, onStepSince: Int64?, recentLines: [String],
    connected: Bool
  ) {
    let lab = attempt.lab
    self.learner = learner
    self.lab = lab.id
    step = attempt.finished ? lab.steps.count + 1 : attempt.currentStep + 1
    stepCount = lab.steps.count
    stepTitle = attempt.step?.title ?? ""
    points = attempt.points
    maxPoints = lab.maxPoints
    hints = attempt.hintsUsed
    commands = attempt.commands
    finished = attempt.finished
    self.lastCommand = lastCommand
    self.onStepSince = onStepSince
    self.recentLines = recentLines
    self.connected = connected
  }

  /// How long the learner has been on this step at `now`, in milliseconds; nil when done or unknown.
  public func stuckFor(now: Int64) -> Int64? {
    guard !finished, let since = onStepSince else { return nil }
    return max(0, now - since)
  }
}
