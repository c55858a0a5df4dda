import Foundation
import Testing

@testable import Cloud

/// Strings written as the real tools write them: Python's `json.dumps` (awscli's output, the
/// compact and minimal forms) and jq 1.6 (`jq .`, `jq -c .`), for random strings drawn from the
/// characters each escapes differently: controls, DEL, quotes, backslashes, non-ASCII in two,
/// three and four bytes, and the line separators JavaScript cares about.
@Suite struct JSONEscapeReferenceTests {
  static let pool: [Unicode.Scalar] =
    (0x00...0x1F).compactMap(Unicode.Scalar.init) + [
      "\u{7F}", "\"", "\\", "/", " ", "a", "Z", "0", "~", "é", "ß", "한", "글", "→", "\u{2028}", "\u{2029}",
      "\u{FEFF}", "😀", "𝄞", "\u{301}",
    ]

  /// A document of random strings: an array of them, and an object keyed by some of them.
  static func document() -> JSONValue {
    var generator = SeededGenerator(seed: 2021)
    func text() -> String {
      var scalars = String.UnicodeScalarView()
      for _ in 0..<generator.index(12) { scalars.append(pool[generator.index(pool.count)]) }
      return String(scalars)
    }
    let items = (0..<300).map { _ in JSONValue.string(text()) }
    var object = JSONObject()
    for index in 0..<40 { object["\(index) " + text()] = .string(text()) }
    return .array(items + [.object(object)])
  }

  static func run(_ executable: String, _ arguments: [String], input: Data) throws -> (Int32, Data) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    try process.run()
    stdin.fileHandleForWriting.write(input)
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, output)
  }

  /// What Python 3's `json` module writes for the document in each of the three Python formats.
  @Test func pythonFormatsAreJsonDumps() throws {
    let document = Self.document()
    // Python reads the document from our minimal form and writes each form back; its answer is a
    // JSON array of the three texts, read with Foundation's parser.
    let script = """
      import json, sys
      value = json.loads(sys.stdin.buffer.read().decode("utf-8"), object_pairs_hook=__import__("collections").OrderedDict)
      texts = [
          json.dumps(value, indent=4, ensure_ascii=False) + "\\n",
          json.dumps(value),
          json.dumps(value, separators=(",", ":"), ensure_ascii=False),
      ]
      sys.stdout.write(json.dumps(texts))
      """
    let (status, output) = try Self.run(
      "/usr/bin/python3", ["-c", script], input: Data(document.minimalJSON.utf8))
    #expect(status == 0)
    let texts = try #require(try JSONSerialization.jsonObject(with: output) as? [String])
    #expect(texts.count == 3)
    guard texts.count == 3 else { return }
    #expect(document.rendered(.awscli) == texts[0])
    #expect(document.rendered(.pythonCompact) == texts[1])
    #expect(document.rendered(.minimal) == texts[2])
  }

  /// What jq 1.6 writes for the same document, pretty and compact.
  @Test(arguments: [(JSONFormat.jqPretty, ["."]), (.jqCompact, ["-c", "."])])
  func jqFormatsAreJqs(format: JSONFormat, arguments: [String]) throws {
    let document = Self.document()
    let (status, output) = try Self.run("/usr/bin/jq", arguments, input: Data(document.minimalJSON.utf8))
    #expect(status == 0)
    #expect(document.rendered(format) == String(decoding: output, as: UTF8.self))
  }
}
