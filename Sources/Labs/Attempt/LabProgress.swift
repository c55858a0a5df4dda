import Cloud

/// How far an attempt has got: the current step, what passed, the hints and answers given, and what
/// the current step has seen happen.
///
/// It lives beside the shell's state and is what the lab's own commands (`hint`, `answer` …) read
/// and change, the way the built-ins change the shell's.
struct LabProgress: Sendable {
  private(set) var lab: Lab
  /// The attempt's seed, which orders shuffled choices.
  let seed: UInt64
  /// The index of the current step; `lab.steps.count` once every step has passed.
  var currentStep = 0
  /// The ids of the steps passed, in order.
  var passed: [String] = []
  /// How many hints were shown (each hint counts once).
  var hintsUsed = 0
  var hintsShown: [String: Int] = [:]
  /// What happened in the world while the current step was current, as far as its checks can use it:
  /// the first event each of its event checks matches (see `record`).
  private(set) var stepEvents: [Event] = []
  /// The latest lookup, connection and API call since the step began, which `check` compares with
  /// what the step needs.
  private(set) var lastSeen: [Event] = []
  /// The answers given to the current step's question.
  var answers: [String] = []
  /// Steps passed and notes made during the line being run.
  var passedThisLine: [String] = []
  var notesThisLine: [AttemptNote] = []
  /// Wrong answers given to the current step's question, which its scoring policy may charge for.
  var wrongTries = 0
  /// Points each passed step earned: its points, less what its scoring policy charged.
  var earned: [String: Int] = [:]

  init(lab: Lab, seed: UInt64 = 0) {
    self.lab = lab
    self.seed = seed
  }

  /// Everything but the lab and the seed, which a checkpoint keeps (`AttemptCheckpoint`).
  struct Saved: Sendable, Equatable, Codable {
    var currentStep: Int
    var passed: [String]
    var hintsUsed: Int
    var hintsShown: [String: Int]
    var stepEvents: [Event]
    var lastSeen: [Event]
    var answers: [String]
    var passedThisLine: [String]
    var notesThisLine: [AttemptNote]
    var wrongTries: Int
    var earned: [String: Int]
  }

  var saved: Saved {
    Saved(
      currentStep: currentStep, passed: passed, hintsUsed: hintsUsed, hintsShown: hintsShown,
      stepEvents: stepEvents, lastSeen: lastSeen, answers: answers, passedThisLine: passedThisLine,
      notesThisLine: notesThisLine, wrongTries: wrongTries, earned: earned)
  }

  /// The progress `saved` describes, in `lab`.
  init(lab: Lab, seed: UInt64, saved: Saved) {
    self.init(lab: lab, seed: seed)
    currentStep = saved.currentStep
    passed = saved.passed
    hintsUsed = saved.hintsUsed
    hintsShown = saved.hintsShown
    stepEvents = saved.stepEvents
    lastSeen = saved.lastSeen
    answers = saved.answers
    passedThisLine = saved.passedThisLine
    notesThisLine = saved.notesThisLine
    wrongTries = saved.wrongTries
    earned = saved.earned
  }

  /// Goes on in `spoken`, the same lab in another language: the progress itself stays as it is.
  mutating func speak(_ spoken: Lab) {
    lab = spoken
  }

  /// The step the learner is on, nil when the lab is complete.
  var step: Step? { currentStep < lab.steps.count ? lab.steps[currentStep] : nil }

  /// Points earned so far.
  var points: Int { passed.reduce(0) { $0 + (earned[$1] ?? 0) } }

  /// Whether `check` of the current step holds in `world`.
  func holds(_ check: Check, in world: World) -> Bool {
    check.holds(events: stepEvents, world: world, answers: answers, choiceOrder: step.flatMap(choiceOrder))
  }

  /// `step`'s points as a learner reads them: what it earned out of its points when wrong tries
  /// cost some (`3/5`), else its points.
  func shownPoints(_ step: Step) -> String {
    guard passed.contains(step.id), let earned = earned[step.id], earned < step.points else { return "\(step.points)" }
    return "\(earned)/\(step.points)"
  }

  /// The order `step`'s choices are shown in, nil when the step shows them in its own text.
  func choiceOrder(_ step: Step) -> [Int]? {
    guard let question = step.shuffledQuestion else { return nil }
    return ChoiceOrder.order(count: question.choices.count, seed: seed, lab: lab.id, step: step.id)
  }

