import Testing

@testable import Labs

/// Translation files: fresh texts are used, missing and stale ones fall back to English with a
/// note and a warning, and a translation that changes a command or code span is an error.
@Suite struct LabTranslatorTests {
  static let folder = LabFixtures.root + "/probe"

  static func digest(_ text: String) -> String { TranslationDigest.of(text) }

  /// A translation of the probe lab whose first step's second hint is `hint2` and whose
  /// instructions file is `instructions`.
  static func translation(
    hint2: String = "V3에서 `nslookup s3.ap-northeast-2.amazonaws.com`을 실행하세요.",
    hint2Source: String = digest("Run `nslookup s3.ap-northeast-2.amazonaws.com` on V3."),
    instructions: String = "V3에서 S3의 리전 이름을 조회해 보세요.\n"
  ) -> [String: String] {
    [
      folder + "/ko.yaml": """
      title: {source: \(digest("Probe lab")), text: 시험용 실습}
      summary: {source: \(digest("A small lab for tests.")), text: 테스트를 위한 작은 실습입니다.}
      steps:
        lookup-s3:
          title: {source: \(digest("Look up S3 on V3")), text: V3에서 S3 조회하기}
          instructions: {source: \(digest("Look up S3's regional name on V3.\n")), file: ko/01.md}
          feedback:
            - {source: \(digest("That lookup ran on V1; this step is about V3.")), text: 방금 조회는 V1에서 했습니다. 이 단계는 V3가 대상입니다.}
          hints:
            - {source: \(digest("Any of nslookup, dig or host will do.")), text: "nslookup, dig, host 어느 것이든 됩니다."}
            - {source: \(hint2Source), text: "\(hint2)"}

      """,
      folder + "/ko/01.md": instructions,
    ]
  }

  static func translate(_ extra: [String: String]) throws -> (lab: Lab, diagnostics: [TranslationDiagnostic]) {
    var files = LabFixtures.files(id: "probe", yaml: LabFixtures.probeYAML)
    for (path, text) in extra { files.files[path] = text }
    let lab = try LabFixtures.lab(LabFixtures.probeYAML, id: "probe")
    return LabTranslator(files: files).translate(lab, folder: folder, to: .ko)
  }

