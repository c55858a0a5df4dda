import Foundation

/// The class's HTML grade report, made by `labrun grade` itself over the data folder, so the
/// dashboard shows exactly what the instructor's own grading would.
struct GradeReportRunner: Sendable {
  let configuration: ClassroomConfiguration

  /// Runs `labrun grade DATA/workspaces --labs LABS --format html --lang LANG` (the server's
  /// language) and returns its output.
  func html() async throws -> String {
    let labrun = configuration.labrunPath ?? Self.besideServer()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: labrun)
    process.arguments = [
      "grade", configuration.dataPath + "/workspaces", "--labs", configuration.labsPath, "--format", "html",
      "--lang", configuration.language.rawValue,
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return
        "<p>The grade report needs the labrun binary at \(labrun): \(error.localizedDescription). Start the server with --labrun PATH.</p>"
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// `labrun` in the folder of the running `labrun-server`, as `swift build` places both.
  static func besideServer() -> String {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    return executable.deletingLastPathComponent().appendingPathComponent("labrun").path
  }
}
