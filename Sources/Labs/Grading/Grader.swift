import Transcript

/// Regrades one attempt by replaying its transcript, and lists what the workspace claims that replay
/// does not confirm (DESIGN §2.2: the transcript is the truth; outputs and claims are derived).
public enum Grader {
  /// Replays `record` against `lab` (the current version of the lab) and grades it.
  ///
  /// Fails only when the lab's world cannot be built, which is a fault of the lab, not of the attempt.
  /// Commits outside `window` are findings.
  /// `version` is the grading labrun's: differences in lines recorded under another are informational.
  public static func grade(
    _ record: AttemptRecord, lab: Lab, window: CommitWindow = .unbounded, version: String = Release.version
  ) -> Result<LearnerGrade, UngradedAttempt> {
    grade(record, lab: LabTranslations(lab), window: window, version: version)
  }

  /// Replays `record` with each line in the language it records, and grades it.
  ///
  /// `translations.lab` is the lab in the language the workspace was started in: its digest is the
  /// one `labrun.json` records, and its titles are the report's. `headings` are its steps' headings
  /// (`headings(of:)`), shared by a class graded against the same lab; nil makes this attempt's own.
  public static func grade(
    _ record: AttemptRecord, lab translations: LabTranslations, window: CommitWindow = .unbounded,
    version: String = Release.version, headings: [StepGrade.Heading]? = nil
  ) -> Result<LearnerGrade, UngradedAttempt> {
    let lab = translations.lab
    // The seed the attempt began with: a seed changed later is a finding, not a new truth.
    let original = record.history.first?.metadata ?? record.metadata
    let replay: LineReplay
    do {
      replay = try LineReplay.run(record.lines, lab: translations, seed: original.seed)
    } catch {
      return .failure(
        UngradedAttempt(path: record.path, labID: lab.id, reason: "the lab's world does not build: \(error)"))
    }
    let placement = LinePlacement(history: record.history, lineCount: record.lines.count)

    var findings = HistoryAudit.findings(record, original: original, lab: lab)
    if original.labDigest == lab.digest {
      findings += VersionAudit.findings(
        replay.mismatches, history: record.history, placement: placement, original: original, grading: version)
    } else if !replay.mismatches.isEmpty, let changed = findings.firstIndex(where: { $0.kind == .labChanged }) {
      // On another version of the lab, outputs are expected to differ: that is the change, not tampering.
      let count = replay.mismatches.count
      findings[changed].message +=
        "; \(count) line\(count == 1 ? " prints" : "s print") differently on the current version, as the change explains"
    }
    // A page is written in its session's language. The caller's translations keep the labs they
    // make (the grade runner's for a whole class), so those the lines record cost the replay's
    // translation only; another (a reset's page) is asked for only when a page needs it.
    var languages = translations
    var recorded: [Language] = []
    for case .command(let line) in record.lines where line.language != nil {
      let language = translations.language(of: line)
      if language != lab.language, !recorded.contains(language) { recorded.append(language) }
    }
    let spoken = recorded.map { languages.lab(in: $0) }
    findings += ClaimAudit.findings(
      history: record.history, placement: placement, replay: replay, lab: lab, spoken: spoken,
      others: {
        Language.allCases.filter { $0 != lab.language && !recorded.contains($0) }.map { languages.lab(in: $0) }
      }
    )
    findings += window.findings(record.history)

    let attempt = replay.attempt
    // Headings of another lab (a caller's mistake) are not used: this attempt gets its own.
    let headings =
      headings.flatMap { $0.lazy.map(\.id).elementsEqual(lab.steps.lazy.map(\.id)) ? $0 : nil }
      ?? Self.headings(of: lab)
    // Indexed, not enumerated, so the map knows the count and allocates the steps exactly.
    let steps = lab.steps.indices.map { index in
      let step = lab.steps[index]
      let passed = attempt.passed.contains(step.id)
      var commands: Int?
      var seconds: Int64?
      if passed, let end = replay.firstPass[step.id] {
        let start = index == 0 ? -1 : (replay.firstPass[lab.steps[index - 1].id] ?? -1)
        commands = end > start ? replay.commandsBefore[end + 1] - replay.commandsBefore[start + 1] : 0
        let startTime = start < 0 ? record.history.first?.time : placement.time(ofLine: start)
        if let startTime, let endTime = placement.time(ofLine: end) { seconds = max(0, endTime - startTime) }
      }
      return StepGrade(
        heading: headings[index], earned: attempt.pointsEarned(step: step.id), passed: passed, commands: commands,
        seconds: seconds)
    }
    let stopped = attempt.step?.id
    var grade = LearnerGrade(
      path: record.path, labID: lab.id, labTitle: lab.title, learnerName: record.metadata.learner.name,
      learnerEmail: record.metadata.learner.email, headCommit: record.headCommit, seed: original.seed, steps: steps,
      points: attempt.points, maxPoints: lab.maxPoints, hintsUsed: replay.hintsUsed,
      commandsTyped: replay.commandsBefore.last ?? 0, firstCommitTime: record.history.first?.time,
      lastCommitTime: record.history.last?.time, stoppedAt: stopped,
      commandsWhereStopped: stopped == nil ? [] : replay.commandsSinceStepBegan.exactlyAllocated,
      findings: findings.exactlyAllocated)
    grade.simulatedSeconds = replay.simulatedMilliseconds / 1000
    grade.seedIsLabDefault = original.seed == lab.defaultSeed
    grade.commandShingles = CommandSimilarity.shingles(record.lines.compactMap { $0.command?.input })
    return .success(grade)
  }
}

/// Which commit added each transcript line, worked out from the history's appends.
struct LinePlacement {
  /// For each line of the final transcript, the index in `history` of the commit that added it.
  private(set) var commitOfLine: [Int?]
  /// For each commit, the range of lines it added (empty when it added none or rewrote the transcript).
  private(set) var linesOfCommit: [Range<Int>]
  /// For each commit, how many lines the transcript had after it.
  private(set) var linesAfterCommit: [Int]
  private let times: [Int64]

  init(history: [HistoryCommit], lineCount: Int) {
    commitOfLine = Array(repeating: nil, count: lineCount)
    linesOfCommit = []
    linesAfterCommit = []
    times = history.map(\.time)
    var count = 0
    for (index, commit) in history.enumerated() {
      switch commit.change {
      case .appended(let added, _):
        let range = count..<(count + added)
        for line in range where line < lineCount { commitOfLine[line] = index }
        linesOfCommit.append(range)
        count += added
      case .rewritten(_, _, let after):
        linesOfCommit.append(count..<count)
        count = after
      }
      linesAfterCommit.append(count)
    }
  }

  /// The index in the history of the commit that added `line` (0-based), when known.
  func commit(ofLine line: Int) -> Int? {
    guard line >= 0, line < commitOfLine.count else { return nil }
    return commitOfLine[line]
  }

  /// The time of the commit that added `line`, when known.
  func time(ofLine line: Int) -> Int64? {
    guard line >= 0, line < commitOfLine.count, let commit = commitOfLine[line] else { return nil }
    return times[commit]
  }
}

extension Grader {
  /// The headings of `lab`'s steps, in order, for `grade(_:lab:window:version:headings:)`.
  public static func headings(of lab: Lab) -> [StepGrade.Heading] {
    lab.steps.map { StepGrade.Heading(id: $0.id, title: $0.title, points: $0.points) }
  }
}
