import Testing
import Transcript

@testable import Labs

/// Each session speaks the language chosen for it (issue 15): its lines record that language, and
/// replay and grading say every line's notes in the language it was recorded in.
@Suite struct SessionLanguageTests {
  static let learner = AttemptMetadata.Learner(name: "Ada Lovelace", email: "ada@example.org")

  /// The lab in English and in Korean.
  static func both(_ id: String) throws -> (english: Lab, korean: Lab) {
    let english = try GradingFixture.lab(id)
    let korean = LabTranslator(files: DiskFiles()).translate(
      english, folder: GradingFixture.repository + "/labs/" + id, to: .ko
    ).lab
    return (english, korean)
  }

  static func translations(_ english: Lab, _ korean: Lab, workspace: Language) -> LabTranslations {
    LabTranslations(workspace == .ko ? korean : english, translate: { $0 == .ko ? korean : english })
  }

  /// The reference solution run in sessions of the given languages, each taking the next share of its
  /// lines and resuming the way `labrun start` does: replay, then `speak` the session's language.
  static func record(
    _ id: String, workspace: Language, sessions: [Language]
  ) throws -> (record: AttemptRecord, translations: LabTranslations, shown: [String]) {
    let (english, korean) = try both(id)
    let translations = translations(english, korean, workspace: workspace)
    let store = RecordingStore()
    let clock = SteppingClock(start: (GradingFixture.start + 10) * 1000)
    let lines = GradingFixture.solution(id)
    var shown: [String] = []
    for (index, language) in sessions.enumerated() {
      var attempt = try Attempt.replay(lab: translations, seed: english.defaultSeed, entries: store.entries).0
      attempt.speak(language == .ko ? korean : english)
      var session = Session(
        attempt: attempt, learner: learner, store: store, terminal: .pipe, workspaceLanguage: workspace,
        clock: clock.read)
      let share = lines.count * (index + 1) / sessions.count
      for line in lines[(lines.count * index / sessions.count)..<share] {
        let expanded = try SolutionScript.expand(line, world: session.attempt.shell.world).get()
        shown.append(session.handle(expanded).map(\.text).joined())
      }
    }
    let base = translations.lab
    let metadata = AttemptMetadata(
      labID: id, labDigest: base.digest, seed: base.defaultSeed, labrunVersion: Release.version, learner: learner,
      language: workspace == .en ? nil : workspace.rawValue)
    var history = [
      HistoryCommit(
        id: GradingFixture.commitID(0), parents: [], time: GradingFixture.start, claimedSteps: [], metadata: metadata,
        progressPage: nil, change: .appended(count: 0, unreadable: 0))
    ]
    for save in store.saves {
      let n = history.count
      history.append(
        HistoryCommit(
          id: GradingFixture.commitID(n), parents: [GradingFixture.commitID(n - 1)],
          time: save.wallTime.millisecondsSince1970 / 1000, claimedSteps: save.passedSteps, metadata: metadata,
          progressPage: save.progressPage ?? history[n - 1].progressPage, change: .appended(count: 1, unreadable: 0)))
    }
    let record = AttemptRecord(
      path: "/class/ada", metadata: metadata, headCommit: history.last!.id, lines: store.entries, history: history)
    return (record, translations, shown)
  }

  static let cases: [(workspace: Language, sessions: [Language], recorded: [String?])] = [
    (.en, [.en, .ko, .en], [nil, "ko", nil]),
    (.ko, [.ko, .en, .ko], [nil, "en", nil]),
    (.en, [.ko], ["ko"]),
  ]

  @Test(arguments: GradingFixture.labIDs.prefix(3), cases.indices)
  func everySessionRecordsItsLanguageAndReplaysByteForByte(_ id: String, _ which: Int) throws {
    let (workspace, sessions, recorded) = Self.cases[which]
    let (record, translations, _) = try Self.record(id, workspace: workspace, sessions: sessions)
    let commands = record.lines.compactMap(\.command)
    // Each session's share of the lines, in the language it recorded.
    for (index, language) in recorded.enumerated() {
      let share = commands[(commands.count * index / sessions.count)..<(commands.count * (index + 1) / sessions.count)]
      #expect(share.allSatisfy { $0.language == language }, "session \(index + 1)")
    }
    let (_, outputs) = try Attempt.replay(lab: translations, seed: record.metadata.seed, entries: record.lines)
    #expect(outputs.map(\.text) == commands.map(\.output))
    let grade = try Grader.grade(record, lab: translations).get()
    #expect(grade.findings.map(\.message) == [])
    #expect(grade.points == grade.maxPoints)
    #expect(grade.labTitle == translations.lab.title)
  }

