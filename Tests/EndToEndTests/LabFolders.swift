import Foundation
import Labs
import Testing

/// A throwaway course on disk: `labs/<id>/…` and `solutions/…` side by side, plus room for workspaces.
struct TempCourse {
  let root: URL
  var labs: URL { root.appendingPathComponent("labs") }
  var solutions: URL { root.appendingPathComponent("solutions") }

  init(_ name: String) throws {
    root = try LabrunProcess.temporaryFolder(name)
    try FileManager.default.createDirectory(at: labs, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: solutions, withIntermediateDirectories: true)
    // The labs build on the course's base world, as the real labs folder has it.
    let base = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("labs/course.world.yaml")
    try FileManager.default.copyItem(at: base, to: labs.appendingPathComponent("course.world.yaml"))
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  /// A path under the course's folder that does not exist yet (for `--workspace`, remotes, clones).
  func path(_ name: String) -> String { root.appendingPathComponent(name).path }

  func write(_ text: String, to relative: String) throws {
    let url = root.appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  /// Writes the probe lab (as `id`), its solution and three wrong fixtures.
  func addProbe(id: String = "probe", solution: [String] = ProbeLab.solution) throws {
    try write(ProbeLab.yaml.replacingOccurrences(of: "id: probe\n", with: "id: \(id)\n"), to: "labs/\(id)/lab.yaml")
    for (name, text) in ProbeLab.markdown { try write(text, to: "labs/\(id)/\(name)") }
    try write(
      "# The probe lab's reference solution.\n" + solution.joined(separator: "\n") + "\n", to: "solutions/\(id).sh")
    for (name, text) in ProbeLab.wrong { try write(text, to: "solutions/\(id).wrong/\(name)") }
  }

  /// Runs `labrun` with `--labs` pointing here.
  func labrun(_ arguments: [String], input: String = "") throws -> LabrunProcess.Result {
    try LabrunProcess.run(arguments + ["--labs", labs.path], input: input)
  }
}

/// A three-step lab on the course network: a lookup on V3, a listing from V1, a question.
enum ProbeLab {
  static let learner = "Test Learner <test@example.com>"
  /// The seed `labrun start` derives for `learner` at the probe lab, without a course secret.
  static let variantSeed = VariantSeed.seed(labID: "probe", email: "test@example.com", secret: nil)

  static let yaml = """
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

  static let markdown = [
    "01.md": "Look up S3's regional name on V3.\n",
    "02.md": "List the bucket jschoi.acl from V1.\n",
    "03.md": "Which way did the listing go?\n",
  ]

  static let solution = [
    "nslookup s3.ap-northeast-2.amazonaws.com",
    "ssh V1",
    "aws s3 ls s3://jschoi.acl",
    "answer a",
  ]

  static let wrong = [
    "1-on-v1.sh":
      "# targets: lookup-s3\n# feedback: this step is about V3\nssh V1\nnslookup s3.ap-northeast-2.amazonaws.com\n",
    "2-dig-on-v1.sh": "# targets: lookup-s3\n# feedback: ran on V1\nssh V1\ndig s3.ap-northeast-2.amazonaws.com\n",
    "3-host-on-v1.sh":
      "# targets: lookup-s3\n# feedback: That lookup ran on V1\nssh V1\nhost s3.ap-northeast-2.amazonaws.com\n",
  ]

  static let v3Prompt = "[ec2-user@ip-10-0-12-20 ~]$ "
  static let v1Prompt = "[ec2-user@ip-10-0-1-10 ~]$ "
}

/// `git` on a workspace, to look at it the way a learner or instructor would.
enum GitCLI {
  @discardableResult
  static func run(_ arguments: [String], in directory: String? = nil) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = (directory.map { ["-C", $0] } ?? []) + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_CONFIG_NOSYSTEM"] = "1"
    environment["GIT_TERMINAL_PROMPT"] = "0"
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw GitFailure(
        arguments: arguments, status: process.terminationStatus, stderr: String(decoding: errors, as: UTF8.self))
    }
    return String(decoding: data, as: UTF8.self)
  }

  struct GitFailure: Error, CustomStringConvertible {
    let arguments: [String]
    let status: Int32
    let stderr: String
    var description: String { "git \(arguments.joined(separator: " ")) exited \(status): \(stderr)" }
  }

  /// Each commit, oldest first, as `subject|trailer,trailer`.
  static func history(_ workspace: String) throws -> [String] {
    try run(["log", "--reverse", "--format=%s|%(trailers:key=Step,valueonly,separator=%x2C)"], in: workspace)
      .split(separator: "\n").map(String.init)
  }
}

/// A `labrun` process left running, so a test can hold a workspace open while it tries another.
final class RunningLabrun {
  let process = Process()
  private let stdin = Pipe()
  private let stdout = Pipe()
  private let stderr = Pipe()
  private var seen = Data()

  init(_ arguments: [String]) throws {
    process.executableURL = LabrunProcess.executable
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment.removeValue(forKey: "LABRUN_LABS")
    environment["XDG_CACHE_HOME"] = LabrunProcess.cacheFolder
    process.environment = environment
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
  }

  /// Blocks until standard output has shown `text` (or the process closed it).
  func waitForOutput(containing text: String) -> Bool {
    while !String(decoding: seen, as: UTF8.self).contains(text) {
      let chunk = stdout.fileHandleForReading.availableData
      if chunk.isEmpty { return false }
      seen.append(chunk)
    }
    return true
  }

  /// Sends the rest of the input, closes standard input and waits for the exit.
  func finish(input: String = "") throws -> LabrunProcess.Result {
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    seen.append(stdout.fileHandleForReading.readDataToEndOfFile())
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return LabrunProcess.Result(
      status: process.terminationStatus, stdout: String(decoding: seen, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }
}

/// Expects `fragments` to appear in `text` in this order.
func expectInOrder(_ text: String, _ fragments: [String], sourceLocation: SourceLocation = #_sourceLocation) {
  var rest = Substring(text)
  for fragment in fragments {
    guard let range = rest.range(of: fragment) else {
      Issue.record("expected, in order: \(fragment.debugDescription)\nin:\n\(text)", sourceLocation: sourceLocation)
      return
    }
    rest = rest[range.upperBound...]
  }
}

/// Every file under a folder with its contents, to show a command left it alone.
func folderSnapshot(of folder: String) -> [String: Data] {
  var files: [String: Data] = [:]
  guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return files }
  while let relative = enumerator.nextObject() as? String {
    let path = folder + "/" + relative
    var isDirectory: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    files[relative] = isDirectory.boolValue ? Data() : FileManager.default.contents(atPath: path)
  }
  return files
}
