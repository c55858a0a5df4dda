import Testing

@testable import Labs

/// The lab-file reproductions of issue 18: each is an error with its true place, found fast,
/// never a crash, a hang or a lab skipped in silence.
@Suite struct LabFileBoundsTests {
  static let file = "/labs/mini/lab.yaml"

  static func step(
    checks: String = "      - lookup: {host: V3}\n", feedback: String = "", points: String = "    points: 10\n"
  )
    -> String
  {
    "  - id: look\n    title: Look\n    file: step.md\n\(points)    checks:\n\(checks)\(feedback)    hints: [One., Two.]\n"
  }

  static func diagnostics(_ yaml: String) -> [String] {
    switch LabFixtures.load(yaml) {
    case .success: return ["loaded"]
    case .failure(let problems): return problems.diagnostics.map(\.description)
    }
  }

  struct Case: Sendable, CustomStringConvertible {
    let name: String
    let yaml: String
    let expected: [String]
    var description: String { name }
  }

  /// A "billion laughs": nine levels of nine aliases, a few hundred bytes that expand to 9⁹ values.
  static let aliasBomb: String = {
    var text = "id: mini\ntitle: Mini\nstart: V3\nbomb:\n  a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
    for level in 1...9 {
      let previous = "*a\(level - 1)"
      text +=
        "  a\(level): &a\(level) [\(Array(repeating: previous, count: 9).joined(separator: ", "))]\n"
    }
    return text + "world:\n  base: course\n  vpc: {cidr: *a9}\nsteps:\n" + step()
  }()

  static let cases: [Case] = [
    Case(
      name: "an alias bomb", yaml: aliasBomb,
      // At `bomb:`, the key whose value expands past the limit.
      expected: [
        "\(file):4:1: error: the file expands to more than 200000 values (aliases repeating aliases?); labrun reads lab files up to that size"
      ]),
    Case(
      name: "flow nesting 10,000 deep",
      yaml: "id: mini\nworld: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n",
      expected: ["\(file):2:108: error: nested more than 100 levels deep; labrun reads lab files up to that depth"]),
    Case(
      name: "block nesting 10,000 deep",
      yaml: "id: mini\nworld:\n" + (1...10_000).map { String(repeating: " ", count: $0) + "k:\n" }.joined(),
      expected: ["\(file):204:202: error: nested more than 100 levels deep; labrun reads lab files up to that depth"]),
    Case(
      name: "a duplicate key",
      yaml: "id: mini\ntitle: Mini\nstart: V3\ntitle: Again\nworld:\n  base: course\nsteps:\n" + step(),
      expected: [
        "\(file):2:1: error: duplicate key 'title': a key may appear only once in a mapping (this is its first place)"
      ]),
    Case(
      name: "a duplicate key in a flow mapping",
      yaml: "id: mini\ntitle: Mini\nstart: V3\nworld:\n  base: course\nsteps:\n"
        + step(checks: "      - lookup: {host: V3, host: V1}\n"),
      expected: [
        "\(file):12:18: error: duplicate key 'host': a key may appear only once in a mapping (this is its first place)"
      ]),
    Case(
      name: "a control character",
      yaml: "id: mini\ntitle: Mi\u{7}ni\n",
      expected: [
        "\(file):2:10: error: invalid YAML: control characters are not allowed (U+0007); remove it"
      ]),
    Case(
      name: "an unknown operation",
      yaml: "id: mini\ntitle: Mini\nstart: V3\nworld:\n  base: course\nsteps:\n"
        + step(checks: "      - call: {service: s3, operation: ListObjectV2}\n"),
      expected: [
        "\(file):12:40: error: unknown s3 operation 'ListObjectV2'; did you mean 'ListObjectsV2'? (the s3 operations: GetBucketLocation, GetObject, HeadBucket, ListBuckets, ListObjectsV2)"
      ]),
    Case(
      name: "an unknown error code",
      yaml: "id: mini\ntitle: Mini\nstart: V3\nworld:\n  base: course\nsteps:\n"
        + step(feedback: "    feedback:\n      - when: {call: {error: NoSuchBuckett}}\n        say: No.\n"),
      expected: [
        "\(file):14:30: error: unknown error code 'NoSuchBuckett'; did you mean 'NoSuchBucket'?; a call check names an error the simulated services answer with"
      ]),
    Case(
      name: "a wrong type in a feedback condition",
      yaml: "id: mini\ntitle: Mini\nstart: V3\nworld:\n  base: course\nsteps:\n"
        + step(feedback: "    feedback:\n      - when: {connection: {port: https}}\n        say: No.\n"),
      expected: ["\(file):14:35: error: 'port' must be a whole number"]),
    Case(
      name: "a missing points",
      yaml: "id: mini\ntitle: Mini\nstart: V3\nworld:\n  base: course\nsteps:\n" + step(points: ""),
      expected: ["\(file):7:5: error: steps[0] ('look') needs 'points', a whole number ≥ 0"]),
  ]

  @Test(arguments: cases)
  func reportedWhereItIs(_ example: Case) {
    #expect(Self.diagnostics(example.yaml) == example.expected)
  }

  /// What reading finds in a lab folder's lab.yaml, and the diagnostic each gives.
  static let unreadable: [(LabFileContents, String)] = [
    (
      .unreadable(reason: "it is a folder, not a file", line: 1, column: 1),
      "1:1: error: lab.yaml cannot be read: it is a folder, not a file"
    ),
    (
      .unreadable(reason: "it is a loop of symbolic links", line: 1, column: 1),
      "1:1: error: lab.yaml cannot be read: it is a loop of symbolic links"
    ),
    (
      LabFileContents.decoding(Array("id: mini\ntitle: caf".utf8) + [0xE9, 0x0A]),
      "2:11: error: lab.yaml cannot be read: it is not valid UTF-8 (byte 0xE9); save it as UTF-8"
    ),
  ]

  @Test(arguments: unreadable.indices)
  func anUnreadableLabYamlIsADiagnosticNeverSkipped(_ index: Int) {
    let (contents, expected) = Self.unreadable[index]
    let files = InMemoryLabFiles(
      ["/labs/good/lab.yaml": "id: good\ntitle: Good\nsteps: []\n"], unreadable: [Self.file: contents])
    let catalog = Catalog(root: "/labs", files: files)
    #expect(catalog.labFolders == ["good", "mini"])
    #expect(catalog.problems.map(\.path) == [Self.file])
    #expect(LabLoader(files: files).load(folder: "/labs/mini").failure == ["\(Self.file):\(expected)"])
  }

  @Test func aFileLargerThanTheLimitIsRefusedUnread() {
    let contents = LabFileContents.decoding(Array(repeating: 0x20, count: LabFileContents.maximumBytes + 1))
    #expect(contents == .unreadable(reason: "it is larger than 4 MiB", line: 1, column: 1))
  }
}

extension Result where Success == Lab, Failure == LabDiagnostics {
  /// The diagnostics' text, or nil when the lab loaded.
  var failure: [String]? {
    if case .failure(let problems) = self { return problems.diagnostics.map(\.description) }
    return nil
  }
}
