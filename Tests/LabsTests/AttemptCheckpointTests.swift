import Cloud
import Foundation
import Testing
import Transcript

@testable import Labs

/// A resume from a checkpoint is the replay of the whole transcript (issue 17): for every lab, the
/// reference solution with the lines a learner adds between its steps, cut at several places; and a
/// checkpoint that does not belong to the transcript in hand is not used.
@Suite struct AttemptCheckpointTests {
  /// Lines that touch what the solution does not: lab commands, a typo, variables, files written by
  /// redirection, the directory, a failing status, an answer.
  static let asides = [
    "hint", "check", "steps", "aws s3 lss", "NAME=$(hostname)", "echo $NAME > saved.txt", "cd /tmp", "cd -",
    "cat saved.txt", "false", "echo $?", "history | tail -2", "answer no", "nslookup google.com",
  ]

  /// The solution with an aside after each line, as the records a session saves; every third line
  /// in Korean when `korean`, with a Ctrl-C status before some.
  static func entries(_ id: String, korean: Bool = false) throws -> [TranscriptEntry] {
    var attempt = try Attempt(lab: try GradingFixture.lab(id), seed: nil)
    var entries: [TranscriptEntry] = []
    for (index, line) in GradingFixture.solution(id).enumerated() {
      let expanded = try SolutionScript.expand(line, world: attempt.shell.world).get()
      for input in [expanded, asides[index % asides.count]] {
        let language = korean && entries.count % 3 == 0 ? "ko" : nil
        let statusBefore: Int32? = entries.count % 7 == 3 ? 130 : nil
        entries.append(
          .command(
            CommandRecord(
              host: attempt.hostName, input: input, simulatedTime: 0, exitStatus: 0, output: "",
              statusBefore: statusBefore, language: language)))
        if let statusBefore { attempt.setStatus(statusBefore) }
        _ = attempt.run(input)
      }
    }
    return entries
  }

  static func translations(_ id: String) throws -> LabTranslations {
    let (english, korean) = try SessionLanguageTests.both(id)
    return SessionLanguageTests.translations(english, korean, workspace: .en)
  }

  /// The checkpoint of the first `count` entries, written out as bytes and read back.
  static func checkpoint(
    _ entries: [TranscriptEntry], count: Int, translations: LabTranslations, build: String = "build-1",
    seed: UInt64? = nil
  ) throws -> AttemptCheckpoint {
    let seed = seed ?? translations.lab.defaultSeed
    let attempt = try Attempt.replay(lab: translations, seed: seed, entries: Array(entries[..<count])).0
    var translations = translations
    let made = attempt.checkpoint(build: build, translations: &translations, replayed: ReplayDigest(entries[..<count]))
    let read = try #require(AttemptCheckpoint(bytes: made.bytes()))
    #expect(read == made)
    return read
  }

  static func expectSame(_ resumed: Attempt, _ replayed: Attempt, _ context: String) {
    #expect(resumed.shell == replayed.shell, "\(context): shell")
    #expect(resumed.savedProgress == replayed.savedProgress, "\(context): progress")
    #expect(resumed.commands == replayed.commands, "\(context): commands")
    #expect(resumed.lab.language == replayed.lab.language, "\(context): language")
    var resumed = resumed
    var replayed = replayed
    for line in ["check", "steps", "hint", "history | tail -4", "cat saved.txt", "pwd", "echo $?"] {
      #expect(resumed.run(line) == replayed.run(line), "\(context): \(line)")
    }
  }

  @Test(arguments: GradingFixture.labIDs, [false, true])
  func resumingFromACheckpointIsReplayingEverything(_ id: String, korean: Bool) throws {
    let translations = try Self.translations(id)
    let entries = try Self.entries(id, korean: korean)
    let seed = translations.lab.defaultSeed
    let replayed = try Attempt.replay(lab: translations, seed: seed, entries: entries).0
    for count in Set([0, 1, entries.count / 3, entries.count / 2, entries.count - 1, entries.count]).sorted() {
      let checkpoint = try Self.checkpoint(entries, count: count, translations: translations)
      let resumed = try Attempt.resume(
        lab: translations, seed: seed, entries: entries, checkpoint: checkpoint, build: "build-1")
      #expect(resumed.spared == count)
      #expect(resumed.digest == ReplayDigest(entries))
      Self.expectSame(resumed.attempt, replayed, "\(id) from \(count) of \(entries.count)")
    }
  }

