import Cloud
import Shell

/// One learner's attempt at a lab: the world, the shell, and progress through the steps.
///
/// A pure value: the same lab, seed and lines always give the same outputs and progress, which
/// is what lets the grader replay a transcript and trust nothing else.
public struct Attempt: Sendable {
  public let lab: Lab
  public let seed: UInt64
  /// The shell session, with the world inside.
  public private(set) var shell: ShellState
  /// The index of the current step; `lab.steps.count` once every step has passed.
  public private(set) var currentStep = 0
  /// The ids of the steps passed, in order.
  public private(set) var passed: [String] = []
  /// How many hints were shown (each hint counts once).
  public private(set) var hintsUsed = 0
  /// The lines typed, in order (lab commands included).
  public private(set) var commands = 0
  private var hintsShown: [String: Int] = [:]
  private var stepEvents: [Event] = []
  private var answers: [String] = []

  /// Starts a fresh attempt; the seed defaults to the lab's.
  public init(lab: Lab, seed: UInt64? = nil) throws(DescriptionErrors) {
    self.lab = lab
    self.seed = seed ?? lab.defaultSeed
    let world = try lab.world.build(seed: self.seed)
    shell = ShellState(world: world, hostName: lab.startHost)
    shell.variables = Attempt.presetVariables(world)
    _ = advance(notes: nil)
  }

  /// Variables a lab shell starts with, so commands can name resources: `$VPC_ID`, `$RTB_PRIVATE_A` …
  static func presetVariables(_ world: World) -> [String: String] {
    func name(_ prefix: String, _ resource: String) -> String {
      prefix + "_" + resource.uppercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }
    var variables: [String: String] = [:]
    if let vpc = world.vpcs.first { variables["VPC_ID"] = vpc.id }
    for subnet in world.subnets { variables[name("SUBNET", subnet.name)] = subnet.id }
    for table in world.routeTables where !table.name.isEmpty { variables[name("RTB", table.name)] = table.id }
    for group in world.securityGroups { variables[name("SG", group.name)] = group.id }
    variables["AWS_DEFAULT_REGION"] = world.region
    return variables
  }

  /// The step the learner is on, nil when the lab is complete.
  public var step: Step? { currentStep < lab.steps.count ? lab.steps[currentStep] : nil }
  public var finished: Bool { currentStep >= lab.steps.count }
  /// Points earned so far.
  public var points: Int { lab.steps.filter { passed.contains($0.id) }.reduce(0) { $0 + $1.points } }
  /// The host the learner is on.
  public var hostName: String { shell.hostName }
  /// The prompt to show.
  public var prompt: String { LabShell.prompt(shell) }
  /// Set when the learner typed `exit` on the first host.
  public var sessionEnded: Bool { shell.sessionEnded }

  /// The current step's checks that do not hold yet.
  public var unmetChecks: [Check] {
    step?.checks.filter { !$0.holds(events: stepEvents, world: shell.world, answers: answers) } ?? []
  }

  /// What the learner sees when the lab starts (or resumes at the current step).
  public var introduction: String {
    var text = "\(lab.title)\n\(String(repeating: "=", count: lab.title.count))\n"
    if !lab.summary.isEmpty { text += "\n" + lab.summary + (lab.summary.hasSuffix("\n") ? "" : "\n") }
    text += "\nType `help` for what this shell can do, `hint` when stuck, `check` to see what is missing.\n"
    if let step {
      text += AttemptNote.stepBegins(number: currentStep + 1, of: lab.steps.count, title: step.title, instructions: step.instructions).text
    } else {
      text += AttemptNote.labComplete(points: points, maxPoints: lab.maxPoints).text
    }
    return text
  }

  /// Runs one typed line: a lab command (`hint`, `check` …) or a shell command, then the step's checks.
  public mutating func run(_ line: String) -> AttemptOutput {
    commands += 1
    if let output = runLabCommand(line) {
      shell.lastStatus = output.status
      return output
    }
    let result = LabShell.run(line, state: &shell)
    stepEvents += result.events
    var notes: [AttemptNote] = []
    if let step {
      var said: Set<String> = []
      for feedback in step.feedback where !said.contains(feedback.say) {
        if result.events.contains(where: { feedback.when.matches($0) }) {
          notes.append(.feedback(feedback.say))
          said.insert(feedback.say)
        }
      }
    }
    let passedNow = advance(notes: &notes)
    if !passedNow.isEmpty { notes.removeAll { if case .feedback = $0 { true } else { false } } }
    return AttemptOutput(output: result.output, status: result.status, passedSteps: passedNow, notes: notes)
  }

