import Foundation
import Labs
import Testing

@testable import LabRunCLI

/// `labrun reset LAB --to STEP` takes a step's number or its id.
@Suite struct ResetStepTests {
  /// A lab of three steps whose second has an id that is also a number.
  static func lab() throws -> Lab {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().path
    var yaml = "id: three\ntitle: Three\nstart: V3\nworld:\n  base: course\nsteps:\n"
    for id in ["look", "3", "list"] {
      yaml +=
        "  - {id: '\(id)', title: Step \(id), file: step.md, checks: [{answer: {words: [x]}}], hints: [a, b], points: 10}\n"
    }
    let files = InMemoryLabFiles([
      "/labs/three/lab.yaml": yaml, "/labs/three/step.md": "Do it.\n",
      "/labs/course.world.yaml": try String(contentsOfFile: repository + "/labs/course.world.yaml", encoding: .utf8),
    ])
    return try Catalog(root: "/labs", files: files).load("three").get()
  }

  @Test(arguments: [
    ("1", 1, "look"), ("look", 1, "look"), ("2", 2, "3"), ("list", 3, "list"),
    // An id is exact and wins: `3` is the second step's id, not the third step.
    ("3", 2, "3"),
  ])
  func aNumberOrAnIdNamesAStep(given: String, number: Int, id: String) throws {
    let found = try LabRun.Reset.step(given, in: try Self.lab())
    #expect(found.number == number)
    #expect(found.step.id == id)
  }

  @Test(arguments: ["0", "4", "-1", "Look", "", "one"])
  func anythingElseListsBothForms(given: String) throws {
    let failure = #expect(throws: CLIFailure.self) { try LabRun.Reset.step(given, in: try Self.lab()) }
    #expect(
      failure
        == CLIFailure.usage(
          "lab 'three' has no step '\(given)'; give a step number from 1 to 3 or a step id: look, 3, list."))
  }
}