  /// Without the language of each line, a transcript of two languages does not replay: the
  /// language is what makes it reproducible, not an accident of the lab's texts.
  @Test func replayingEveryLineInOneLanguageDoesNotReproduceTheOther() throws {
    let (record, translations, _) = try Self.record("private-subnet", workspace: .en, sessions: [.en, .ko])
    let grade = try Grader.grade(record, lab: LabTranslations(translations.lab)).get()
    #expect(grade.findings.contains { $0.kind == .outputNotReproduced })
  }

  /// What a session shows and records is in its own language.
  @Test func aResumedSessionSpeaksItsOwnLanguage() throws {
    let (record, _, shown) = try Self.record("private-subnet", workspace: .en, sessions: [.en, .ko])
    let commands = record.lines.compactMap(\.command)
    let half = commands.count / 2
    for (texts, korean) in [(commands[..<half].map(\.output), false), (commands[half...].map(\.output), true)] {
      #expect(texts.joined().contains("단계") == korean)
    }
    #expect(shown[..<half].joined().contains("── Step "))
    #expect(shown[half...].joined().contains("단계: "))
  }

  /// A resumed attempt put into another language keeps its progress: only the words change.
  @Test func speakingAnotherLanguageKeepsTheProgress() throws {
    let (english, korean) = try Self.both("public-subnet")
    var attempt = try Attempt(lab: english)
    for line in GradingFixture.solution("public-subnet").prefix(4) {
      _ = attempt.run(try SolutionScript.expand(line, world: attempt.shell.world).get())
    }
    let before = (attempt.currentStep, attempt.passed, attempt.points, attempt.hintsUsed, attempt.commands)
    attempt.speak(korean)
    #expect(attempt.lab.language == .ko)
    #expect(attempt.shell.language == .korean)
    #expect(before == (attempt.currentStep, attempt.passed, attempt.points, attempt.hintsUsed, attempt.commands))
    #expect(attempt.currentNote.text(korean.messages).contains("단계"))
  }

  /// An answer typed as a Korean choice's text in a Korean session is judged by the Korean choices
  /// when the transcript is replayed, though the workspace is English (whose choices do not know it).
  @Test func anAnswerTypedInKoreanIsJudgedInKorean() throws {
    var found: (id: String, step: Int, text: String)?
    search: for id in GradingFixture.labIDs {
      let (english, korean) = try Self.both(id)
      for (index, step) in korean.steps.enumerated() {
        for case .answer(let check) in step.checks {
          guard case .choices(let question) = check.expected, let right = question.correctIndex,
            case .answer(let englishCheck)? = english.steps[index].checks.first(where: { $0.kind == .answer }),
            case .choices(let englishQuestion) = englishCheck.expected,
            englishQuestion.choices[right].text != question.choices[right].text
          else { continue }
          found = (id, index, question.choices[right].text)
          break search
        }
      }
    }
    let (id, target, text) = try #require(found)
    let (english, korean) = try Self.both(id)
    let translations = Self.translations(english, korean, workspace: .en)
    let store = RecordingStore()
    let clock = SteppingClock(start: 1_000)
    var session = Session(
      attempt: try Attempt(lab: english), learner: Self.learner, store: store, terminal: .pipe,
      workspaceLanguage: .en, clock: clock.read)
    // The reference solution until the question's step is current, in English.
    for line in GradingFixture.solution(id) where session.attempt.currentStep < target {
      _ = session.handle(try SolutionScript.expand(line, world: session.attempt.shell.world).get())
    }
    #expect(session.attempt.currentStep == target)
    var attempt = try Attempt.replay(lab: translations, seed: english.defaultSeed, entries: store.entries).0
    attempt.speak(korean)
    var resumed = Session(
      attempt: attempt, learner: Self.learner, store: store, terminal: .pipe, workspaceLanguage: .en,
      clock: clock.read)
    _ = resumed.handle("answer " + text)
    #expect(resumed.attempt.currentStep == target + 1, "answer \(text)")
    #expect(store.entries.last?.command?.language == "ko")
    let (replayed, outputs) = try Attempt.replay(lab: translations, seed: english.defaultSeed, entries: store.entries)
    #expect(replayed.currentStep == target + 1)
    #expect(outputs.map(\.text) == store.entries.compactMap(\.command).map(\.output))
    // In English alone the Korean text names no choice, so the step would not pass.
    #expect(try Attempt.replay(lab: english, seed: english.defaultSeed, entries: store.entries).0.currentStep == target)
  }
}
