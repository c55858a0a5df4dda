import Foundation
import Testing
import Transcript

@testable import Labs

/// Small labs held in memory, so these tests do not depend on the course in labs/ (which changes).
enum LabFixtures {
  static let root = "/labs"

  /// The Markdown every fixture step points at (`file: step.md`), plus numbered ones for the probe lab.
  static let markdown: [String: String] = [
    "step.md": "Do the thing.\n",
    "01.md": "Look up S3's regional name on V3.\n",
    "02.md": "List the bucket jschoi.acl from V1.\n",
    "03.md": "Which way did the listing go?\n",
  ]

  /// The course's base world, from the repository: fixtures build on the real one.
  static let courseWorld: String = {
    let path = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
    guard let data = FileManager.default.contents(atPath: "/" + path + "/labs/course.world.yaml") else {
      fatalError("labs/course.world.yaml is missing beside the tests")
    }
    return String(decoding: data, as: UTF8.self)
  }()

  /// The files of one lab folder `/labs/<id>`, with the fixture Markdown beside its lab.yaml.
  static func files(id: String, yaml: String, markdown: [String: String] = markdown) -> InMemoryLabFiles {
    var files = ["\(root)/\(id)/lab.yaml": yaml, "\(root)/course.world.yaml": courseWorld]
    for (name, text) in markdown { files["\(root)/\(id)/\(name)"] = text }
    return InMemoryLabFiles(files)
  }

  static func load(_ yaml: String, id: String = "mini", markdown: [String: String] = markdown) -> Result<
    Lab, LabDiagnostics
  > {
    LabLoader(files: files(id: id, yaml: yaml, markdown: markdown)).load(folder: "\(root)/\(id)")
  }

  /// Loads a lab that must be valid; a diagnostic fails the test with its text.
  static func lab(_ yaml: String, id: String = "mini") throws -> Lab {
    switch load(yaml, id: id) {
    case .success(let lab): return lab
    case .failure(let problems):
      Issue.record("fixture lab did not load:\n\(problems)")
      throw problems
    }
  }

  /// A lab on the course network whose steps are given as YAML (each indented by two spaces under `steps:`).
  static func yaml(id: String = "mini", start: String = "V3", world: String = "  base: course\n", steps: String)
    -> String
  {
    "id: \(id)\ntitle: Mini lab\nstart: \(start)\nseed: 7\nworld:\n\(world)steps:\n\(steps)"
  }

  /// One step with the given checks (YAML lines, each a list item indented by six spaces).
  static func step(_ id: String, points: Int = 10, checks: String, feedback: String = "") -> String {
    """
      - id: \(id)
        title: Step \(id)
        file: step.md
        points: \(points)
        checks:
    \(checks)
    \(feedback)    hints:
          - First hint for \(id).
          - Second hint for \(id).

    """
  }

  /// The probe lab: a lookup on V3, a listing from V1, then a multiple-choice question.
  static let probeYAML = """
    id: probe
    title: Probe lab
    summary: A small lab for tests.
    start: V3
    seed: 7
    world:
      base: course
    steps:
      - id: lookup-s3
        title: Look up S3 on V3
        file: 01.md
        points: 10
        checks:
          - lookup: {host: V3, name: s3.ap-northeast-2.amazonaws.com, answer: public}
        feedback:
          - when: {lookup: {host: V1, name: s3.ap-northeast-2.amazonaws.com}}
            say: That lookup ran on V1; this step is about V3.
        hints:
          - Any of nslookup, dig or host will do.
          - Run `nslookup s3.ap-northeast-2.amazonaws.com` on V3.
      - id: list-bucket
        title: List the bucket from V1
        file: 02.md
        points: 20
        checks:
          - call: {host: V1, service: s3, operation: ListObjectsV2, bucket: jschoi.acl, outcome: success}
        hints:
          - Go to V1 first.
          - Run `aws s3 ls s3://jschoi.acl` on V1.
      - id: which-way
        title: Which way?
        file: 03.md
        points: 5
        checks:
          - answer: {choices: [Through the internet gateway, Through a gateway endpoint], correct: a}
        hints:
          - V1 is in the public subnet.
          - There is no endpoint in this VPC.

    """

  static let probeSolution = [
    "nslookup s3.ap-northeast-2.amazonaws.com",
    "ssh V1",
    "aws s3 ls s3://jschoi.acl",
    "answer a",
  ]

  static func probe() throws -> Lab { try lab(probeYAML, id: "probe") }

  /// Runs lines on a fresh attempt, returning the attempt and each line's output.
  static func run(_ lines: [String], lab: Lab, seed: UInt64? = nil) throws -> (Attempt, [AttemptOutput]) {
    var attempt = try Attempt(lab: lab, seed: seed)
    let outputs = lines.map { attempt.run($0) }
    return (attempt, outputs)
  }
}

extension TranscriptEntry {
  /// A typed line as replay sees it: only the input counts, the rest is what a store would record.
  static func typed(_ line: String) -> TranscriptEntry {
    .command(CommandRecord(host: "", input: line, simulatedTime: 0, exitStatus: 0, output: ""))
  }
}
