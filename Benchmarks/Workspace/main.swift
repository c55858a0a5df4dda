import Foundation
// Times one save (append + commit) in a workspace that already has 1,000 commits, and the same save
// done with `git add` + `git commit`. Build and run in release mode:
//   swift build -c release --product workspace-bench && .build/release/workspace-bench [DIR]
import Transcript
import Workspace

let warmUpCommits = 1_000
let timedSaves = 300
let timedGitSaves = 50

func entry(_ n: Int) -> TranscriptEntry {
  // About 300 bytes a line, like a typical command with a few lines of output.
  .command(
    CommandRecord(
      host: "V\(n % 3 + 1)", input: "aws s3 ls s3://jschoi.acl --region ap-northeast-2 # \(n)",
      simulatedTime: 1_632_000_000_000 + Int64(n) * 1_500, exitStatus: 0,
      output: "                           PRE private1/\n                           PRE public1/\n"
        + "2017-09-26 05:03:18      29606 jschoi.acl_test.csv\n2018-06-21 07:44:25      25184 what-is-eks.png\n"))
}

func progress(_ n: Int) -> String {
  "# Lab progress\n\n- ✓ public-dns (10 points)\n- ✗ private-timeout\n\n\(n) commands so far.\n"
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted.count % 2 == 1
    ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func percentile(_ values: [Double], _ p: Double) -> Double {
  let sorted = values.sorted()
  return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

func milliseconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

/// Runs git with posix_spawn and waitpid: Foundation's Process adds tens of milliseconds of polling
/// on Linux, which would flatter labrun.
@discardableResult
func git(_ arguments: [String], in directory: String) -> Int32 {
  let words: [String] = ["git", "-C", directory] + arguments
  let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
  let settings: [String] = [
    "GIT_AUTHOR_NAME=Bench Learner", "GIT_AUTHOR_EMAIL=bench@example.com", "GIT_COMMITTER_NAME=Bench Learner",
    "GIT_COMMITTER_EMAIL=bench@example.com", "HOME=" + NSTemporaryDirectory(), "PATH=/usr/bin:/bin",
    "GIT_CONFIG_NOSYSTEM=1",
  ]
  let environment: [UnsafeMutablePointer<CChar>?] = settings.map { strdup($0) } + [nil]
  defer { for string in argv + environment { free(string) } }
  var pid: pid_t = 0
  guard posix_spawn(&pid, "/usr/bin/git", nil, nil, argv, environment) == 0 else { return -1 }
  var status: Int32 = 0
  waitpid(pid, &status, 0)
  return status
}

func segments(in workspace: String) -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: workspace)) ?? []).filter { $0.hasPrefix("transcript-") }
    .sorted()
}

/// The last transcript segment, which a save appends to.
func lastSegment(in workspace: String) -> String {
  segments(in: workspace).last ?? "transcript-000000.jsonl"
}

func transcriptSize(in workspace: String) -> Int {
  segments(in: workspace).reduce(0) { total, name in
    total + ((try? FileManager.default.attributesOfItem(atPath: workspace + "/" + name)[.size] as? Int) ?? 0)
  }
}

// `fill DIR N` makes a workspace of N commands at DIR; `save DIR K` opens it and saves K more. A
// profiler run of `save DIR 0` and `save DIR K` on copies of one workspace gives the cost of a save.
if let mode = CommandLine.arguments.dropFirst().first, ["fill", "save"].contains(mode) {
  let arguments = Array(CommandLine.arguments.dropFirst(2))
  guard arguments.count == 2, let count = Int(arguments[1]) else {
    fatalError("usage: workspace-bench fill|save DIR COUNT")
  }
  let metadata = AttemptMetadata(
    labID: "interface-endpoint", labDigest: "sha256:bench", seed: 42, labrunVersion: "bench",
    learner: .init(name: "Bench Learner", email: "bench@example.com"))
  var time = Date(timeIntervalSince1970: 1_700_000_000)
  let workspace =
    mode == "fill"
    ? try Workspace.create(at: arguments[0], metadata: metadata, progressPage: progress(0), time: time)
    : try Workspace.open(at: arguments[0])
  let first = workspace.entries.count
  for n in first..<(first + count) {
    time += 1
    // Every tenth save changes the progress page, as a passed step or a hint does.
    _ = try workspace.append(entry(n), progressPage: n % 10 == 0 ? progress(n + 1) : nil, time: time)
  }
  workspace.close()
  exit(0)
}

// Arguments: an optional folder to work in, and `fsync` for the durable mode.
let folders = CommandLine.arguments.dropFirst().filter { $0 != "fsync" }
let base = folders.first ?? NSTemporaryDirectory()
let root = base + "/labrun-bench-\(getpid())"
defer { try? FileManager.default.removeItem(atPath: root) }
let clock = ContinuousClock()
let metadata = AttemptMetadata(
  labID: "interface-endpoint", labDigest: "sha256:bench", seed: 42, labrunVersion: "bench",
  learner: .init(name: "Bench Learner", email: "bench@example.com"))
var time = Date(timeIntervalSince1970: 1_700_000_000)

/// The median time of one fsync of a small new file in `folder`: the disk's part of every save.
func fsyncProbe(in folder: String) -> Double {
  var times: [Double] = []
  for n in 0..<50 {
    let file = folder + "/fsync-probe-\(n)"
    let fd = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    _ = write(fd, "probe", 5)
    times.append(milliseconds(clock.measure { _ = fsync(fd) }))
    close(fd)
    unlink(file)
  }
  return median(times)
}

