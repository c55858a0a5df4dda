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
  private let window: CommitWindow

  init(catalog: Catalog, window: CommitWindow = .unbounded) {
    self.catalog = catalog
    self.window = window
  }

  /// Grades every repository; results come back in the order of `repositories`.
  func grade(_ repositories: [String], workers: Int = ProcessInfo.processInfo.activeProcessorCount) -> [Result<
    LearnerGrade, UngradedAttempt
  >] {
    var results = [Result<LearnerGrade, UngradedAttempt>?](repeating: nil, count: repositories.count)
    let queue = WorkQueue(count: repositories.count)
    let count = max(1, min(workers, repositories.count))
    // Each slot is written by exactly one worker; the queue hands out indices and the lock guards the lab cache.
    results.withUnsafeMutableBufferPointer { slots in
      nonisolated(unsafe) let slots = slots
      DispatchQueue.concurrentPerform(iterations: count) { _ in
        while true {
          guard let index = queue.take() else { return }
          slots[index] = gradeOne(repositories[index])
        }
      }
    }
    return results.map { $0! }
  }

  private func gradeOne(_ path: String) -> Result<LearnerGrade, UngradedAttempt> {
    AttemptLoader.load(path).flatMap { record in
      lab(record.metadata.labID, for: path).flatMap { lab in
        let recorded = record.metadata.language.flatMap(Language.init(rawValue:)) ?? .en
        // Each line in the language its session spoke (the workspace's unless it records another).
        let translations = LabTranslations(spoken(lab, in: recorded), translate: { self.spoken(lab, in: $0) })
        return Grader.grade(record, lab: translations, window: window)
      }
    }
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
