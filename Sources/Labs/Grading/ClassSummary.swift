/// The class view of one lab: how each step went across every graded attempt.
public struct LabSummary: Sendable, Equatable {
  public var labID: String
  public var labTitle: String
  /// Graded attempts at the lab.
  public var attempts: Int
  /// Attempts that passed every step.
  public var passedAll: Int
  public var steps: [StepSummary]
}

/// How one step went across a class.
public struct StepSummary: Sendable, Equatable {
  public var id: String
  public var title: String
  /// Attempts that passed the step.
  public var passed: Int
  /// `passed` over the lab's attempts, from 0 to 1.
  public var passRate: Double
  /// The median number of commands and seconds learners who passed the step spent on it.
  public var medianCommands: Double?
  public var medianSeconds: Double?
  /// Attempts that ended with this step current.
  public var stoppedHere: Int
  /// The commands most often typed on this step by learners who stopped here, most frequent first.
  public var commonCommands: [CommandCount]
}

/// A command line and how many learners typed it.
public struct CommandCount: Sendable, Equatable {
  public var command: String
  /// Learners who typed it at least once (a learner repeating a line counts once).
  public var learners: Int
  /// Times it was typed, in all.
  public var times: Int

  public init(command: String, learners: Int, times: Int) {
    self.command = command
    self.learners = learners
    self.times = times
  }
}

extension LabSummary {
  /// How many commands to list per step in `commonCommands`.
  public static let commonCommandLimit = 5

  /// Summarises the grades of one lab; `grades` must all be of `labID`.
  public static func make(
    labID: String, labTitle: String, steps: [(id: String, title: String)],
    grades: some RandomAccessCollection<LearnerGrade>
  ) -> LabSummary {
    let summaries = steps.enumerated().map { index, step -> StepSummary in
      let results = grades.compactMap { grade in grade.steps.first { $0.id == step.id } }
      let passed = results.filter(\.passed)
      let stopped = grades.compactMap { $0.stoppedAt == step.id ? $0.commandsWhereStopped : nil }
      return StepSummary(
        id: step.id, title: step.title, passed: passed.count,
        passRate: grades.isEmpty ? 0 : Double(passed.count) / Double(grades.count),
        medianCommands: median(passed.compactMap { $0.commands.map(Double.init) }),
        medianSeconds: median(passed.compactMap { $0.seconds.map(Double.init) }),
        stoppedHere: stopped.count, commonCommands: common(stopped))
    }
    return LabSummary(
      labID: labID, labTitle: labTitle, attempts: grades.count, passedAll: grades.count(where: \.passedAll),
      steps: summaries)
  }

  static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// The most common command lines (spaces collapsed), ties broken by the line itself.
  static func common(_ perLearner: [[String]]) -> [CommandCount] {
    var learners: [String: Int] = [:]
    var times: [String: Int] = [:]
    for commands in perLearner {
      var seen: Set<String> = []
      for raw in commands {
        let command = raw.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        guard !command.isEmpty else { continue }
        times[command, default: 0] += 1
        if seen.insert(command).inserted { learners[command, default: 0] += 1 }
      }
    }
    return learners.map { CommandCount(command: $0.key, learners: $0.value, times: times[$0.key] ?? 0) }
      .sorted { ($0.learners, $0.times, $1.command) > ($1.learners, $1.times, $0.command) }
      .prefix(commonCommandLimit).map { $0 }
  }
}
