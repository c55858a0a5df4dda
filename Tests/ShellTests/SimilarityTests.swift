import Foundation
import Testing

@testable import Shell

/// `Similarity.closeMatches` against Python's own `difflib.get_close_matches`, which awscli calls
/// for "maybe you meant" (the function is the same in Python 2.7 and 3 for words this short, and
/// an ASCII word is the same sequence to both).
@Suite struct SimilarityTests {
  /// The choices of `aws s3`, and mistyped ASCII words near them (compared at their bytes).
  static let choices = ["cp", "ls", "mb", "mv", "presign", "rb", "rm", "sync", "website"]
  static let typed = [
    "lss", "l", "sl", "cpp", "c", "mvv", "presing", "presig", "sycn", "snyc", "websit", "wbsite", "rbb", "", "ls",
    "LS", "websiteweb", "m", "mm", "bm", "presignn", "yncs", "rmm", "r", "webs1te",
  ]

  /// Words compared as characters, as before bytes were used for the others: not ASCII, or with a
  /// CR (the start of a CRLF, which is one character); the scores are the character sequences'.
  @Test(arguments: ["lś", "présign", "ls\r\n", "sync\r", "🙂", "ls\r", "prèsign", "wébsite"])
  func wordsThatAreNotPlainASCIIAreComparedAsCharacters(word: String) {
    let scored = Self.choices.compactMap { choice -> (Double, String)? in
      let counts = (word.count, choice.count)
      guard Double(2 * min(counts.0, counts.1)) / Double(counts.0 + counts.1) >= 0.8 else { return nil }
      let score = Similarity.ratio(Array(choice), Array(word))
      return score >= 0.8 ? (score, choice) : nil
    }
    let expected = scored.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 > $1.1 }.prefix(3).map(\.1)
    #expect(Similarity.closeMatches(word, Self.choices) == expected)
  }

  @Test func matchesPythonsDifflib() throws {
    let script = """
      import difflib, json, sys
      cases = json.load(sys.stdin)
      print(json.dumps([difflib.get_close_matches(word, cases["choices"], cutoff=0.8) for word in cases["typed"]]))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-c", script]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    let cases = try JSONSerialization.data(withJSONObject: ["choices": Self.choices, "typed": Self.typed])
    input.fileHandleForWriting.write(cases)
    try input.fileHandleForWriting.close()
    let answer = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let expected = try #require(try JSONSerialization.jsonObject(with: answer) as? [[String]])
    #expect(expected.count == Self.typed.count)
    for (word, python) in zip(Self.typed, expected) {
      #expect(Similarity.closeMatches(word, Self.choices) == python, "\(word.debugDescription)")
    }
  }
}
