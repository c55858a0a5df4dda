import Foundation
import Testing

/// Mistakes in the Korean files, each named at its file:line:col by `labrun validate`: a changed
/// placeholder or code span in labrun's own sentences, a stale digest, a missing message, and a
/// translation file that is not YAML.
@Suite struct KoreanBadInputTests {
  /// A copy of the shipped course, for a test to break.
  static func course(_ name: String) throws -> URL {
    let folder = try LabrunProcess.temporaryFolder(name)
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: GradeSupport.labsFolder), to: folder.appendingPathComponent("labs"))
    return folder.appendingPathComponent("labs")
  }

  static func edit(_ file: URL, _ change: (String) -> String) throws {
    let text = try String(contentsOf: file, encoding: .utf8)
    try change(text).write(to: file, atomically: true, encoding: .utf8)
  }

  @Test func theCataloguesMistakesAreNamedWhereTheyAre() throws {
    let labs = try Self.course("ko-bad-catalogue")
    defer { try? FileManager.default.removeItem(at: labs.deletingLastPathComponent()) }
    let catalogue = labs.appendingPathComponent("messages.ko.yaml")
    try Self.edit(catalogue) { text in
      text.replacingOccurrences(of: #"text: "({points}점)""#, with: #"text: "({score}점)""#)
        .replacingOccurrences(of: "예: `answer b`", with: "예: `answer c`")
        .replacingOccurrences(
          of: "list-empty: {source: md5:f12cf4de1f5db11169850c862f8d662c", with: "list-empty: {source: md5:0"
        )
        .split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("kept-seed:") }
        .joined(separator: "\n")
    }
    let lines = try String(contentsOf: catalogue, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    func line(_ prefix: String) -> Int { (lines.firstIndex { $0.hasPrefix(prefix) } ?? -1) + 1 }
    let path = catalogue.path
    let lenient = try LabrunProcess.run(["validate", "--labs", labs.path])
    let expected = [
      "\(path):\(line("step-points:")):67: error: 'step-points': `{score}` is not in the English text; code spans and placeholders stay as they are",
      "\(path):\(line("answer-empty:")):68: error: 'answer-empty': `answer c` is not in the English text; code spans and placeholders stay as they are",
      "\(path):\(line("list-empty:")):22: warning: 'list-empty' translates an older English text (the English is now md5:f12cf4de1f5db11169850c862f8d662c): No labs in {root} yet.",
      "\(path):3:1: warning: message 'kept-seed' has no translation; add kept-seed: {source: md5:0b32ed13fb76e7fba3ffbfb593fc0ff0, text: …}",
    ]
    #expect(lenient.stderr.split(separator: "\n").filter { $0.hasPrefix(path) }.map(String.init) == expected)
    #expect(lenient.status == 65)
    // --strict: the stale and the missing become errors too.
    let strict = try LabrunProcess.run(["validate", "--strict", "--labs", labs.path])
    #expect(
      strict.stderr.split(separator: "\n").filter { $0.hasPrefix(path) }.map(String.init)
        == expected.map { $0.replacingOccurrences(of: ": warning: ", with: ": error: ") })
    #expect(
      strict.stderr.hasSuffix("labrun: error: 4 translation mistakes (--strict counts missing and stale ones).\n"))
    // A learner still gets labrun's sentences: the broken ones in English.
    let workspace = labs.deletingLastPathComponent().appendingPathComponent("ws").path
    let started = try LabrunProcess.run(
      [
        "start", "private-subnet", "--lang", "ko", "--labs", labs.path, "--workspace", workspace, "--learner",
        "K <k@example.com>",
      ], input: "steps\nanswer\n")
    #expect(started.stdout.contains("V3는 S3의 이름을 조회할 수 있을까? (10 points)\n"), "\(started.stdout)")
    #expect(started.stderr.contains("answer: type your answer after the word, for example `answer b`\n"))
  }

  @Test(arguments: [("messages.ko.yaml", "broken: {source: md5:1, text: \"x\"\n"), ("public-subnet/ko.yaml", "")])
  func aTranslationThatIsNotYAMLIsNamedWhereTheParserStopped(file: String, appended: String) throws {
    let labs = try Self.course("ko-bad-yaml")
    defer { try? FileManager.default.removeItem(at: labs.deletingLastPathComponent()) }
    let url = labs.appendingPathComponent(file)
    let count = try String(contentsOf: url, encoding: .utf8).filter { $0 == "\n" }.count
    if appended.isEmpty {
      try "title: {source: md5:1, text: \"x\"\n".write(to: url, atomically: true, encoding: .utf8)
    } else {
      try Self.edit(url) { $0 + appended }
    }
    let result = try LabrunProcess.run(["validate", "--labs", labs.path])
    #expect(result.status == 65)
    let place = appended.isEmpty ? "1:8" : "\(count + 1):9"
    #expect(
      result.stderr.contains(
        "\(url.path):\(place): error: invalid YAML: while parsing a flow mapping did not find expected ',' or '}'\n"),
      "\(result.stderr)")
  }
}
