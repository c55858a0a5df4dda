import Foundation
import Testing
import Transcript

@testable import Workspace

@Suite struct AttemptMetadataTests {
  @Test func writesSortedKeysAndReadsBackAFullSizeSeed() throws {
    var metadata = Fixture.metadata
    metadata.seed = UInt64.max
    let data = try metadata.encoded()
    let text = String(decoding: data, as: UTF8.self)
    let keys = ["\"format\"", "\"labDigest\"", "\"labId\"", "\"labrunVersion\"", "\"learner\"", "\"seed\""]
    let positions = keys.map { text.range(of: $0)!.lowerBound }
    #expect(positions == positions.sorted())
    #expect(text.contains("18446744073709551615"))
    #expect(try AttemptMetadata.decode(data, path: "m") == metadata)
  }

  @Test func anOldWorkspaceWithoutALanguageStillOpensAsEnglish() throws {
    let metadata = try AttemptMetadata.decode(Data(Self.valid.utf8), path: "m")
    #expect(metadata.language == nil)
    #expect(!String(decoding: try metadata.encoded(), as: UTF8.self).contains("language"))
  }

  @Test func theLanguageIsWrittenAndReadBack() throws {
    var metadata = Fixture.metadata
    metadata.language = "ko"
    let data = try metadata.encoded()
    #expect(String(decoding: data, as: UTF8.self).contains(#""language" : "ko""#))
    #expect(try AttemptMetadata.decode(data, path: "m") == metadata)
  }

  struct Bad: Sendable, CustomTestStringConvertible {
    var json: String
    var problem: String
    var testDescription: String { problem }
  }

  static let valid =
    #"{"format":1,"labDigest":"d","labId":"lab","labrunVersion":"1","learner":{"email":"e@x","name":"N"},"seed":3}"#

  static let bad: [Bad] = [
    Bad(json: "{", problem: "is not valid JSON"),
    Bad(
      json: valid.replacingOccurrences(of: #""seed":3"#, with: #""seed":"3""#),
      problem: #"field "seed" has the wrong type (expected a whole number)"#),
    Bad(json: valid.replacingOccurrences(of: #""labId":"lab","#, with: ""), problem: #"field "labId" is missing"#),
    Bad(
      json: valid.replacingOccurrences(of: #""email":"e@x","#, with: ""), problem: #"field "learner.email" is missing"#),
    Bad(
      json: valid.replacingOccurrences(of: #""name":"N""#, with: #""name":"  ""#),
      problem: #"field "learner.name" is empty"#),
    Bad(
      json: valid.replacingOccurrences(of: #""format":1"#, with: #""format":9"#),
      problem: #"field "format" is 9, newer than this labrun understands (2); upgrade labrun"#),
  ]

  @Test(arguments: bad) func describesWhatIsWrong(_ bad: Bad) {
    #expect(throws: WorkspaceError.badMetadata(path: "/w/labrun.json", problem: bad.problem)) {
      try AttemptMetadata.decode(Data(bad.json.utf8), path: "/w/labrun.json")
    }
  }

  @Test func acceptsTheValidFixture() throws {
    #expect(try AttemptMetadata.decode(Data(Self.valid.utf8), path: "m").seed == 3)
  }
}
