import Foundation
import Testing
import Transcript

@testable import Workspace

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder {
  let path: String

  init(_ label: String = #function) {
    let safe = label.filter { $0.isLetter || $0.isNumber }
    path = NSTemporaryDirectory() + "labrun-ws-\(safe.prefix(40))-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  func child(_ name: String) -> String { path + "/" + name }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }
}

enum Fixture {
  static let metadata = AttemptMetadata(
    labID: "interface-endpoint", labDigest: "sha256:5d41402abc4b2a76b9719d911017c592", seed: 20_210_614,
    labrunVersion: "0.1.0", learner: .init(name: "Kim Learner", email: "kim@example.com"))
  static let start = Date(timeIntervalSince1970: 1_700_000_000)
  static let zone = TimeZone(secondsFromGMT: 9 * 3600)!

  static func command(_ n: Int) -> TranscriptEntry {
    .command(
      CommandRecord(
        host: ["V1", "V2", "V3"][n % 3], input: "nslookup s3.ap-northeast-2.amazonaws.com # \(n)",
        simulatedTime: 1_632_000_000_000 + Int64(n) * 250, exitStatus: Int32(n % 2),
        output:
          "Server:\t\t10.0.0.2\nAddress:\t10.0.0.2#53\n\nName:\ts3.ap-northeast-2.amazonaws.com\nAddress: 52.219.60.\(n % 250)\n"
      ))
  }

  static func progress(_ n: Int) -> String { "# Progress\n\n- ✓ public-dns\n\n\(n) commands\n" }

  /// A new workspace holding `count` commands, one second apart.
  static func workspace(in folder: TemporaryFolder, count: Int = 0, name: String = "ws") throws -> Workspace {
    let workspace = try Workspace.create(
      at: folder.child(name), metadata: metadata, progressPage: progress(0), time: start, timeZone: zone)
    for n in 0..<count {
      try workspace.append(command(n), progressPage: progress(n + 1), time: start + Double(n + 1))
    }
    return workspace
  }
}

/// A child process started with posix_spawn, its output going to files.
///
/// Foundation's `Process` waits for children by polling on Linux, which added tens of milliseconds to
/// every git call and pushed the kill test past its time budget.
struct Child {
  let pid: pid_t
  let stdoutFile: String
  let stderrFile: String

  /// Starts `executable` with `arguments`; standard input comes from `stdinFD` (or /dev/null).
  static func spawn(_ executable: String, _ arguments: [String], environment: [String]? = nil, stdinFD: Int32? = nil)
    throws -> Child
  {
    let base = NSTemporaryDirectory() + "labrun-ws-child-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
    let child = Child(pid: 0, stdoutFile: base + ".out", stderrFile: base + ".err")
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let stdinFD {
      posix_spawn_file_actions_adddup2(&actions, stdinFD, 0)
    } else {
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 1, child.stdoutFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, child.stderrFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    let settings: [String] = environment ?? ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
    let envp: [UnsafeMutablePointer<CChar>?] = settings.map { strdup($0) } + [nil]
    defer { for string in argv + envp { free(string) } }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO) }
    return Child(pid: pid, stdoutFile: child.stdoutFile, stderrFile: child.stderrFile)
  }

  /// Waits for the child to end; returns its exit status (or 128 + signal).
  @discardableResult
  func wait() -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
  }

  var output: String { String(decoding: FileManager.default.contents(atPath: stdoutFile) ?? Data(), as: UTF8.self) }
  var errorOutput: String {
    String(decoding: FileManager.default.contents(atPath: stderrFile) ?? Data(), as: UTF8.self)
  }

  func removeFiles() {
    unlink(stdoutFile)
    unlink(stderrFile)
  }
}

/// The result of running the git command-line tool (tests only; the library never runs it).
struct GitRun {
  var status: Int32
  var output: String
  var error: String
}

@discardableResult
func gitCLI(_ arguments: [String], in directory: String, input: Data? = nil) throws -> GitRun {
  var inputFD: Int32?
  var inputFile: String?
  if let input {
    let file = NSTemporaryDirectory() + "labrun-ws-input-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
    try input.write(to: URL(fileURLWithPath: file))
    inputFile = file
    inputFD = open(file, O_RDONLY)
  }
  defer {
    if let inputFD { close(inputFD) }
    if let inputFile { unlink(inputFile) }
  }
  let child = try Child.spawn(
    "/usr/bin/git", ["-C", directory, "-c", "user.name=Test", "-c", "user.email=test@example.com"] + arguments,
    environment: ["PATH=/usr/bin:/bin", "HOME=" + NSTemporaryDirectory(), "GIT_CONFIG_NOSYSTEM=1"], stdinFD: inputFD)
  defer { child.removeFiles() }
  let status = child.wait()
  return GitRun(status: status, output: child.output, error: child.errorOutput)
}

/// Checks the repository with `git fsck --strict` and that `git status` shows nothing to commit.
func expectCleanRepository(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
  let fsck = try gitCLI(["fsck", "--strict", "--no-progress"], in: path)
  #expect(fsck.status == 0, "git fsck: \(fsck.output)\(fsck.error)", sourceLocation: sourceLocation)
  let status = try gitCLI(["status", "--porcelain", "--untracked-files=all"], in: path)
  #expect(
    status.status == 0 && status.output.isEmpty, "git status: \(status.output)\(status.error)",
    sourceLocation: sourceLocation)
}

/// Every file and folder under `path` with its bytes, to prove that nothing was modified.
func snapshot(_ path: String) -> [String: Data] {
  var result: [String: Data] = [:]
  guard let walker = FileManager.default.enumerator(atPath: path) else { return result }
  while let relative = walker.nextObject() as? String {
    var isDirectory: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: path + "/" + relative, isDirectory: &isDirectory)
    result[relative] =
      isDirectory.boolValue
      ? Data("<dir>".utf8) : (FileManager.default.contents(atPath: path + "/" + relative) ?? Data("<unreadable>".utf8))
  }
  return result
}

/// The built `workspace-torture` helper, found next to the test bundle.
func tortureHelper() throws -> URL {
  let candidates = [
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
  ]
  for folder in candidates {
    let helper = folder.appendingPathComponent("workspace-torture")
    if FileManager.default.isExecutableFile(atPath: helper.path) { return helper }
  }
  Issue.record(
    "workspace-torture not found near \(candidates.map(\.path)); build it with swift build --product workspace-torture")
  throw CancellationError()
}

/// A small deterministic generator, so a failing run of a randomised test can be repeated from its seed.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