try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
// `fsync` as an argument measures the durable mode (LABRUN_FSYNC=1) instead of the default.
let durable = CommandLine.arguments.contains("fsync")
GitLibrary.setDurableWrites(durable)
print("libgit2 \(GitLibrary.version), fsync of objects and refs \(durable ? "on" : "off"); \(root)")
let probeBefore = fsyncProbe(in: root)
let workspace = try Workspace.create(
  at: root + "/ws", metadata: metadata, progressPage: progress(0), time: time)
let fill = clock.measure {
  for n in 0..<warmUpCommits {
    time += 1
    _ = try! workspace.append(entry(n), progressPage: progress(n + 1), time: time)
  }
}
print("made \(warmUpCommits) commits in \(String(format: "%.0f", milliseconds(fill))) ms")

// Alternate saves that also change the progress page with saves that only add the command, so both
// kinds meet the same disk conditions.
var saves: [Double] = []
var pageSaves: [Double] = []
for n in warmUpCommits..<(warmUpCommits + timedSaves) {
  time += 1
  let steps = n % 50 == 0 ? ["private-timeout"] : []
  let changePage = n % 2 == 0
  let elapsed = try clock.measure {
    let receipt = try workspace.append(
      entry(n), passedSteps: steps, progressPage: changePage ? progress(n + 1) : nil, time: time)
    precondition(receipt.workTreeProblem == nil, receipt.workTreeProblem ?? "")
  }
  if changePage { pageSaves.append(milliseconds(elapsed)) } else { saves.append(milliseconds(elapsed)) }
}
let transcriptBytes = transcriptSize(in: root + "/ws")
workspace.close()

let reopen = try clock.measure { _ = try Workspace.open(at: root + "/ws").entries.count }

// The git CLI works on a copy of the same repository, saving the same next entries.
try FileManager.default.copyItem(atPath: root + "/ws", toPath: root + "/cli")
// Alternate git's defaults (loose objects and refs not fsynced) with `core.fsync=committed`, which
// fsyncs objects and refs as labrun does.
var gitSaves: [Double] = []
var gitSyncedSaves: [Double] = []
for n in (warmUpCommits + timedSaves)..<(warmUpCommits + timedSaves + 2 * timedGitSaves) {
  let transcriptLine = entryLine(n)
  let synced = n % 2 == 1
  let options = synced ? ["-c", "core.fsync=committed", "-c", "core.fsyncMethod=fsync"] : []
  let elapsed = try clock.measure {
    let segment = lastSegment(in: root + "/cli")
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: root + "/cli/" + segment))
    try handle.seekToEnd()
    try handle.write(contentsOf: transcriptLine)
    try handle.close()
    try Data(progress(n + 1).utf8).write(to: URL(fileURLWithPath: root + "/cli/README.md"))
    guard git(options + ["add", "--", segment, "README.md"], in: root + "/cli") == 0,
      git(options + ["commit", "-q", "-m", "V1 $ aws s3 ls s3://jschoi.acl  → 0"], in: root + "/cli") == 0
    else { fatalError("git add/commit failed") }
  }
  if synced { gitSyncedSaves.append(milliseconds(elapsed)) } else { gitSaves.append(milliseconds(elapsed)) }
}

/// The same bytes the library writes for entry `n`, so both sides hash and compress alike.
func entryLine(_ n: Int) -> Data {
  guard case .command(let record) = entry(n) else { return Data() }
  let object: [String: Any] = [
    "exitStatus": record.exitStatus, "host": record.host, "input": record.input, "kind": "command",
    "output": record.output, "simulatedTime": record.simulatedTime,
  ]
  return (try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) + Data("\n".utf8)
}

let probeAfter = fsyncProbe(in: root)
let ours = median(saves)
let oursWithPage = median(pageSaves)
let theirs = median(gitSaves)
let theirsSynced = median(gitSyncedSaves)
print(
  String(
    format:
      "labrun append+commit at %d+ commits (transcript %d KB), command only: median %.3f ms, p90 %.3f ms (%d saves)",
    warmUpCommits, transcriptBytes / 1024, ours, percentile(saves, 0.9), saves.count))
print(
  String(
    format: "labrun append+commit, command and new progress page: median %.3f ms, p90 %.3f ms (%d saves)",
    oursWithPage, percentile(pageSaves, 0.9), pageSaves.count))
print(String(format: "reopen with %d entries: %.1f ms", warmUpCommits + timedSaves, milliseconds(reopen)))
print(
  String(
    format: "git add + git commit (git CLI, same repository and content): median %.3f ms, p90 %.3f ms (%d saves)",
    theirs, percentile(gitSaves, 0.9), gitSaves.count))
print(
  String(
    format: "git add + git commit with core.fsync=committed: median %.3f ms, p90 %.3f ms (%d saves)",
    theirsSynced, percentile(gitSyncedSaves, 0.9), gitSyncedSaves.count))
print(
  String(
    format:
      "disk: one fsync of a new small file takes %.3f ms before and %.3f ms after (median); a labrun save makes 2 per object written and 2 for the branch",
    probeBefore, probeAfter))
print(
  String(
    format:
      "ratio git CLI / labrun (both saving command and page): %.1fx; with git fsyncing too: %.1fx (goal: at least 5x). Budget: labrun median at most 3 ms.",
    theirs / oursWithPage, theirsSynced / oursWithPage))
