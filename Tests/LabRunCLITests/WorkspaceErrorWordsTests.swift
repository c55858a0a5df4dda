import Foundation
import LabFilesOnDisk
import Labs
import Testing
import Workspace

@testable import LabRunCLI

/// Workspace errors said through the catalogue: in English word for word what `description` says,
/// in Korean with the same paths and the causes labrun only passes on.
@Suite struct WorkspaceErrorWordsTests {
  static let korean: LabMessages = {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().path
    return LabTranslator(files: DiskLabFiles()).messages(root: repository + "/labs", language: .ko).messages
  }()

  static let errors: [WorkspaceError] = [
    .invalidLabID("a/b"),
    .notAWorkspace(path: "/w/x", reason: "it has no .git folder"),
    .wrongLab(path: "/w/x", expected: "public-subnet", found: "private-subnet"),
    .corruptRepository(path: "/w/x", cause: GitError(function: "git_odb_read", code: -3, message: "object not found")),
    .badMetadata(path: "/w/x/labrun.json", problem: "missing \"seed\""),
    .badTranscript(path: "/w/x/transcript-000000.jsonl", line: 4, problem: "not a JSON object"),
    .alreadyExists(path: "/w/x"),
    .locked(path: "/w/x", holder: LockHolder(pid: 4242, host: "lab-01")),
    .locked(path: "/w/x", holder: nil),
    .lockFailed(path: "/w/x", reason: "Read-only file system"),
    .saveFailed(path: "/w/x", reason: "No space left on device"),
    .pushFailed(remote: "ssh://git@example.org/x.git", reason: "authentication failed"),
    .noRemote(path: "/w/x"),
    .closed(path: "/w/x"),
  ]

  @Test(arguments: errors)
  func eachErrorIsSaidInBothLanguages(_ error: WorkspaceError) {
    #expect(error.said(.english) == error.description)
    let korean = error.said(Self.korean)
    #expect(korean != error.description)
    #expect(korean.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "\(korean)")
    // What identifies the problem is kept: the path or remote, and a cause from outside labrun.
    for fact in ["/w/x", "a/b", "ssh://git@example.org/x.git", "No space left on device", "4242", "lab-01"]
    where error.description.contains(fact) {
      #expect(korean.contains(fact), "\(korean)")
    }
    #expect(error.cliFailure(Self.korean).exitCode == error.cliFailure().exitCode)
  }
}
