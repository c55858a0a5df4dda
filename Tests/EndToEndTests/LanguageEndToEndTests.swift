import Foundation
import Testing

@testable import Labs

/// `--lang`, `LABRUN_LANG` and the locale through the built binary: the language is recorded in the
/// workspace, grading replays in it, and validate reports the translation's gaps.
@Suite struct LanguageEndToEndTests {
  /// A Korean translation of the probe lab's title and first step only.
  static let koYAML = """
    title: {source: \(TranslationDigest.of("Probe lab")), text: 시험용 실습}
    steps:
      lookup-s3:
        title: {source: \(TranslationDigest.of("Look up S3 on V3")), text: V3에서 S3 조회하기}
        instructions: {source: \(TranslationDigest.of("Look up S3's regional name on V3.\n")), file: ko/01.md}
        feedback:
          - {source: \(TranslationDigest.of("That lookup ran on V1; this step is about V3.")), text: 방금 조회는 V1에서 했습니다.}
        hints:
          - {source: \(TranslationDigest.of("Any of nslookup, dig or host will do.")), text: "nslookup, dig, host 모두 됩니다."}
          - {source: \(TranslationDigest.of("Run `nslookup s3.ap-northeast-2.amazonaws.com` on V3.")), text: "V3에서 `nslookup s3.ap-northeast-2.amazonaws.com`을 실행하세요."}

    """

  static func course(_ name: String) throws -> TempCourse {
    let course = try TempCourse(name)
    try course.addProbe()
    try course.write(koYAML, to: "labs/probe/ko.yaml")
    try course.write("V3에서 S3의 리전 이름을 조회해 보세요.\n", to: "labs/probe/ko/01.md")
    return course
  }

