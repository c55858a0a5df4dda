import Foundation
import Testing

/// `labrun validate` over a labs folder whose lab.yaml files cannot be read: each is an error with
/// its path and exit 65, never "No labs" and exit 0 (issue 18).
@Suite struct ValidateUnreadableTests {
  @Test func everyUnreadableLabIsReported() throws {
    let folder = try LabrunProcess.temporaryFolder("validate-unreadable")
    defer { try? FileManager.default.removeItem(at: folder) }
    let labs = folder.path + "/labs"
    for name in ["folder", "loop", "zero", "latin1"] {
      try FileManager.default.createDirectory(atPath: labs + "/" + name, withIntermediateDirectories: true)
    }
    try FileManager.default.createDirectory(atPath: labs + "/folder/lab.yaml", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: labs + "/loop/lab.yaml", withDestinationPath: labs + "/loop/x")
    try FileManager.default.createSymbolicLink(atPath: labs + "/loop/x", withDestinationPath: labs + "/loop/lab.yaml")
    try FileManager.default.createSymbolicLink(atPath: labs + "/zero/lab.yaml", withDestinationPath: "/dev/zero")
    try Data(Array("id: latin1\ntitle: Caf".utf8) + [0xE9, 0x0A]).write(
      to: URL(fileURLWithPath: labs + "/latin1/lab.yaml"))
    let result = try LabrunProcess.run(["validate", "--labs", labs])
    #expect(result.status == 65)
    #expect(result.stdout == "")
    #expect(
      result.stderr == """
        \(labs)/folder/lab.yaml:1:1: error: lab.yaml cannot be read: it is a folder, not a file
        \(labs)/latin1/lab.yaml:2:11: error: lab.yaml cannot be read: it is not valid UTF-8 (byte 0xE9); save it as UTF-8
        \(labs)/loop/lab.yaml:1:1: error: lab.yaml cannot be read: it is a loop of symbolic links
        \(labs)/zero/lab.yaml:1:1: error: lab.yaml cannot be read: it is a device, pipe or socket, not a file
        labrun: error: 4 of 4 labs have mistakes.

        """)
  }
}