  /// What makes a checkpoint someone else's: each is ignored, and the full replay is the result.
  @Test func aCheckpointOfAnotherTranscriptIsNotUsed() throws {
    let id = "interface-endpoint"
    let translations = try Self.translations(id)
    let entries = try Self.entries(id)
    let seed = translations.lab.defaultSeed
    let half = entries.count / 2
    let good = try Self.checkpoint(entries, count: half, translations: translations)
    var changed = entries
    if case .command(var record) = changed[half - 1] {
      record.input += " "
      changed[half - 1] = .command(record)
    }
    var otherLab = good
    otherLab.key.labDigest = "another"
    var otherSpoken = good
    otherSpoken.key.spokenDigests = ["en another"]
    let cases: [(String, [TranscriptEntry], AttemptCheckpoint, String?, UInt64)] = [
      ("another build", entries, good, "build-2", seed),
      ("no build id", entries, good, nil, seed),
      ("another seed", entries, good, "build-1", seed &+ 1),
      ("another lab", entries, otherLab, "build-1", seed),
      ("another translation", entries, otherSpoken, "build-1", seed),
      ("a line changed before it", changed, good, "build-1", seed),
      ("fewer entries than it covers", Array(entries[..<(half - 1)]), good, "build-1", seed),
      ("a reset after it", entries + [.reset(step: nil)] + entries[..<2], good, "build-1", seed),
    ]
    for (name, entries, checkpoint, build, seed) in cases {
      let resumed = try Attempt.resume(
        lab: translations, seed: seed, entries: entries, checkpoint: checkpoint, build: build)
      #expect(resumed.spared == 0, "\(name)")
      Self.expectSame(
        resumed.attempt, try Attempt.replay(lab: translations, seed: seed, entries: entries).0, name)
    }
  }

  /// Korean lines early on, English ones after: the state speaks English, but the Korean answers
  /// were judged in Korean, so a changed Korean translation makes the checkpoint someone else's.
  @Test func aTranslationOnlyEarlierLinesSpokeIsPartOfTheKey() throws {
    let id = "interface-endpoint"
    let (english, korean) = try SessionLanguageTests.both(id)
    let translations = SessionLanguageTests.translations(english, korean, workspace: .en)
    var entries = try Self.entries(id, korean: true)
    let half = entries.count / 2
    for index in half..<entries.count {
      if case .command(var record) = entries[index] {
        record.language = nil
        entries[index] = .command(record)
      }
    }
    let checkpoint = try Self.checkpoint(entries, count: half + 1, translations: translations)
    #expect(checkpoint.language == "en")
    #expect(checkpoint.key.spokenDigests.count == 2)
    let seed = translations.lab.defaultSeed
    let same = try Attempt.resume(
      lab: translations, seed: seed, entries: entries, checkpoint: checkpoint, build: "build-1")
    #expect(same.spared == half + 1)
    let retranslated = korean.speaking(
      .ko, title: korean.title + " (2)", summary: korean.summary, steps: korean.steps, messages: korean.messages)
    let changed = SessionLanguageTests.translations(english, retranslated, workspace: .en)
    let resumed = try Attempt.resume(
      lab: changed, seed: seed, entries: entries, checkpoint: checkpoint, build: "build-1")
    #expect(resumed.spared == 0)
    Self.expectSame(resumed.attempt, try Attempt.replay(lab: changed, seed: seed, entries: entries).0, "retranslated")
  }

  /// A checkpoint made by hand, checksum and all, that no run of this lab could reach in the lines it
  /// claims: it is not used, and nothing traps on it.
  @Test func aStateTheLinesCouldNotReachIsNotUsed() throws {
    let id = "gateway-endpoint"
    let translations = try Self.translations(id)
    let entries = try Self.entries(id)
    let seed = translations.lab.defaultSeed
    let count = entries.count / 2
    let good = try Self.checkpoint(entries, count: count, translations: translations)
    let step = translations.lab.steps[0]
    let forgeries: [(String, (inout AttemptCheckpoint) -> Void)] = [
      ("a step past the end", { $0.progress.currentStep = 99 }),
      ("a negative step", { $0.progress.currentStep = -1 }),
      ("negative hints", { $0.progress.hintsUsed = -1 }),
      ("more hints than lines", { $0.progress.hintsUsed = Int.max }),
      ("more wrong tries than lines", { $0.progress.wrongTries = count + 1 }),
      ("a hint past the step's", { $0.progress.hintsShown[step.id] = step.hints.count + 1 }),
      ("a negative hint", { $0.progress.hintsShown[step.id] = -1 }),
      ("hints of no step", { $0.progress.hintsShown["nosuch"] = 0 }),
      ("a step that is not the lab's", { $0.progress.passed.append("nosuch") }),
      ("more points than the step has", { $0.progress.earned[step.id] = step.points + 1 }),
      ("more commands than lines", { $0.commands = Int.max }),
      ("negative commands", { $0.commands = -1 }),
      ("a host the world lacks", { $0.shell.hostName = "nosuch" }),
      (
        "an object larger than the simulation holds",
        { state in
          _ = state.shell.world.s3.modifyBucket(named: "jschoi.acl") {
            $0.put(S3Object(key: "huge", size: Int64.max / 2, lastModified: 0, eTag: "\"0\""))
          }
        }
      ),
    ]
    for (name, forge) in forgeries {
      var forged = good
      forge(&forged)
      let read = try #require(AttemptCheckpoint(bytes: forged.bytes()), "\(name)")
      let resumed = try Attempt.resume(
        lab: translations, seed: seed, entries: entries, checkpoint: read, build: "build-1")
      #expect(resumed.spared == 0, "\(name)")
    }
    // A negative count of covered lines, which only a hand-made file holds.
    let json = String(decoding: try JSONEncoder().encode(good.key.replayed), as: UTF8.self)
    let negative = json.replacingOccurrences(of: "\"entries\":\(count)", with: "\"entries\":-3")
    #expect(negative != json)
    var forged = good
    forged.key.replayed = try JSONDecoder().decode(ReplayDigest.self, from: Data(negative.utf8))
    let resumed = try Attempt.resume(
      lab: translations, seed: seed, entries: entries, checkpoint: forged, build: "build-1")
    #expect(resumed.spared == 0)
  }

