import Foundation
import Testing

@testable import Shell

/// awscli's config file read as botocore 1.18.6 reads it: the values of
/// `Resources/captures/botocore-config/values.json`, captured from the real botocore.
@Suite struct AWSConfigValueCaptureTests {
  struct Asked: Decodable, Sendable {
    let section: String
    let key: String
    let value: String?
  }

  struct Case: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let values: [Asked]?
    let error: String?
    var testDescription: String { name }
  }

  struct File: Decodable {
    let tool: String
    let cases: [Case]
  }

  static let file: File? = {
    guard
      let url = Bundle.module.url(
        forResource: "values", withExtension: "json", subdirectory: "Resources/captures/botocore-config"),
      let data = try? Data(contentsOf: url)
    else { return nil }
    return try? JSONDecoder().decode(File.self, from: data)
  }()

  @Test func theCaptureIsBotocoreTheClaimedOne() throws {
    let file = try #require(Self.file)
    #expect(file.tool == "botocore/1.18.6 Python/2.7.18")
    #expect(file.cases.count >= 25)
  }

  /// Files botocore reads: every value asked is the one it read. (Files it refuses are left to
  /// the next test.)
  @Test(arguments: (file?.cases ?? []).filter { $0.error == nil })
  func valuesAreBotocores(_ testCase: Case) {
    let config = AWSConfigFile(text: testCase.text)
    for asked in testCase.values ?? [] {
      #expect(config.value(asked.key, in: asked.section) == asked.value, "[\(asked.section)] \(asked.key)")
    }
  }

  /// Every file botocore refuses is refused here, and no file it reads.
  @Test(arguments: file?.cases ?? [])
  func refusedAsBotocoreRefuses(_ testCase: Case) {
    #expect(AWSConfigFile(text: testCase.text).isRefused == (testCase.error != nil))
  }
}
