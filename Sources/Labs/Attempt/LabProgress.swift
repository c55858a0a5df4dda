import Cloud

/// How far an attempt has got: the current step, what passed, the hints and answers given, and what
/// the current step has seen happen.
///
/// It lives beside the shell's state and is what the lab's own commands (`hint`, `answer` …) read
/// and change, the way the built-ins change the shell's.
struct LabProgress: Sendable {
  let lab: Lab
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
  /// The answers given to the current step's question.
  var answers: [String] = []
  /// Steps passed and notes made during the line being run.
  var passedThisLine: [String] = []
  var notesThisLine: [AttemptNote] = []

  init(lab: Lab) {
    self.lab = lab
  }

  /// The step the learner is on, nil when the lab is complete.
  var step: Step? { currentStep < lab.steps.count ? lab.steps[currentStep] : nil }

  /// Points earned so far.
  var points: Int { lab.steps.filter { passed.contains($0.id) }.reduce(0) { $0 + $1.points } }

  /// Whether `check` of the current step holds in `world`.
  func holds(_ check: Check, in world: World) -> Bool {
    check.holds(events: stepEvents, world: world, answers: answers)
  }

  /// Keeps of `events` what the current step's checks can still use. An event check holds when any
  /// event since the step began matches it, and whether one event matches never changes, so the
  /// first match of each check is all it needs: a session's memory then stays flat however long
  /// the learner stays on a step (keeping every event cost kilobytes a command).
  mutating func record(_ events: [Event]) {
    guard let step else { return }
    for event in events
    where step.checks.contains(where: { check in check.matches(event) && !stepEvents.contains(where: check.matches) }) {
      stepEvents.append(event)
    }
  }

  /// Passes every step whose checks now hold, in order, noting each pass and what comes next.
  mutating func advance(in world: World) {
    while let step, step.checks.allSatisfy({ holds($0, in: world) }) {
      passed.append(step.id)
      passedThisLine.append(step.id)
      notesThisLine.append(
        .stepPassed(number: currentStep + 1, of: lab.steps.count, title: step.title, points: step.points))
      currentStep += 1
      stepEvents = []
      answers = []
      notesThisLine.append(currentNote)
    }
  }

  /// The banner of the current step, or the lab's end.
  var currentNote: AttemptNote {
    guard let step else { return .labComplete(points: points, maxPoints: lab.maxPoints, course: lab.coursePosition) }
    return .stepBegins(
      number: currentStep + 1, of: lab.steps.count, title: step.title, instructions: step.instructions)
  }
}
