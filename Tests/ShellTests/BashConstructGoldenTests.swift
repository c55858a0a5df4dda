import CourseWorldSupport
import Foundation
import Testing

@testable import Shell

/// The lab shell against real bash (captures by scripts/capture/bash_constructs.py, bash 5.2):
/// each case runs in the learner's home on V1, whose visible files start empty like the capture's
/// fresh folder, and must print the same bytes on each stream with the same status.
@Suite struct BashConstructGoldenTests {
  struct Capture: Decodable, CustomTestStringConvertible, Sendable {
    let name: String
    let script: String
    let stdout: String
    let stderr: String
    let status: Int32
    var testDescription: String { name }
  }

  struct File: Decodable {
    let tool: String
    let cases: [Capture]
  }

  static let captures = cases(in: "constructs")

  /// The cases of the bash capture `name`.json; none when it is missing or unreadable.
  static func cases(in name: String) -> [Capture] {
    guard
      let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources/captures/bash"),
      let data = try? Data(contentsOf: url),
      let file = try? JSONDecoder().decode(File.self, from: data)
    else { return [] }
    return file.cases
  }

  @Test func theCaptureIsThere() {
    #expect(BashConstructGoldenTests.captures.count >= 70)
  }

  @Test(arguments: captures) func sameAsBash(_ capture: Capture) throws {
    var state = try Golden.state("V1")
    state.explainedUnknownCommand = true
    let result = LabShell.run(capture.script, state: &state)
    #expect(result.stdout == capture.stdout, "stdout of \(capture.script.debugDescription)")
    #expect(result.stderr == capture.stderr, "stderr of \(capture.script.debugDescription)")
    #expect(result.status == capture.status, "status of \(capture.script.debugDescription)")
  }
}