  /// What passing `step` earns now: its points less the penalties of its questions, never below 0.
  func pointsEarned(_ step: Step) -> Int {
    let penalty = step.checks.reduce(0) { total, check in
      if case .answer(let answer) = check { total + answer.penalty } else { total }
    }
    return max(0, step.points - penalty * wrongTries)
  }

  /// Keeps of `events` what the current step's checks can still use. An event check holds when any
  /// event since the step began matches it, and whether one event matches never changes, so the
  /// first match of each check is all it needs: a session's memory then stays flat however long
  /// the learner stays on a step (keeping every event cost kilobytes a command).
  mutating func record(_ events: [Event]) {
    guard currentStep < lab.steps.count else { return }
    // By index, and the kept event of the same kind (there is one at most) removed by its index
    // before the new one goes at the end: binding each event, and removing with a closure, copied
    // an event seven times a line.
    for index in events.indices {
      if case .resourceChanged = events[index] { continue }
      if let same = lastSeen.firstIndex(where: { Self.sameKind($0, events[index]) }) { lastSeen.remove(at: same) }
      lastSeen.append(events[index])
    }
    let checks = lab.steps[currentStep].checks
    for index in events.indices
    where checks.contains(where: { check in check.matches(events[index]) && !stepEvents.contains(where: check.matches) }
    ) {
      stepEvents.append(events[index])
    }
  }

  private static func sameKind(_ one: Event, _ other: Event) -> Bool {
    // One case at a time, not a switch over the pair: the pair copied both events (all they hold)
    // for every event seen, against every one kept.
    switch one {
    case .dnsLookup: if case .dnsLookup = other { true } else { false }
    case .connection: if case .connection = other { true } else { false }
    case .apiCall: if case .apiCall = other { true } else { false }
    case .resourceChanged: false
    }
  }

  /// Passes every step whose checks now hold, in order, noting each pass and what comes next.
  mutating func advance(in world: World) {
    // A loop, not `allSatisfy` with a closure: a closure capturing `self` here copied the whole
    // progress (the lab with it) twice a command.
    while let step, checksHold(step, in: world) {
      let points = pointsEarned(step)
      passed.append(step.id)
      passedThisLine.append(step.id)
      earned[step.id] = points
      notesThisLine.append(
        .stepPassed(number: currentStep + 1, of: lab.steps.count, title: step.title, points: points))
      currentStep += 1
      stepEvents = []
      lastSeen = []
      answers = []
      wrongTries = 0
      notesThisLine.append(currentNote)
    }
  }

  private func checksHold(_ step: Step, in world: World) -> Bool {
    for check in step.checks where !holds(check, in: world) { return false }
    return true
  }

  /// The banner of the current step, or the lab's end.
  var currentNote: AttemptNote {
    guard let step else { return .labComplete(points: points, maxPoints: lab.maxPoints, course: lab.coursePosition) }
    var instructions = step.instructions
    if let question = step.shuffledQuestion, let order = choiceOrder(step) {
      // The choices follow the instructions, which end with the question.
      if !instructions.hasSuffix("\n") { instructions += "\n" }
      instructions += "\n" + ChoiceOrder.shownList(question, order: order)
    }
    return .stepBegins(number: currentStep + 1, of: lab.steps.count, title: step.title, instructions: instructions)
  }
}

extension LabProgress.Saved {
  /// Whether `lab` could be in this state after `lines` lines: the step within the lab, every
  /// step named one of its own, each count neither negative nor more than the lines could make
  /// (a hint, a wrong answer or a passed step takes a line), each step's hints within its own.
  func isReachable(in lab: Lab, lines: Int) -> Bool {
    let steps = Dictionary(lab.steps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let counts = (0...lines)
    return (0...lab.steps.count).contains(currentStep) && counts.contains(hintsUsed) && counts.contains(wrongTries)
      && passed.count <= lab.steps.count && passed.allSatisfy { steps[$0] != nil }
      && passedThisLine.allSatisfy { steps[$0] != nil }
      && hintsShown.allSatisfy { id, shown in steps[id].map { (0...$0.hints.count).contains(shown) } ?? false }
      && earned.allSatisfy { id, points in steps[id].map { (0...$0.points).contains(points) } ?? false }
  }
}
