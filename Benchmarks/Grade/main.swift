import Dispatch
import Foundation
import Labs
// Generates a class of workspaces through the Workspace API, then times the built `labrun grade` over
// them against `git log --format=%H` over the same repositories. Build and run in release mode:
//   swift build -c release --product labrun --product grade-bench
//   .build/release/grade-bench [--count 1000] [--commands 50] [--dir DIR] [--labs labs]
// An existing DIR holding `--count` workspaces is reused, so grading can be timed again without
// regenerating.
import Transcript
import Workspace

struct Options {
  var count = 1_000
  var commands = 50
  var directory = NSTemporaryDirectory() + "labrun-grade-bench"
  var labs = FileManager.default.currentDirectoryPath + "/labs"

  init(_ arguments: [String]) {
    var rest = arguments[...]
    while let flag = rest.popFirst() {
      let value = rest.popFirst() ?? ""
      switch flag {
      case "--count": count = Int(value) ?? count
      case "--commands": commands = Int(value) ?? commands
      case "--dir": directory = value
      case "--labs": labs = value
      default: fatalError("unknown option \(flag); use --count, --commands, --dir or --labs")
      }
    }
  }
}

struct DiskFiles: LabFiles {
  func entries(in path: String) -> [String]? { try? FileManager.default.contentsOfDirectory(atPath: path) }
  func text(at path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }
}

/// A small deterministic generator, so every run makes the same class.
struct Mixer {
  var state: UInt64
  mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
}

/// What learners type besides the solution: lookups, listings, lab commands, typos.
let filler = [
  "hint", "check", "steps", "why", "hostname", "nslookup s3.ap-northeast-2.amazonaws.com",
  "aws s3 ls s3://jschoi.acl", "dig s3.ap-northeast-2.amazonaws.com", "aws s3 ls", "ip route", "cat /etc/resolv.conf",
  "aws sts get-caller-identity", "host s3.ap-northeast-2.amazonaws.com", "aws s3 ls s3://jschoi.acl/private1/",
  "aws ec2 describe-vpc-endpoints", "nslookup ec2.ap-northeast-2.amazonaws.com", "aws s3 lss",
  "curl -sI https://s3.ap-northeast-2.amazonaws.com",
]

/// Writes one learner's workspace: part or all of the solution, with other commands in between.
func generate(_ index: Int, lab: Lab, solution: [String], options: Options) throws {
  var mixer = Mixer(state: UInt64(index) &* 2_654_435_761 &+ 1)
  let kept = [solution.count, solution.count, solution.count, solution.count / 2, solution.count / 3][index % 5]
  let script = Array(solution.prefix(kept))
  var plan: [String?] = script.map { $0 }
  while plan.count < options.commands { plan.insert(nil, at: mixer.next(plan.count + 1)) }
  let attempt = try Attempt(lab: lab)
  let learner = AttemptMetadata.Learner(name: "Learner \(index)", email: "learner\(index)@example.org")
  let start = Date(timeIntervalSince1970: 1_790_000_000 + Double(index * 7))
  let workspace = try Workspace.create(
    at: options.directory + "/" + String(format: "%05d-%@", index, lab.id),
    metadata: AttemptMetadata(
      labID: lab.id, labDigest: lab.digest, seed: attempt.seed, labrunVersion: "0.1.0", learner: learner),
    progressPage: ProgressPage.render(attempt, learner: learner.identity), time: start,
    timeZone: TimeZone(secondsFromGMT: 0)!)
  defer { workspace.close() }
  // Each command comes 20 to 60 seconds after the one before, on the learner's clock.
  var clock = Int64(start.timeIntervalSince1970) * 1000
  var session = Session(
    attempt: attempt, learner: learner, store: workspace, terminal: .pipe,
    clock: {
      clock += Int64(20 + mixer.next(40)) * 1000
      return WallTime(millisecondsSince1970: clock)
    })
  for planned in plan {
    let line: String
    if let planned, case .success(let expanded) = SolutionScript.expand(planned, world: session.attempt.shell.world) {
      line = expanded
    } else {
      line = filler[mixer.next(filler.count)]
    }
    _ = session.handle(line)
    guard session.unsaved == 0 else { throw GenerationFailure(path: workspace.path) }
  }
}

