import Foundation
import Testing

@testable import Workspace

@Suite struct GitLibraryTests {
  @Test func reportsAVersionOfLibgit2() {
    let parts = GitLibrary.version.split(separator: ".")
    #expect(parts.count == 3)
    #expect(parts.allSatisfy { Int($0) != nil })
    #expect(Int(parts[0])! >= 1)
  }

  @Test func createsAndReopensARepository() throws {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent(
        "labrun-git-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
    defer { try? FileManager.default.removeItem(at: dir) }

    let created = try Repository.create(at: dir.path)
    #expect(created.isEmpty)
    #expect(!created.isBare)
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(".git/HEAD").path))

    let reopened = try Repository.open(at: dir.path)
    #expect(reopened.gitDirectory.hasSuffix(".git/"))
  }

  @Test func openingAFolderThatIsNotARepositoryThrowsNotFound() throws {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("labrun-nogit-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }

    let error = #expect(throws: GitError.self) { try Repository.open(at: dir.path) }
    #expect(error?.function == "git_repository_open_ext")
    #expect(error?.isNotFound == true)
  }
}
