import Foundation
import SystemPackage
import Testing

@testable import Workspace

/// A refused file call names the call, the path and the system's errno, code and message (the codes and
/// texts are Linux's, errno(3) and glibc's strerror).
@Suite struct WorkspaceFileErrorTests {
  @Test func appendingToAMissingFileIsOpenFailingWithENOENT() throws {
    let folder = TemporaryFolder()
    let tree = WorkTree(directory: folder.path, gitDirectory: folder.path + "/.git/")
    let error = #expect(throws: FileError.self) { try tree.append("missing.jsonl", Data("x\n".utf8)) }
    #expect(
      error
        == FileError(function: "open", path: FilePath(folder.path + "/missing.jsonl"), errno: .noSuchFileOrDirectory))
    #expect(error?.description == "\(folder.path)/missing.jsonl: open failed: No such file or directory (errno 2)")
  }

  @Test func replacingAFolderIsRenameFailingWithEISDIRAndLeavesNoTemporaryFile() throws {
    let folder = TemporaryFolder()
    try FileManager.default.createDirectory(atPath: folder.child(".git"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: folder.child("README.md/inside"), withIntermediateDirectories: true)
    let tree = WorkTree(directory: folder.path, gitDirectory: folder.child(".git") + "/")
    let error = #expect(throws: FileError.self) { try tree.replace("README.md", with: Data("# hi\n".utf8)) }
    #expect(error?.function == "rename")
    #expect(error?.path == FilePath(folder.child("README.md")))
    #expect(error?.errno == .isDirectory)
    #expect(error?.errno.rawValue == 21)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.child(".git")) == [])
  }

  @Test func aWorkTreeFileReadsBackWhatWasWritten() throws {
    let folder = TemporaryFolder()
    try FileManager.default.createDirectory(atPath: folder.child(".git"), withIntermediateDirectories: true)
    let tree = WorkTree(directory: folder.path, gitDirectory: folder.child(".git"))
    let big = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    try tree.replace("segment", with: big)
    try tree.append("segment", Data("tail\n".utf8))
    #expect(tree.read("segment") == big + Data("tail\n".utf8))
    #expect(tree.read("absent") == nil)
    #expect(tree.read(".git") == nil)
  }

  @Test func aLockInAFolderThatIsNotThereSaysWhichCallFailedAndWhy() throws {
    let folder = TemporaryFolder()
    let gitDirectory = folder.child("no/such/.git")
    let error = #expect(throws: WorkspaceError.self) {
      try WorkspaceLock.acquire(gitDirectory: gitDirectory, workspace: folder.child("no/such"))
    }
    #expect(
      error
        == .lockFailed(path: gitDirectory + "/labrun.lock", reason: "open failed: No such file or directory (errno 2)"))
  }

  @Test func aWorkTreeProblemAfterACommitNamesTheErrno() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 1)
    let progress = workspace.path + "/README.md"
    try FileManager.default.removeItem(atPath: progress)
    try FileManager.default.createDirectory(atPath: progress + "/in-the-way", withIntermediateDirectories: true)
    let saved = try workspace.append(Fixture.command(1), progressPage: "# changed\n", time: Fixture.start + 5)
    #expect(
      saved.workTreeProblem?.contains("\(progress): rename failed: Is a directory (errno 21)") == true, "\(saved)")
  }
}
