import Foundation
import Testing

@testable import Labs

#if canImport(Glibc)
  import Glibc
#endif

/// The resume checkpoint a session leaves in `.git` (issue 17), through the built binary: it stays
/// out of the tree, a resume from it shows exactly what a full replay shows, a damaged or foreign one
/// is ignored without a word, and grading never reads it.
@Suite struct ResumeCheckpointTests {
  static let firstSession = [
    // Each login has its own variables: the X a resume must keep is the one set on V1.
    "nslookup s3.ap-northeast-2.amazonaws.com", "X=onV3", "echo $X > note.txt", "hint", "ssh V1", "X=kept", "cd /tmp",
    "aws s3 ls s3://jschoi.acl", "aws s3 lss", "false",
  ]
  static let secondSession = ["echo $X $?", "pwd", "cat ~/note.txt", "steps", "check", "history | tail -3", "answer a"]

  static func checkpointPath(_ workspace: String) -> String { workspace + "/.git/labrun-resume-checkpoint" }

  static func start(_ course: TempCourse, _ workspace: String, _ lines: [String]) throws -> LabrunProcess.Result {
    try course.labrun(
      ["start", "probe", "--workspace", workspace, "--learner", ProbeLab.learner],
      input: lines.map { $0 + "\n" }.joined())
  }

