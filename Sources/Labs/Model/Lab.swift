import Cloud

/// A lab: its starting world and the steps a learner works through.
public struct Lab: Sendable, Equatable {
  public let id: String
  public let title: String
  public let summary: String
  public let era: Era
  /// The host the shell starts on.
  public let startHost: String
  /// The seed used when the learner does not pick one.
  public let defaultSeed: UInt64
  public let world: WorldDescription
  public let steps: [Step]
  /// A digest of the lab's files, so an attempt can tell it was made on another version.
  public let digest: String

  public init(
    id: String, title: String, summary: String, era: Era, startHost: String, defaultSeed: UInt64,
    world: WorldDescription, steps: [Step], digest: String
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.era = era
    self.startHost = startHost
    self.defaultSeed = defaultSeed
    self.world = world
    self.steps = steps
    self.digest = digest
  }

  /// The most points the lab gives.
  public var maxPoints: Int { steps.reduce(0) { $0 + $1.points } }

  /// The step with this id.
  public func step(_ id: String) -> Step? { steps.first { $0.id == id } }
}

/// One step of a lab.
public struct Step: Sendable, Equatable {
  public let id: String
  public let title: String
  /// The instructions, Markdown.
  public let instructions: String
  public let points: Int
  /// All must hold for the step to pass.
  public let checks: [Check]
  /// Messages for known mistakes, said when a command matches while the step is current.
  public let feedback: [Feedback]
  /// Hints, in the order they are given.
  public let hints: [String]

  public init(
    id: String, title: String, instructions: String, points: Int, checks: [Check], feedback: [Feedback], hints: [String]
  ) {
    self.id = id
    self.title = title
    self.instructions = instructions
    self.points = points
    self.checks = checks
    self.feedback = feedback
    self.hints = hints
  }

  /// True when the step is a question (its only checks are answers).
  public var isQuestion: Bool {
    !checks.isEmpty && checks.allSatisfy { if case .answer = $0 { true } else { false } }
  }
}

/// A targeted message for a known mistake.
public struct Feedback: Sendable, Equatable {
  /// The observation that reveals the mistake.
  public let when: Check
  /// What to tell the learner.
  public let say: String

  public init(when: Check, say: String) {
    self.when = when
    self.say = say
  }
}
