import Foundation
import Testing

/// libgit2 is opened when a command first touches a workspace, not when labrun starts (issue 17):
/// the commands that never touch one do not load it or the libraries it brings, and the ones that
/// do still keep their workspaces as before.
@Suite struct GitLoadingTests {
  struct Case: Sendable, CustomStringConvertible {
    let arguments: [String]
    let input: String
    let loadsGit: Bool
    let status: Int32
    /// `LABRUN_FSYNC=1` asks for durable saves; recorded, it loads nothing until a workspace is opened.
    var durable = false
    var description: String { (durable ? "LABRUN_FSYNC=1 " : "") + arguments.joined(separator: " ") }
  }

  static let labs = GradeSupport.labsFolder
  static let workspace = "{workspace}"

  static let cases: [Case] = [
    Case(arguments: ["--help"], input: "", loadsGit: false, status: 0),
    // It prints the version of the libgit2 it loads.
    Case(arguments: ["version"], input: "", loadsGit: true, status: 0),
    Case(arguments: ["list", "--labs", labs], input: "", loadsGit: false, status: 0),
    Case(arguments: ["validate", labs + "/interface-endpoint"], input: "", loadsGit: false, status: 0),
    Case(arguments: ["list", "--bogus"], input: "", loadsGit: false, status: 64),
    Case(arguments: ["list", "--labs", labs], input: "", loadsGit: false, status: 0, durable: true),
    Case(arguments: ["--help"], input: "", loadsGit: false, status: 0, durable: true),
    Case(
      arguments: [
        "start", "public-subnet", "--workspace", workspace, "--learner", "Ada <ada@example.org>", "--labs", labs,
      ],
      input: "hostname\nexit\n", loadsGit: true, status: 0),
    Case(
      arguments: [
        "start", "public-subnet", "--workspace", workspace, "--learner", "Ada <ada@example.org>", "--labs", labs,
      ],
      input: "hostname\nexit\n", loadsGit: true, status: 0, durable: true),
    Case(arguments: ["grade", workspace, "--labs", labs], input: "", loadsGit: true, status: 2),
  ]

  /// Whether the dynamic linker (glibc's, asked with LD_DEBUG) loaded libgit2 in the run.
  @Test(arguments: cases)
  func libgit2IsLoadedOnlyWhereAWorkspaceIs(_ item: Case) throws {
    let folder = try LabrunProcess.temporaryFolder("git-loading")
    defer { try? FileManager.default.removeItem(at: folder) }
    let workspace = folder.path + "/ws"
    if item.arguments.first == "grade" {
      let made = try LabrunProcess.run(
        [
          "start", "public-subnet", "--workspace", workspace, "--learner", "Ada <ada@example.org>", "--labs", Self.labs,
        ],
        input: "hostname\nexit\n")
      #expect(made.status == 0, "\(made.stderr)")
    }
    let arguments = item.arguments.map { $0 == Self.workspace ? workspace : $0 }
    let result = try LabrunProcess.run(
      arguments, environment: ["LD_DEBUG": "libs", "HOME": folder.path, "LABRUN_FSYNC": item.durable ? "1" : "0"],
      input: item.input)
    let loaded = result.stderr.contains("find library=libgit2.so")
    #expect(loaded == item.loadsGit, "\(result.stderr.suffix(2_000))")
    #expect(result.status == item.status, "\(result.stderr.suffix(2_000))")
    if item.arguments.first == "start" { #expect(FileManager.default.fileExists(atPath: workspace + "/.git")) }
  }

  /// The forwarding functions are the ones `scripts/gen-git-loader.py` writes from libgit2's
  /// headers for the functions Sources/Workspace calls: none missing, none stale.
  @Test func theForwardingFunctionsAreUpToDate() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", GradeSupport.repository + "/scripts/gen-git-loader.py", "--check"]
    let errors = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(message)")
  }
}
