import Cloud
import Transcript

/// A transcript replayed line by line, the way the learner's sessions ran it, with what each line did.
///
/// A live session runs each typed line on the attempt it has; `labrun reset` and the next session
/// rebuild the attempt by `Attempt.replay`. Doing the same here means every recorded output can be
/// compared with the output the learner must have seen.
struct LineReplay {
  /// The attempt after the last line.
  var attempt: Attempt
  /// For each line, the steps it passed.
  var passedBy: [[String]] = []
  /// For each line, the steps passed and the points after it.
  var passedAfter: [[String]] = []
  var pointsAfter: [Int] = []
  /// The progress before any line (a lab whose first step already holds passes it at once).
  var initialPassed: [String]
  var initialPoints: Int
  /// The first line that passed each step.
  var firstPass: [String: Int] = [:]
  /// `commandsBefore[k]` is how many command lines come before line `k`; one more element than lines.
  var commandsBefore: [Int] = [0]
  /// Hints shown over the whole transcript.
  var hintsUsed = 0
  /// The commands typed since the current step became current.
  var commandsSinceStepBegan: [String] = []
  /// Lines whose recorded result replay does not reproduce.
  var mismatches: [IntegrityFinding] = []
  /// Simulated milliseconds the command lines took, each from the clock before it to the clock after.
  var simulatedMilliseconds: Int64 = 0

  /// Replays `lines`, each in the language it records (`translations`).
  static func run(_ lines: [TranscriptEntry], lab translations: LabTranslations, seed: UInt64)
    throws(DescriptionErrors) -> LineReplay
  {
    var translations = translations
    let start = try Attempt(lab: translations.lab, seed: seed)
    var replay = LineReplay(attempt: start, initialPassed: start.passed, initialPoints: start.points)
    var processed: [TranscriptEntry] = []
    for (index, line) in lines.enumerated() {
      var passed: [String] = []
      switch line {
      case .command(let record):
        processed.append(line)
        let host = replay.attempt.hostName
        let hintsBefore = replay.attempt.hintsUsed
        let clockBefore = replay.attempt.shell.world.now
        let output = replay.attempt.replay(record, in: &translations)
        replay.simulatedMilliseconds += max(0, replay.attempt.shell.world.now - clockBefore)
        replay.hintsUsed += max(0, replay.attempt.hintsUsed - hintsBefore)
        passed = output.passedSteps
        if let problem = Self.difference(record, host: host, output: output, clock: replay.attempt.shell.world.now) {
          replay.mismatches.append(
            IntegrityFinding(
              kind: .outputNotReproduced, line: index + 1,
              message: "line \(index + 1) (`\(Self.short(record.input))`): \(problem)"))
        }
        replay.commandsSinceStepBegan.append(record.input)
        replay.commandsBefore.append(replay.commandsBefore[index] + 1)
      case .reset:
        processed.append(line)
        replay.attempt = try Attempt.replay(lab: translations, seed: seed, entries: processed).0
        replay.commandsSinceStepBegan = []
        replay.commandsBefore.append(replay.commandsBefore[index])
      }
      if !passed.isEmpty { replay.commandsSinceStepBegan = [] }
      for step in passed where replay.firstPass[step] == nil { replay.firstPass[step] = index }
      replay.passedBy.append(passed)
      replay.passedAfter.append(replay.attempt.passed)
      replay.pointsAfter.append(replay.attempt.points)
    }
    return replay
  }

  /// What differs between the record and the replay, in words; nil when nothing does.
  static func difference(_ record: CommandRecord, host: String, output: AttemptOutput, clock: Int64) -> String? {
    var problems: [String] = []
    if record.host != host { problems.append("recorded on host \(record.host), but replay runs it on \(host)") }
    let text = output.text
    if record.output != text {
      let recorded = record.output.split(separator: "\n", omittingEmptySubsequences: false)
      let replayed = text.split(separator: "\n", omittingEmptySubsequences: false)
      var first = 0
      while first < min(recorded.count, replayed.count), recorded[first] == replayed[first] { first += 1 }
      problems.append("the recorded output differs from what replay prints, from its line \(first + 1)")
    }
    if record.exitStatus != output.status {
      problems.append("exit status \(record.exitStatus) is recorded, replay gives \(output.status)")
    }
    if record.simulatedTime != clock {
      problems.append("the simulated clock is recorded as \(record.simulatedTime), replay gives \(clock)")
    }
    return problems.isEmpty ? nil : problems.joined(separator: "; ")
  }

  /// A command line cut to a length that fits in a sentence.
  static func short(_ input: String) -> String {
    input.count <= 60 ? input : String(input.prefix(59)) + "…"
  }

  /// The progress after `count` lines (the state before any line for zero).
  func progress(afterLines count: Int) -> (passed: [String], points: Int) {
    guard count > 0 else { return (initialPassed, initialPoints) }
    let index = min(count, passedAfter.count) - 1
    return index < 0 ? (initialPassed, initialPoints) : (passedAfter[index], pointsAfter[index])
  }
}