  /// A reset before the checkpoint is part of what it covers.
  @Test func aResetBeforeTheCheckpointIsCovered() throws {
    let id = "gateway-endpoint"
    let translations = try Self.translations(id)
    let solution = try Self.entries(id)
    let step = translations.lab.steps[1].id
    let entries = solution + [.reset(step: step)] + solution[..<4]
    let checkpoint = try Self.checkpoint(entries, count: solution.count + 2, translations: translations)
    let seed = translations.lab.defaultSeed
    let resumed = try Attempt.resume(
      lab: translations, seed: seed, entries: entries, checkpoint: checkpoint, build: "build-1")
    #expect(resumed.spared == solution.count + 2)
    Self.expectSame(resumed.attempt, try Attempt.replay(lab: translations, seed: seed, entries: entries).0, "reset")
  }

  @Test func damagedBytesAreNoCheckpoint() throws {
    let translations = try Self.translations("public-subnet")
    let entries = try Self.entries("public-subnet")
    let bytes = try Self.checkpoint(entries, count: entries.count, translations: translations).bytes()
    #expect(AttemptCheckpoint(bytes: []) == nil)
    #expect(AttemptCheckpoint(bytes: Array("labrun checkpoint 9\n".utf8) + bytes.dropFirst(20)) == nil)
    for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 300)) {
      #expect(AttemptCheckpoint(bytes: Array(bytes[..<length])) == nil, "cut at \(length)")
    }
    for index in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 300)) {
      var damaged = bytes
      damaged[index] ^= 0x20
      #expect(AttemptCheckpoint(bytes: damaged) == nil, "byte \(index) changed")
    }
  }

  /// The digest is FNV-1a over the bytes the doc comment lists, and so the same from build to
  /// build: the value was computed apart, in Python, from that layout (a command: 1, its `$?`
  /// before, language and input; a reset: 2 and its step; a missing value 0, a present one 1 and
  /// then its little-endian UInt32 or its UTF-8 length and bytes).
  @Test func theDigestIsFNV1aOfTheDocumentedBytes() {
    let digest = ReplayDigest([
      .command(CommandRecord(host: "V1", input: "aws s3 ls", simulatedTime: 1, exitStatus: 0, output: "")),
      .reset(step: "step-1"),
      .command(
        CommandRecord(
          host: "V3", input: "한국 " + String(repeating: "x", count: 40), simulatedTime: 2, exitStatus: 0, output: "",
          statusBefore: 2, language: "ko")),
    ])
    #expect(digest.value == 0x88e2_7e74_a255_371a)
    #expect(digest.entries == 3)
  }

  /// The digest follows what replay reads, and nothing else.
  @Test func theDigestCoversWhatReplayReads() {
    let base = CommandRecord(host: "V1", input: "aws s3 ls", simulatedTime: 5, exitStatus: 0, output: "x")
    func digest(_ change: (inout CommandRecord) -> Void) -> ReplayDigest {
      var record = base
      change(&record)
      return ReplayDigest([.command(record)])
    }
    let plain = digest { _ in }
    #expect(digest { $0.input = "aws s3 ls " } != plain)
    #expect(digest { $0.statusBefore = 130 } != plain)
    #expect(digest { $0.language = "ko" } != plain)
    #expect(digest { $0.output = "other" } == plain)
    #expect(digest { $0.simulatedTime = 9 } == plain)
    #expect(digest { $0.host = "V3" } == plain)
    #expect(ReplayDigest([.reset(step: nil)]) != ReplayDigest([.reset(step: "")]))
    #expect(ReplayDigest([.command(base), .command(base)]).entries == 2)
    // Two lines are not one line with their text run together.
    var ab = base
    ab.input = "ab"
    var a = base
    a.input = "a"
    var b = base
    b.input = "b"
    #expect(ReplayDigest([.command(ab)]) != ReplayDigest([.command(a), .command(b)]))
  }
}