  @Test func aSessionLeavesTheCheckpointOutsideTheTree() throws {
    let course = try TempCourse("checkpoint-tree")
    defer { course.remove() }
    try course.addProbe()
    let workspace = course.path("ws")
    let result = try Self.start(course, workspace, Self.firstSession)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: Self.checkpointPath(workspace)))
    #expect(try GitCLI.run(["status", "--porcelain"], in: workspace) == "")
    let tracked = try GitCLI.run(["ls-tree", "-r", "--name-only", "HEAD"], in: workspace)
    #expect(!tracked.contains("checkpoint"), "\(tracked)")
    _ = try GitCLI.run(["fsck", "--strict", "--no-dangling"], in: workspace)
    // A clone, as a push or a bundle carries the workspace, has none.
    let clone = course.path("clone")
    _ = try GitCLI.run(["clone", "--quiet", workspace, clone])
    #expect(!FileManager.default.fileExists(atPath: Self.checkpointPath(clone)))
  }

  /// One workspace, resumed in copies that hold the checkpoint, none, damaged ones and another
  /// learner's: every copy shows the same, byte for byte, and reports the same status.
  @Test func everyResumeShowsWhatAFullReplayShows() throws {
    let course = try TempCourse("checkpoint-same")
    defer { course.remove() }
    try course.addProbe()
    let workspace = course.path("ws")
    #expect(try Self.start(course, workspace, Self.firstSession).status == 0)
    let other = course.path("other")
    let otherResult = try course.labrun(
      ["start", "probe", "--workspace", other, "--learner", "Other Learner <other@example.com>"],
      input: Self.firstSession.map { $0 + "\n" }.joined())
    #expect(otherResult.status == 0)
    let good = try Data(contentsOf: URL(fileURLWithPath: Self.checkpointPath(workspace)))
    let variants: [(String, Data?)] = [
      ("its own checkpoint", good),
      ("no checkpoint", nil),
      ("an empty file", Data()),
      ("cut in half", good.prefix(good.count / 2)),
      (
        "a changed byte",
        {
          var bytes = good
          bytes[bytes.count - 9] ^= 0x10
          return bytes
        }()
      ),
      ("garbage", Data(repeating: 0xA5, count: 4_096)),
      ("another learner's", try Data(contentsOf: URL(fileURLWithPath: Self.checkpointPath(other)))),
    ]
    // What else can stand at the path, which labrun must neither wait on nor read without end.
    let planted: [(String, (String) throws -> Void)] = [
      ("a FIFO", { #expect(mkfifo($0, 0o644) == 0) }),
      (
        "a link to /dev/zero",
        { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: "/dev/zero") }
      ),
      (
        "a link to its own checkpoint",
        { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: Self.checkpointPath(workspace)) }
      ),
    ]
    let placements: [(String, (String) throws -> Void)] =
      variants.map { name, bytes in
        (name, { file in if let bytes { try bytes.write(to: URL(fileURLWithPath: file)) } })
      } + planted
    var shown: [(String, LabrunProcess.Result, String)] = []
    for (index, (name, place)) in placements.enumerated() {
      let copy = course.path("copy\(index)")
      try FileManager.default.copyItem(atPath: workspace, toPath: copy)
      let file = Self.checkpointPath(copy)
      try? FileManager.default.removeItem(atPath: file)
      try place(file)
      let status = try course.labrun(["status", "probe", "--json", "--workspace", copy])
      let result = try Self.start(course, copy, Self.secondSession)
      // The farewell names the folder, which is the one thing a copy changes.
      let stdout = result.stdout.replacingOccurrences(of: copy, with: "WORKSPACE")
      shown.append(
        (name, LabrunProcess.Result(status: result.status, stdout: stdout, stderr: result.stderr), status.stdout))
      // Every session leaves a good one behind, whatever it found.
      #expect(AttemptCheckpoint(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))) != nil, "\(name)")
    }
    let (_, reference, referenceStatus) = shown[0]
    #expect(reference.status == 0)
    // The note was written on V3, and this session is on V1.
    #expect(reference.stderr == "cat: /home/ec2-user/note.txt: No such file or directory\n")
    #expect(reference.stdout.contains("kept 1\n"), "\(reference.stdout)")
    #expect(reference.stdout.contains("\n/tmp\n"))
    for (name, result, status) in shown.dropFirst() {
      #expect(result.stdout == reference.stdout, "\(name)")
      #expect(result.stderr == reference.stderr, "\(name)")
      #expect(result.status == reference.status, "\(name)")
      #expect(status == referenceStatus, "\(name)")
    }
  }

  /// An English session, then a Korean one at a terminal with a Ctrl-C (its `$?` is in no saved
  /// line), then English again: the session after the Korean one shows the same from its checkpoint
  /// as from a full replay, and the checkpoint names both languages' lab.
  @Test(.enabled(if: Tmux.available, "needs tmux (scripts/test.sh installs it)"))
  func aKoreanSessionWithACtrlCResumesAsAFullReplay() throws {
    let course = try LanguageEndToEndTests.course("checkpoint-korean")
    defer { course.remove() }
    let workspace = course.path("ws")
    #expect(try Self.start(course, workspace, Self.firstSession).status == 0)
    // Korean, in a real terminal (a Ctrl-C reaches labrun only from one).
    let tmux = try Tmux(
      ["start", "probe", "--labs", course.labs.path, "--workspace", workspace],
      environment: ["NO_COLOR": "1", "LANG": "ko_KR.UTF-8"])
    #expect(try tmux.wait(for: "tmp]$"))
    for line in ["hint", "aws s3 ls s3://jschoi.acl/private1/"] {
      try tmux.type(line)
      try tmux.press("Enter")
    }
    try tmux.type("echo half typed")
    try tmux.press("C-c")
    try tmux.type("echo 상태 $?")
    try tmux.press("Enter")
    #expect(try tmux.wait(for: "상태 130"))
    for _ in 0..<2 {
      try tmux.type("exit")
      try tmux.press("Enter")
    }
    #expect(try tmux.wait(for: "[exited 0]"))
    let saved = try #require(
      AttemptCheckpoint(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.checkpointPath(workspace))))))
    #expect(saved.key.spokenDigests.map { $0.prefix(3) } == ["en ", "ko "])

    var shown: [(LabrunProcess.Result, String)] = []
    for (index, keep) in [true, false].enumerated() {
      let copy = course.path("copy\(index)")
      try FileManager.default.copyItem(atPath: workspace, toPath: copy)
      if !keep { try FileManager.default.removeItem(atPath: Self.checkpointPath(copy)) }
      let status = try course.labrun(["status", "probe", "--json", "--workspace", copy])
      let result = try Self.start(course, copy, Self.secondSession)
      let stdout = result.stdout.replacingOccurrences(of: copy, with: "WORKSPACE")
      shown.append((LabrunProcess.Result(status: result.status, stdout: stdout, stderr: result.stderr), status.stdout))
    }
    #expect(shown[0].0.status == 0)
    #expect(shown[0].0.stdout == shown[1].0.stdout)
    #expect(shown[0].0.stderr == shown[1].0.stderr)
    #expect(shown[0].1 == shown[1].1)
  }

  /// A checkpoint whose state was changed on purpose (and its checksum made again): the session
  /// starts from it, which shows it is read; `labrun grade` replays the transcript and is not fooled.
  @Test func theSessionStartsFromItAndGradingIgnoresIt() throws {
    let course = try TempCourse("checkpoint-used")
    defer { course.remove() }
    try course.addProbe()
    let workspace = course.path("ws")
    #expect(try Self.start(course, workspace, Self.firstSession).status == 0)
    let honest = course.path("honest")
    try FileManager.default.copyItem(atPath: workspace, toPath: honest)
    let file = Self.checkpointPath(workspace)
    var checkpoint = try #require(AttemptCheckpoint(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))))
    checkpoint.shell.variables["PROOF"] = "from-the-checkpoint"
    checkpoint.progress.passed.append("which-way")
    try Data(checkpoint.bytes()).write(to: URL(fileURLWithPath: file))

    let resumed = try Self.start(course, workspace, ["echo $PROOF"])
    #expect(resumed.stdout.contains("$ echo $PROOF\nfrom-the-checkpoint\n"), "\(resumed.stdout)")
    // Grading replays the transcript: the forged step is not credited, and the line whose output
    // no replay gives is flagged, as any other tampering is.
    let forged = try course.labrun(["grade", workspace, "--format", "csv"])
    let rows = forged.stdout.split(whereSeparator: \.isNewline).map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    let row = try #require(
      rows.count == 2 ? Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1])) : nil, "\(forged.stdout)")
    #expect(row["status"] == "flagged", "\(row)")
    #expect(row["steps_passed"] == "2", "\(row)")
    #expect(row["finding_kinds"] == "output-not-reproduced progress-not-earned", "\(row)")
    let plain = try course.labrun(["grade", honest, "--format", "csv"])
    #expect(plain.stdout.contains(",not passed,2,3,30,35,"), "\(plain.stdout)")
  }

  /// A resume that had to replay many lines writes the checkpoint before the first prompt, so a
  /// session killed afterwards still leaves the next resume a short replay.
  @Test func aLongReplayIsWrittenDownBeforeTheFirstPrompt() throws {
    let course = try TempCourse("checkpoint-long")
    defer { course.remove() }
    try course.addProbe()
    let workspace = course.path("ws")
    let lines = (0..<CheckpointingStoreFigures.replayWorthKeeping).map { "echo line \($0)" }
    #expect(try Self.start(course, workspace, lines).status == 0)
    try FileManager.default.removeItem(atPath: Self.checkpointPath(workspace))
    let running = try RunningLabrun([
      "start", "probe", "--workspace", workspace, "--labs", course.labs.path,
    ])
    // The resumption line is shown once the attempt is rebuilt, while the session waits for input.
    #expect(running.waitForOutput(containing: "commands so far: "))
    kill(running.process.processIdentifier, SIGKILL)
    _ = try? running.finish()
    #expect(FileManager.default.fileExists(atPath: Self.checkpointPath(workspace)))
  }
}

/// The threshold the CLI uses (`CheckpointingStore.replayWorthKeeping`), restated: the CLI's type is
/// internal to its module, which this test target does not import.
enum CheckpointingStoreFigures {
  static let replayWorthKeeping = 200
}
