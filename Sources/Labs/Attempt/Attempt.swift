import Cloud
import Shell
import Transcript

/// One learner's attempt at a lab: the world, the shell, and progress through the steps.
///
/// A pure value: the same lab, seed and lines always give the same outputs and progress, which
/// is what lets the grader replay a transcript and trust nothing else.
public struct Attempt: Sendable {
  /// The lab, in the language the attempt speaks now (`speak`).
  public private(set) var lab: Lab
  public let seed: UInt64
  /// The shell session, with the world inside.
  public private(set) var shell: ShellState
  /// The lines typed, in order (lab commands included).
  public private(set) var commands = 0
  private var progress: LabProgress

  /// Starts a fresh attempt; the seed defaults to the lab's.
  public init(lab: Lab, seed: UInt64? = nil) throws(DescriptionErrors) {
    self.lab = lab
    self.seed = seed ?? lab.defaultSeed
    let world = try lab.startingWorld(seed: self.seed)
    shell = ShellState(world: world, hostName: lab.startHost)
    shell.language = lab.language.phrases
    shell.loginVariables = Attempt.presetVariables(world)
    shell.variables = shell.loginVariables
    progress = LabProgress(lab: lab, seed: self.seed)
    progress.advance(in: world)
  }

  /// The attempt a checkpoint describes (`Attempt.resume`): `lab` in the checkpoint's language.
  init(lab: Lab, seed: UInt64, shell: ShellState, commands: Int, progress: LabProgress.Saved) {
    self.lab = lab
    self.seed = seed
    self.shell = shell
    self.commands = commands
    self.progress = LabProgress(lab: lab, seed: seed, saved: progress)
  }

  /// What a checkpoint keeps of the progress.
  var savedProgress: LabProgress.Saved { progress.saved }

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

  /// The index of the current step; `lab.steps.count` once every step has passed.
  public var currentStep: Int { progress.currentStep }
  /// The ids of the steps passed, in order.
  public var passed: [String] { progress.passed }
  /// How many hints were shown (each hint counts once).
  public var hintsUsed: Int { progress.hintsUsed }
  /// The step the learner is on, nil when the lab is complete.
  public var step: Step? { progress.step }
  public var finished: Bool { progress.step == nil }
  /// Points earned so far.
  public var points: Int { progress.points }
  /// What step `id` earned: its points less what its scoring policy charged; nil until it passes.
  public func pointsEarned(step id: String) -> Int? { progress.passed.contains(id) ? progress.earned[id] : nil }
  /// The host the learner is on.
  public var hostName: String { shell.hostName }
  /// The prompt to show.
  public var prompt: String { LabShell.prompt(shell) }
  /// Sets `$?` as something outside any command did (Ctrl-C at the prompt: 130).
  public mutating func setStatus(_ status: Int32) {
    shell.lastStatus = status
  }

  /// This attempt from now on in `spoken`, the same lab in another language.
  ///
  /// Only the words change: the checks, points, world and progress carry over, because a
  /// translation changes no step, check or point (`LabTranslator`).
  public mutating func speak(_ spoken: Lab) {
    precondition(spoken.id == lab.id && spoken.steps.map(\.id) == lab.steps.map(\.id), "another lab, not a translation")
    lab = spoken
    progress.speak(spoken)
    shell.language = spoken.language.phrases
  }

  /// Runs a recorded command again: with the `$?` it started with, then its line.
  public mutating func replay(_ record: CommandRecord) -> AttemptOutput {
    if let status = record.statusBefore { setStatus(status) }
    return run(record.input)
  }

  /// The current step's banner, or the lab's end when every step has passed.
  public var currentNote: AttemptNote { progress.currentNote }

  /// The current step's checks that do not hold yet.
  public var unmetChecks: [Check] {
    step?.checks.filter { !progress.holds($0, in: shell.world) } ?? []
  }

  /// How to get help, said when a lab starts (in the lab's language).
  var helpLine: String { lab.messages.say(.helpLine) }

  /// What the learner sees when the lab starts (or resumes at the current step).
  public var introduction: String {
    var text = "\(lab.title)\n\(String(repeating: "=", count: lab.title.count))\n"
    if !lab.summary.isEmpty { text += "\n" + lab.summary + (lab.summary.hasSuffix("\n") ? "" : "\n") }
    text += "\n" + helpLine + "\n"
    return text + progress.currentNote.text
  }

  /// Runs one typed line in the lab's shell (lab commands included), then the current step's checks.
  public mutating func run(_ line: String) -> AttemptOutput {
    commands += 1
    progress.passedThisLine = []
    progress.notesThisLine = []
    let stepBefore = progress.currentStep
    let result = LineRunner.run(
      line, state: &shell, commands: LabShell.commands, extensions: LabCommands.table, context: &progress)
    progress.record(result.events)
    var notes = progress.notesThisLine
    // Feedback answers an event, so a line that made none (most lines) does not copy the step; the
    // step's feedback is read in place, by index, since each copy also copied its check.
    // The first rule that matches speaks, as a lab author orders them (the particular mistake
    // before the general one): two rules saying the same thing twice read as two mistakes.
    if progress.currentStep == stepBefore, !result.events.isEmpty, let step = progress.step,
      let index = step.feedback.indices.first(where: { index in
        result.events.contains { step.feedback[index].when.matches($0) }
      })
    {
      notes.append(.feedback(step.feedback[index].say))
    }
    progress.notesThisLine = []
    progress.advance(in: shell.world)
    notes += progress.notesThisLine
    let passedNow = progress.passedThisLine
    if !passedNow.isEmpty { notes.removeAll { if case .feedback = $0 { true } else { false } } }
    // Leaving is the live session's business: the attempt itself never ends, so no recorded line
    // can stop a later replay or resume.
    let leaves = shell.sessionEnded
    shell.sessionEnded = false
    // Cut here, in the pure attempt, so a replay cuts at the same byte as the live run did.
    var output = AttemptOutput(
      output: OutputCap.apply(result.output), status: result.status, passedSteps: passedNow, notes: notes,
      leaves: leaves)
    output.messages = lab.messages
    return output
  }
}
