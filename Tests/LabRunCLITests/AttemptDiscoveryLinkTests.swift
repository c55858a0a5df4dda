import Foundation
import Testing

@testable import LabRunCLI

/// A path given to `labrun grade` that is a loop of symbolic links or a link to nothing is said to be
/// one, not "no such file" (issue 18).
@Suite struct AttemptDiscoveryLinkTests {
  @Test func linksThatLeadNowhereSaySo() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labrun-links-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/a", withDestinationPath: folder.path + "/b")
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/b", withDestinationPath: folder.path + "/a")
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/d", withDestinationPath: folder.path + "/gone")
    let found = AttemptDiscovery.find(["a", "d", "missing"], currentDirectory: folder.path)
    #expect(found.repositories.isEmpty)
    #expect(
      found.problems.map(\.reason) == [
        "it is a loop of symbolic links; point the link at a workspace",
        "it is a symbolic link to nothing; point the link at a workspace",
        "there is no such file or folder",
      ])
  }
}