  @Test func aCurrentTranslationIsUsedAndTheRestFallsBackWithANote() throws {
    let (lab, diagnostics) = try Self.translate(Self.translation())
    #expect(lab.language == .ko)
    #expect(lab.title == "시험용 실습")
    #expect(lab.steps[0].title == "V3에서 S3 조회하기")
    #expect(lab.steps[0].instructions == "V3에서 S3의 리전 이름을 조회해 보세요.\n")
    #expect(
      lab.steps[0].hints == [
        "nslookup, dig, host 어느 것이든 됩니다.", "V3에서 `nslookup s3.ap-northeast-2.amazonaws.com`을 실행하세요.",
      ])
    #expect(lab.steps[0].feedback.map(\.say) == ["방금 조회는 V1에서 했습니다. 이 단계는 V3가 대상입니다."])
    // Steps 2 and 3 are not translated: English, led by the one-line note.
    #expect(lab.steps[1].title == "List the bucket from V1")
    #expect(
      lab.steps[1].instructions
        == "_이 단계는 아직 번역되지 않았거나 번역이 영어 원문보다 오래되어, 영어 원문으로 보여 드립니다._\n\nList the bucket jschoi.acl from V1.\n")
    #expect(
      diagnostics.map(\.description) == [
        "/labs/probe/ko.yaml:3:1: warning: step 'list-bucket' has no translation; add it under 'steps:'",
        "/labs/probe/ko.yaml:3:1: warning: step 'which-way' has no translation; add it under 'steps:'",
      ])
    // Grading is the lab's: checks and points do not change with the language. The digest covers
    // the texts said, so an attempt made under another translation shows as a changed lab.
    let english = try LabFixtures.lab(LabFixtures.probeYAML, id: "probe")
    #expect(lab.steps.map(\.checks) == english.steps.map(\.checks))
    #expect(lab.maxPoints == english.maxPoints)
    #expect(lab.digest != english.digest)
    let again = try Self.translate(Self.translation()).lab
    #expect(again.digest == lab.digest)
    let retranslated = try Self.translate(Self.translation(instructions: "V3에서 조회하세요.\n")).lab
    #expect(retranslated.digest != lab.digest)
  }

  @Test func aStaleTextIsAWarningNamingTheNewDigestAndTheStepStaysEnglish() throws {
    let (lab, diagnostics) = try Self.translate(Self.translation(hint2Source: Self.digest("an older hint")))
    let now = Self.digest("Run `nslookup s3.ap-northeast-2.amazonaws.com` on V3.")
    #expect(
      diagnostics.first?.description
        == "/labs/probe/ko.yaml:11:18: warning: step 'lookup-s3' hint 2 translates an older English text (the English is now \(now)); update the translation, then its source"
    )
    #expect(lab.steps[0].title == "Look up S3 on V3")
    #expect(lab.steps[0].hints[1] == "Run `nslookup s3.ap-northeast-2.amazonaws.com` on V3.")
    #expect(lab.title == "시험용 실습")
  }

  @Test func aChangedCodeSpanIsAnErrorAtTheText() throws {
    let (lab, diagnostics) = try Self.translate(Self.translation(hint2: "V3에서 `nslookup s3.amazonaws.com`을 실행하세요."))
    #expect(
      diagnostics.first?.description
        == "/labs/probe/ko.yaml:11:62: error: step 'lookup-s3' hint 2: `nslookup s3.amazonaws.com` is not in the English text; code spans and placeholders stay as they are"
    )
    #expect(lab.steps[0].hints[1] == "Run `nslookup s3.ap-northeast-2.amazonaws.com` on V3.")
  }

  @Test func aCommandThatDiffersIsAnErrorAtItsLineInTheMarkdown() throws {
    let english = "Look up S3's regional name on V3.\n"
    let translated = "V3에서 조회하세요.\n\n```\nnslookup s3.amazonaws.com\n```\n"
    let (_, diagnostics) = try Self.translate(Self.translation(instructions: translated))
    #expect(english != translated)
    #expect(
      diagnostics.first?.description
        == "/labs/probe/ko/01.md:3:1: error: step 'lookup-s3' instructions: this code block is not in the English text; a translation adds no commands"
    )
  }

  @Test func anUnknownStepIsAnErrorAndNoFileIsOneWarning() throws {
    var files = Self.translation()
    files[Self.folder + "/ko.yaml"]! += "  no-such-step:\n    title: {source: md5:0, text: 없음}\n"
    let (_, diagnostics) = try Self.translate(files)
    #expect(
      diagnostics.contains {
        $0.description
          == "/labs/probe/ko.yaml:12:3: error: no step 'no-such-step' in lab 'probe'; translations are keyed by the English step ids"
      })
    let (english, none) = try Self.translate([:])
    #expect(
      none.map(\.description) == [
        "/labs/probe/lab.yaml:1:1: warning: lab 'probe' has no 한국어 translation; create ko.yaml beside lab.yaml (labs/FORMAT.md, Translations)"
      ])
    #expect(none.map(\.strict.severity) == [.error])
    #expect(english.title == "Probe lab")
  }

  struct SpanCase: Sendable, CustomTestStringConvertible {
    var english: String
    var translated: String
    var mismatch: String?
    var testDescription: String { translated }
  }

  static let spanCases: [SpanCase] = [
    SpanCase(english: "Run `a` then `b`.", translated: "`b` 전에 `a`를 실행하세요.", mismatch: nil),
    SpanCase(
      english: "Run `a`.", translated: "실행하세요.", mismatch: "the translation leaves out `a`, which the English text has"),
    SpanCase(
      english: "Hello {name}.", translated: "{who}님 안녕하세요.",
      mismatch: "`{who}` is not in the English text; code spans and placeholders stay as they are"),
    SpanCase(
      english: "```\nls\n```\n", translated: "```\nls -l\n```\n",
      mismatch: "this code block differs from the English one; commands stay as they are: ls"),
  ]

  @Test(arguments: spanCases) func codeSpansAndPlaceholdersAreKept(_ item: SpanCase) {
    #expect(
      CodeSpans.mismatch(english: CodeSpans(item.english), translated: CodeSpans(item.translated))?.message
        == item.mismatch)
  }
}