  /// Passes every step whose checks now hold, in order; returns their ids.
  @discardableResult
  private mutating func advance(notes: inout [AttemptNote]) -> [String] {
    var passedNow: [String] = []
    while let step, step.checks.allSatisfy({ $0.holds(events: stepEvents, world: shell.world, answers: answers) }) {
      passed.append(step.id)
      passedNow.append(step.id)
      notes.append(.stepPassed(number: currentStep + 1, of: lab.steps.count, title: step.title, points: step.points))
      currentStep += 1
      stepEvents = []
      answers = []
      if let next = self.step {
        notes.append(.stepBegins(number: currentStep + 1, of: lab.steps.count, title: next.title, instructions: next.instructions))
      } else {
        notes.append(.labComplete(points: points, maxPoints: lab.maxPoints))
      }
    }
    return passedNow
  }

  private mutating func advance(notes: [AttemptNote]?) -> [String] {
    var ignored: [AttemptNote] = []
    return advance(notes: &ignored)
  }

  // MARK: - Lab commands

  static let labCommands: Set<String> = ["hint", "check", "steps", "instructions", "answer", "help"]

  private mutating func runLabCommand(_ line: String) -> AttemptOutput? {
    let trimmed = line.trimmingCharacters(in: " \t")
    let name = trimmed.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
    guard Attempt.labCommands.contains(name) else { return nil }
    let argument = trimmed.dropFirst(name.count).trimmingCharacters(in: " \t")
    shell.history.append(line)
    switch name {
    case "help":
      let text = HelpCommandText.shell + """
        The lab
          hint                           the next hint for this step (hints used are recorded)
          check                          what this step still needs, without the answer
          steps                          every step, passed or not
          instructions                   this step's instructions again
          answer TEXT                    answer the current question

        """
      return plain(text)
    case "hint":
      guard let step else { return plain("The lab is complete: there is nothing left to hint at.\n") }
      let shown = hintsShown[step.id, default: 0]
      guard shown < step.hints.count else { return plain("No more hints for this step.\n") }
      hintsShown[step.id] = shown + 1
      hintsUsed += 1
      return plain("Hint \(shown + 1) of \(step.hints.count): \(step.hints[shown])\n")
    case "check":
      guard let step else { return plain("Every step has passed.\n") }
      var text = "Step \(currentStep + 1) of \(lab.steps.count): \(step.title)\n"
      for check in step.checks {
        let holds = check.holds(events: stepEvents, world: shell.world, answers: answers)
        text += (holds ? "  ✓ " : "  ✗ ") + check.missingDescription + "\n"
      }
      return plain(text)
    case "steps":
      var text = ""
      for (index, step) in lab.steps.enumerated() {
        let mark = passed.contains(step.id) ? "✓" : (index == currentStep ? "→" : "✗")
        text += "\(mark) \(index + 1). \(step.title) (\(step.points) points)\n"
      }
      text += "\(points)/\(lab.maxPoints) points\n"
      return plain(text)
    case "instructions":
      guard let step else { return plain(AttemptNote.labComplete(points: points, maxPoints: lab.maxPoints).text) }
      return plain(AttemptNote.stepBegins(number: currentStep + 1, of: lab.steps.count, title: step.title, instructions: step.instructions).text)
    default:  // answer
      guard !argument.isEmpty else {
        return AttemptOutput(output: [OutputChunk(.stderr, "answer: type your answer after the word, for example `answer b`\n")], status: 2)
      }
      guard let step else {
        return AttemptOutput(output: [OutputChunk(.stderr, "answer: every step has passed; there is no question left\n")], status: 1)
      }
      guard step.checks.contains(where: { if case .answer = $0 { true } else { false } }) else {
        return AttemptOutput(output: [OutputChunk(.stderr, "answer: this step asks you to do something, not to answer a question\n")], status: 1)
      }
      answers.append(argument)
      var notes: [AttemptNote] = []
      let passedNow = advance(notes: &notes)
      if passedNow.isEmpty {
        return AttemptOutput(output: [OutputChunk(.stdout, "Not quite. Think it over, or type `hint`.\n")], status: 1)
      }
      return AttemptOutput(output: [OutputChunk(.stdout, "Correct.\n")], status: 0, passedSteps: passedNow, notes: notes)
    }
  }

  private func plain(_ text: String) -> AttemptOutput {
    AttemptOutput(output: [OutputChunk(.stdout, text)], status: 0)
  }
}

extension Substring {
  func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
