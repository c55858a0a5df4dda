import Foundation
import Testing

@testable import LabRunCLI
@testable import Labs

/// What the disk holds where a lab.yaml should be, as `labrun validate` reads it (issue 18).
@Suite struct DiskLabFilesTests {
  @Test func unreadableLabFilesSayWhy() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labrun-disk-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.path
    try FileManager.default.createDirectory(atPath: path + "/folder", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: path + "/loop-a", withDestinationPath: path + "/loop-b")
    try FileManager.default.createSymbolicLink(atPath: path + "/loop-b", withDestinationPath: path + "/loop-a")
    try FileManager.default.createSymbolicLink(atPath: path + "/zero", withDestinationPath: "/dev/zero")
    try FileManager.default.createSymbolicLink(atPath: path + "/dangling", withDestinationPath: path + "/gone")
    try Data([0x69, 0x64, 0x3A, 0x20, 0xFF, 0x0A]).write(to: folder.appendingPathComponent("latin1"))
    try Data("id: ok\n".utf8).write(to: folder.appendingPathComponent("good"))
    let files = DiskLabFiles()
    #expect(files.contents(at: path + "/good") == .text("id: ok\n"))
    #expect(files.contents(at: path + "/missing") == .missing)
    #expect(
      files.contents(at: path + "/folder") == .unreadable(reason: "it is a folder, not a file", line: 1, column: 1))
    #expect(
      files.contents(at: path + "/loop-a") == .unreadable(reason: "it is a loop of symbolic links", line: 1, column: 1))
    #expect(
      files.contents(at: path + "/zero")
        == .unreadable(reason: "it is a device, pipe or socket, not a file", line: 1, column: 1))
    #expect(
      files.contents(at: path + "/dangling")
        == .unreadable(reason: "it is a symbolic link to nothing", line: 1, column: 1))
    #expect(
      files.contents(at: path + "/latin1")
        == .unreadable(reason: "it is not valid UTF-8 (byte 0xFF); save it as UTF-8", line: 1, column: 5))
  }
}