  @Test(arguments: [
    (["--lang", "fr"], [String: String](), "--lang 'fr'"), ([], ["LABRUN_LANG": "kr"], "LABRUN_LANG 'kr'"),
  ])
  func anUnknownLanguageIsAUsageError(arguments: [String], environment: [String: String], named: String) throws {
    let course = try Self.course("lang-unknown")
    defer { course.remove() }
    let result = try LabrunProcess.run(
      ["start", "probe", "--labs", course.labs.path, "--workspace", course.path("ws")] + arguments,
      environment: environment)
    #expect(result.status == 64)
    #expect(
      result.stderr
        == "labrun: error: \(named) is not a language labrun speaks; choose one of en, ko (ko is 한국어, en is English).\n"
    )
    #expect(!FileManager.default.fileExists(atPath: course.path("ws")))
  }

  @Test func aKoreanSessionIsRecordedAndGradesWithoutFindings() throws {
    let course = try Self.course("lang-korean")
    defer { course.remove() }
    let workspace = course.path("ws")
    let started = try LabrunProcess.run(
      ["start", "probe", "--labs", course.labs.path, "--workspace", workspace, "--learner", ProbeLab.learner],
      environment: ["LANG": "ko_KR.UTF-8"], input: ProbeLab.solution.map { $0 + "\n" }.joined())
    #expect(started.status == 0, "stderr: \(started.stderr)")
    #expect(started.stdout.hasPrefix("시험용 실습\n"), "\(started.stdout)")
    #expect(started.stdout.contains("── Step 1 of 3: V3에서 S3 조회하기 ──\n\nV3에서 S3의 리전 이름을 조회해 보세요.\n"))
    // The second step has no translation: English, after the one-line note.
    #expect(started.stdout.contains("이 단계는 아직 번역되지 않았거나"))
    let metadata = try String(contentsOfFile: workspace + "/labrun.json", encoding: .utf8)
    #expect(metadata.contains(#""language" : "ko""#), "\(metadata)")

    // Resumed in English, the session speaks English; the workspace's language stays Korean.
    let resumed = try LabrunProcess.run(
      ["start", "probe", "--labs", course.labs.path, "--workspace", workspace, "--lang", "en"])
    #expect(resumed.status == 0)
    #expect(resumed.stderr == "")
    #expect(resumed.stdout.hasPrefix("Resuming Probe lab: 3 of 3 steps passed"), "\(resumed.stdout)")
    #expect(try String(contentsOfFile: workspace + "/labrun.json", encoding: .utf8) == metadata)

    let graded = try LabrunProcess.run(["grade", workspace, "--format", "json", "--labs", course.labs.path])
    #expect(graded.status == 0, "stderr: \(graded.stderr)")
    let report = try JSONSerialization.jsonObject(with: Data(graded.stdout.utf8)) as? [String: Any]
    let learner = (report?["learners"] as? [[String: Any]])?.first
    #expect((learner?["findings"] as? [Any])?.isEmpty == true, "\(graded.stdout)")

    // A better translation later: the recorded Korean no longer replays, which is a changed lab,
    // not tampering.
    try course.write("V3에서 S3 리전별 이름을 조회하세요.\n", to: "labs/probe/ko/01.md")
    let regraded = try LabrunProcess.run(["grade", workspace, "--format", "json", "--labs", course.labs.path])
    let again = try JSONSerialization.jsonObject(with: Data(regraded.stdout.utf8)) as? [String: Any]
    let findings = ((again?["learners"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]]) ?? []
    #expect(findings.compactMap { $0["kind"] as? String } == ["lab-changed"], "\(regraded.stdout)")
  }

  /// The transcript's lines, parsed, in order.
  static func transcript(_ workspace: String) throws -> [[String: Any]] {
    let text = try String(contentsOfFile: workspace + "/transcript-000000.jsonl", encoding: .utf8)
    return try text.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  /// Started in English, resumed in Korean at a terminal, resumed in English from a pipe: each
  /// session speaks its own language, each line records it, and the workspace grades as one.
  @Test func eachSessionSpeaksTheLanguageChosenForIt() throws {
    let course = try Self.course("lang-sessions")
    defer { course.remove() }
    try course.write(
      try String(contentsOfFile: GradeSupport.labsFolder + "/messages.ko.yaml", encoding: .utf8),
      to: "labs/messages.ko.yaml")
    let workspace = course.path("ws")
    let start = ["start", "probe", "--labs", course.labs.path, "--workspace", workspace]
    let first = try LabrunProcess.run(
      start + ["--learner", ProbeLab.learner], environment: ["LANG": "C.UTF-8"], input: ProbeLab.solution[0] + "\n")
    #expect(first.status == 0, "stderr: \(first.stderr)")
    #expect(first.stdout.contains("── Step 2 of 3: List the bucket from V1 ──"))

    // The locale chooses Korean for this session, as `--lang` would.
    let terminal = try TerminalLabrun(start, environment: ["LANG": "ko_KR.UTF-8"])
    #expect(terminal.type("ssh V1\n", after: ProbeLab.v3Prompt))
    #expect(terminal.type("aws s3 ls s3://jschoi.acl\n", after: ProbeLab.v1Prompt))
    #expect(terminal.type("exit\n", after: ProbeLab.v1Prompt))
    #expect(terminal.type("exit\n", after: ProbeLab.v3Prompt))
    let korean = terminal.finish()
    #expect(korean.status == 0, "stderr: \(korean.stderr)")
    #expect(korean.stderr == "Connection to 10.0.1.10 closed.\n", "\(korean.stderr)")
    #expect(korean.stdout.contains("시험용 실습 이어서 하기: 3단계 중 1단계 통과, 지금까지 명령 1개."), "\(korean.stdout)")
    #expect(korean.stdout.contains("✓ 2/3단계 통과: List the bucket from V1 (+20점)"), "\(korean.stdout)")

    let last = try LabrunProcess.run(start + ["--lang", "en"], input: ProbeLab.solution[3] + "\n")
    #expect(last.status == 0, "stderr: \(last.stderr)")
    #expect(last.stdout.hasPrefix("Resuming Probe lab: 2 of 3 steps passed; commands so far: 4."), "\(last.stdout)")
    #expect(last.stdout.contains("★ Lab complete: 35/35 points."))

    // Lines of the workspace's own language (English) record none; the Korean session's record `ko`.
    let lines = try Self.transcript(workspace)
    #expect(lines.map { $0["input"] as? String } == ProbeLab.solution[0...2] + ["exit", "answer a"])
    #expect(lines.map { $0["language"] as? String } == [nil, "ko", "ko", "ko", nil])
    #expect((lines[2]["output"] as? String)?.contains("2/3단계 통과") == true)

    let graded = try LabrunProcess.run(["grade", workspace, "--format", "json", "--labs", course.labs.path])
    #expect(graded.status == 0, "stderr: \(graded.stderr)")
    let report = try JSONSerialization.jsonObject(with: Data(graded.stdout.utf8)) as? [String: Any]
    let learner = (report?["learners"] as? [[String: Any]])?.first
    #expect((learner?["findings"] as? [Any])?.isEmpty == true, "\(graded.stdout)")
    #expect(learner?["points"] as? Int == 35)
  }

  /// The commands a learner meets around a lab speak Korean too: `list` with the course's title,
  /// `reset` and `submit`, and the errors of a workspace they point at.
  @Test func theCommandsAroundALabSpeakKorean() throws {
    let listed = try LabrunProcess.run(["list", "--lang", "ko"])
    #expect(listed.status == 0, "\(listed.stderr)")
    #expect(listed.stdout.hasPrefix("VPC에서 S3에 프라이빗하게 연결하기: 2021년 글을 따라가는 엔드포인트 실습\n\n"), "\(listed.stdout)")

    let course = try Self.course("lang-reset")
    defer { course.remove() }
    try course.write(
      try String(contentsOfFile: GradeSupport.labsFolder + "/messages.ko.yaml", encoding: .utf8),
      to: "labs/messages.ko.yaml")
    let workspace = course.path("ws")
    let labs = ["--labs", course.labs.path, "--workspace", workspace]
    let missing = try LabrunProcess.run(["reset", "probe", "--yes", "--lang", "ko"] + labs)
    #expect(missing.status == 64)
    #expect(
      missing.stderr
        == "labrun: error: 'probe'의 작업 공간이 \(workspace)에 없습니다. `labrun start probe`로 시작하세요.\n")
    let started = try LabrunProcess.run(
      ["start", "probe", "--learner", ProbeLab.learner, "--lang", "en"] + labs,
      input: ProbeLab.solution.prefix(2).map { $0 + "\n" }.joined())
    #expect(started.status == 0, "\(started.stderr)")
    let reset = try LabrunProcess.run(["reset", "probe", "--yes", "--lang", "ko"] + labs)
    #expect(reset.status == 0, "\(reset.stderr)")
    #expect(
      reset.stdout
        == "실습 probe을(를) 되돌렸습니다. 지금은 3단계 중 1단계(V3에서 S3 조회하기)입니다. 이어서 하려면 `labrun start probe --workspace \(workspace) --labs \(course.labs.path)` 명령을 실행하세요.\n"
    )
    let wrongStep = try LabrunProcess.run(["reset", "probe", "--yes", "--to", "9", "--lang", "ko"] + labs)
    #expect(wrongStep.status == 64)
    #expect(wrongStep.stderr.hasPrefix("labrun: error: 실습 'probe'에는 '9' 단계가 없습니다."))
    // A workspace error, in Korean around the path it names.
    let unsent = try LabrunProcess.run(["submit", "probe", "--lang", "ko"] + labs)
    #expect(unsent.status == 1)
    #expect(
      unsent.stderr
        == "labrun: error: \(workspace)에는 아직 푸시할 원격 저장소가 없습니다. bare 저장소 경로, file:// 또는 ssh:// URL로 원격 저장소를 주세요.\n"
    )
    // The lines the reset left stay replayable: the workspace grades without a finding.
    let graded = try LabrunProcess.run(["grade", workspace, "--format", "json", "--labs", course.labs.path])
    let report = try JSONSerialization.jsonObject(with: Data(graded.stdout.utf8)) as? [String: Any]
    let learner = (report?["learners"] as? [[String: Any]])?.first
    #expect((learner?["findings"] as? [Any])?.isEmpty == true, "\(graded.stdout)")
  }

  @Test func validateWarnsOfMissingTranslationsAndStrictMakesThemErrors() throws {
    let course = try Self.course("lang-validate")
    defer { course.remove() }
    let path = course.labs.path + "/probe/ko.yaml"
    let warned = try course.labrun(["validate"])
    #expect(warned.status == 0)
    #expect(warned.stdout == "probe: ok (3 steps, 35 points)\n")
    #expect(
      warned.stderr == """
        \(course.labs.path)/messages.ko.yaml:1:1: warning: labrun's own messages have no 한국어 translation; create this file (labs/FORMAT.md, Translations)
        \(path):1:1: warning: the lab's summary has no translation; add {source: \(TranslationDigest.of("A small lab for tests.")), text: …}
        \(path):2:1: warning: step 'list-bucket' has no translation; add it under 'steps:'
        \(path):2:1: warning: step 'which-way' has no translation; add it under 'steps:'

        """)
    let strict = try course.labrun(["validate", "--strict"])
    #expect(strict.status == 65)
    #expect(strict.stdout == "")
    #expect(strict.stderr.contains("\(path):2:1: error: step 'which-way' has no translation"))
    #expect(
      strict.stderr.hasSuffix("labrun: error: 4 translation mistakes (--strict counts missing and stale ones).\n"))
  }

  /// The shipped course (no --labs): no translation is missing or stale, as CI checks it.
  @Test func theShippedCourseValidatesStrictly() throws {
    let strict = try LabrunProcess.run(["validate", "--strict"])
    #expect(strict.status == 0, "\(strict.stderr)")
    #expect(strict.stderr == "")
    let verified = try LabrunProcess.run(["verify-solutions", "--lang", "ko"])
    #expect(verified.status == 0, "\(verified.stderr)")
    #expect(verified.stdout.split(separator: "\n").filter { $0.contains(": ok (solution passes") }.count == 7)
  }
}