/// A generated workspace that could not be saved.
struct GenerationFailure: Error {
  let path: String
}

/// Runs `arguments` under `/usr/bin/time -v`; returns wall seconds, peak RSS in MB, exit status and stdout.
func measure(_ arguments: [String]) throws -> (seconds: Double, peakMB: Double, status: Int32) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
  process.arguments = ["-v"] + arguments
  let errors = Pipe()
  process.standardError = errors
  process.standardOutput = FileHandle.nullDevice
  let began = DispatchTime.now()
  try process.run()
  let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - began.uptimeNanoseconds) / 1e9
  let rss =
    text.split(separator: "\n").first { $0.contains("Maximum resident set size") }
    .flatMap { Double($0.split(separator: ":").last!.trimmingCharacters(in: .whitespaces)) } ?? 0
  let status =
    text.split(separator: "\n").first { $0.contains("Exit status") }
    .flatMap { Int32($0.split(separator: ":").last!.trimmingCharacters(in: .whitespaces)) } ?? -1
  return (seconds, rss / 1024, status)
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let catalog = Catalog(root: options.labs, files: DiskFiles())
let labs = try catalog.ids.map { try catalog.load($0).get() }
guard !labs.isEmpty else { fatalError("no labs in \(options.labs); pass --labs") }
let solutions = labs.map { catalog.solutions(for: $0.id).solution?.lines ?? [] }

let existing =
  (try? FileManager.default.contentsOfDirectory(atPath: options.directory))?.filter { !$0.hasPrefix(".") } ?? []
if existing.count != options.count {
  try? FileManager.default.removeItem(atPath: options.directory)
  try FileManager.default.createDirectory(atPath: options.directory, withIntermediateDirectories: true)
  let began = DispatchTime.now()
  let lock = NSLock()
  nonisolated(unsafe) var next = 0
  nonisolated(unsafe) var failures: [String] = []
  DispatchQueue.concurrentPerform(iterations: ProcessInfo.processInfo.activeProcessorCount) { _ in
    while true {
      lock.lock()
      let index = next
      next += 1
      lock.unlock()
      guard index < options.count else { return }
      do {
        try generate(index, lab: labs[index % labs.count], solution: solutions[index % labs.count], options: options)
      } catch {
        lock.lock()
        failures.append("\(index): \(error)")
        lock.unlock()
      }
    }
  }
  guard failures.isEmpty else { fatalError("generation failed: \(failures.prefix(3))") }
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - began.uptimeNanoseconds) / 1e9
  print(String(format: "generated %d workspaces of %d commands in %.1f s", options.count, options.commands, seconds))
} else {
  print("reusing \(existing.count) workspaces in \(options.directory)")
}

let labrun = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("labrun")
  .path
let report = NSTemporaryDirectory() + "labrun-grade-bench.json"
let grade = try measure([
  labrun, "grade", options.directory, "--labs", options.labs, "--format", "json", "--output", report,
])
let summary =
  (try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])?[
    "summary"]
let quoted = "'" + options.directory + "'"
let gitSerial = try measure([
  "/bin/sh", "-c", "for d in \(quoted)/*/; do git -C \"$d\" log --format=%H; done > /dev/null",
])
let gitParallel = try measure([
  "/bin/sh", "-c",
  "ls -d \(quoted)/*/ | xargs -P \(ProcessInfo.processInfo.activeProcessorCount) -I{} git -C {} log --format=%H > /dev/null",
])
print(
  "labrun grade: exit \(grade.status), \(summary.map { "\($0)" } ?? "no summary")".replacingOccurrences(
    of: "\n", with: " "))
print(String(format: "grade:             %6.2f s wall, peak RSS %6.1f MB", grade.seconds, grade.peakMB))
print(String(format: "git log (serial):  %6.2f s wall", gitSerial.seconds))
print(
  String(format: "git log (-P %d):    %6.2f s wall", ProcessInfo.processInfo.activeProcessorCount, gitParallel.seconds))
print(
  String(
    format: "grading costs %.1f× serial git log, %.1f× parallel git log", grade.seconds / gitSerial.seconds,
    grade.seconds / gitParallel.seconds))
