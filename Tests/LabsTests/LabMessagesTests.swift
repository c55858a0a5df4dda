import Testing

@testable import Labs

/// The catalogue of labrun's own sentences: current translations are said, stale and missing ones
/// fall back to English with a warning, and a changed placeholder or code span is an error.
@Suite struct LabMessagesTests {
  static func digest(_ message: LabMessage) -> String { TranslationDigest.of(message.english) }

  static let catalogue = """
    step-passed: {source: \(digest(.stepPassed)), text: "✓ {number}/{count}단계 통과: {title} (+{points}점)"}
    correct: {source: md5:0, text: "정답입니다."}
    not-quite: {source: \(digest(.notQuite)), text: "아닙니다. `hints`를 입력하세요."}
    hint: {source: \(digest(.hint)), text: "힌트 {number}/{count}: {hint}"}
    no-such: {source: md5:0, text: 없음}

    """

  static func messages() -> (messages: LabMessages, diagnostics: [TranslationDiagnostic]) {
    LabTranslator(files: InMemoryLabFiles(["/labs/messages.ko.yaml": catalogue])).messages(root: "/labs", language: .ko)
  }

  @Test func currentTranslationsAreSaidAndTheRestInEnglish() {
    let messages = Self.messages().messages
    #expect(
      messages.say(.stepPassed, ["number": "2", "count": "10", "title": "사설 주소", "points": "10"])
        == "✓ 2/10단계 통과: 사설 주소 (+10점)")
    #expect(messages.say(.correct) == "Correct.")
    #expect(messages.say(.notQuite) == "Not quite. Think it over, or type `hint`.")
    #expect(LabMessages.english.say(.labComplete, ["points": "5", "max": "35"]) == "★ Lab complete: 5/35 points.")
  }

  @Test func findingsAreLocated() {
    let path = "/labs/messages.ko.yaml"
    let found = Self.messages().diagnostics.map(\.description)
    #expect(
      Array(found.prefix(3)) == [
        "\(path):2:19: warning: 'correct' translates an older English text (the English is now \(Self.digest(.correct))): Correct.",
        "\(path):3:65: error: 'not-quite': `hints` is not in the English text; code spans and placeholders stay as they are",
        "\(path):5:1: error: no message named 'no-such'; the messages are \(LabMessage.allCases.map(\.rawValue).joined(separator: ", "))",
      ])
    // The messages the file leaves out, each named with the digest to translate.
    #expect(
      Array(found.dropFirst(3))
        == LabMessage.allCases.filter { ![.stepPassed, .correct, .notQuite, .hint].contains($0) }.map {
          "\(path):1:1: warning: message '\($0.rawValue)' has no translation; add \($0.rawValue): {source: \(Self.digest($0)), text: …}"
        })
  }

  @Test func aLabInKoreanCarriesTheCatalogueIntoItsNotes() throws {
    var files = LabFixtures.files(id: "probe", yaml: LabFixtures.probeYAML)
    files.files["/labs/messages.ko.yaml"] = Self.catalogue
    let lab = LabTranslator(files: files).translate(try LabFixtures.probe(), folder: "/labs/probe", to: .ko).lab
    var attempt = try Attempt(lab: lab, seed: nil)
    let output = attempt.run("nslookup s3.ap-northeast-2.amazonaws.com")
    #expect(output.passedSteps == ["lookup-s3"])
    #expect(output.text.contains("\n✓ 1/3단계 통과: Look up S3 on V3 (+10점)\n"), "\(output.text)")
    // The second step has no translation, so its hint is English, said in a Korean sentence.
    #expect(attempt.run("hint").text == "힌트 1/2: Go to V1 first.\n")
  }
}
