import Foundation
import Labs

/// Grades many repositories on every core, a few at a time, keeping only each attempt's grade.
///
/// Each worker takes the next repository, reads it, replays it and drops everything but the grade,
/// so memory grows with the number of learners (a small record each), not with their transcripts.
final class GradeRunner: @unchecked Sendable {
  private let catalog: Catalog
  private let lock = NSLock()
  private var labs: [String: Result<Lab, UngradedAttempt>] = [:]
  private var translated: [String: Lab] = [:]
  private var headings: [String: [StepGrade.Heading]] = [:]
  private let window: CommitWindow

  init(catalog: Catalog, window: CommitWindow = .unbounded) {
    self.catalog = catalog
    self.window = window
  }

  /// Grades every repository, handing each grade and its lab (as loaded, once for the class) to
  /// `finish` (under the runner's lock, so `finish` may keep state) before it is kept; grades and
  /// failures come back in the order they finished.
  ///
  /// The order is left to the caller: the report sorts both lists by path, and collecting them as
  /// they come means the class is held once, not once in slots and again in the lists.
  func grade(
    _ repositories: [String], workers: Int = ProcessInfo.processInfo.activeProcessorCount,
    finish: @escaping (inout LearnerGrade, Lab) -> Void = { _, _ in }
  ) -> (grades: [LearnerGrade], failures: [UngradedAttempt]) {
    let collected = Collected(capacity: repositories.count, finish: finish)
    let queue = WorkQueue(count: repositories.count)
    let count = max(1, min(workers, repositories.count))
    DispatchQueue.concurrentPerform(iterations: count) { _ in
      while true {
        guard let index = queue.take() else { return }
        let (result, lab) = gradeOne(repositories[index])
        collected.add(result, lab: lab)
      }
    }
    return collected.take()
  }

  /// The attempt's grade, and its lab as loaded when it was graded.
  private func gradeOne(_ path: String) -> (Result<LearnerGrade, UngradedAttempt>, Lab?) {
    var graded: Lab?
    let result = AttemptLoader.load(path).flatMap { record in
      lab(record.metadata.labID, for: path).flatMap { lab in
        graded = lab
        let recorded = record.metadata.language.flatMap(Language.init(rawValue:)) ?? .en
        // Each line in the language its session spoke (the workspace's unless it records another).
        let translations = LabTranslations(spoken(lab, in: recorded), translate: { self.spoken(lab, in: $0) })
        return Grader.grade(record, lab: translations, window: window, headings: headings(of: translations.lab))
      }
    }
    return (result, graded)
  }

  /// The lab in `language`: lab notes were recorded in the language of their session, so replay
  /// must say them in it too (checks and points are the same in every language).
  private func spoken(_ lab: Lab, in language: Language) -> Lab {
    guard language != .en else { return lab }
    lock.lock()
    defer { lock.unlock() }
    let key = lab.id + "\u{0}" + language.rawValue
    if let cached = translated[key] { return cached }
    let spoken = LabTranslator(files: DiskLabFiles()).translate(lab, folder: catalog.root + "/" + lab.id, to: language)
      .lab
    translated[key] = spoken
    return spoken
  }

  /// The headings of `lab`'s steps, made once per lab and language and shared by the class's grades.
  private func headings(of lab: Lab) -> [StepGrade.Heading] {
    lock.lock()
    defer { lock.unlock() }
    let key = lab.id + "\u{0}" + lab.language.rawValue
    if let cached = headings[key] { return cached }
    let made = Grader.headings(of: lab)
    headings[key] = made
    return made
  }

  /// The lab, loaded once and shared by every worker.
  private func lab(_ id: String, for path: String) -> Result<Lab, UngradedAttempt> {
    lock.lock()
    defer { lock.unlock() }
    let loaded: Result<Lab, UngradedAttempt>
    if let cached = labs[id] {
      loaded = cached
    } else {
      if catalog.entry(id: id) == nil, !catalog.problems.contains(where: { $0.path.hasSuffix("/\(id)/lab.yaml") }) {
        loaded = .failure(
          UngradedAttempt(
            path: "", labID: id, reason: "an attempt at lab '\(id)', which does not exist in \(catalog.root)"))
      } else {
        loaded = catalog.load(id).mapError {
          UngradedAttempt(path: "", labID: id, reason: "lab '\(id)' is not valid:\n\($0.description)")
        }
      }
      labs[id] = loaded
    }
    return loaded.mapError { UngradedAttempt(path: path, labID: id, reason: $0.reason) }
  }
}

/// The grades and failures so far, added by any worker one at a time.
private final class Collected: @unchecked Sendable {
  private let lock = NSLock()
  private var grades: [LearnerGrade] = []
  private var failures: [UngradedAttempt] = []
  private let finish: (inout LearnerGrade, Lab) -> Void

  init(capacity: Int, finish: @escaping (inout LearnerGrade, Lab) -> Void) {
    grades.reserveCapacity(capacity)
    self.finish = finish
  }

  func add(_ result: consuming Result<LearnerGrade, UngradedAttempt>, lab: Lab?) {
    lock.lock()
    defer { lock.unlock() }
    switch result {
    case .success(var grade):
      // A grade has a lab: only a loaded lab is graded.
      if let lab { finish(&grade, lab) }
      grades.append(grade)
    case .failure(let failure): failures.append(failure)
    }
  }

  /// Both lists, moved out.
  func take() -> (grades: [LearnerGrade], failures: [UngradedAttempt]) {
    lock.lock()
    defer { lock.unlock() }
    defer { (grades, failures) = ([], []) }
    return (grades, failures)
  }
}

/// Hands out the indices `0..<count` once each, to whichever worker asks first.
private final class WorkQueue: @unchecked Sendable {
  private let lock = NSLock()
  private var next = 0
  private let count: Int

  init(count: Int) {
    self.count = count
  }

  func take() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard next < count else { return nil }
    next += 1
    return next - 1
  }
}
