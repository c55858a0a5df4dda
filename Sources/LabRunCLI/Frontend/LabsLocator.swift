import Foundation

/// Finds the labs folder: `--labs`, then `LABRUN_LABS`, then the folder bundled with the binary.
///
/// The bundled folder is found from the executable's own location, so `labrun` works from any
/// working directory: after `swift build` it is `labs/` beside `Package.swift` in an ancestor of
/// `.build/…/labrun`; after an install to a prefix it is `PREFIX/share/labrun/labs`.
struct LabsLocator {
  /// Answers whether a folder exists at a path; replaced in tests.
  var isDirectory: (String) -> Bool = { path in
    var isDir: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
  }
  /// Answers whether a file exists at a path; replaced in tests.
  var fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }

  /// The labs folder to use, or a usage failure naming the folder that is missing.
  func locate(explicit: String?, environment: [String: String], executablePath: String?) throws -> String {
    if let explicit, !explicit.isEmpty {
      return try existing(explicit, source: "--labs")
    }
    if let fromEnvironment = environment["LABRUN_LABS"], !fromEnvironment.isEmpty {
      return try existing(fromEnvironment, source: "LABRUN_LABS")
    }
    if let executablePath, let bundled = bundled(near: executablePath) {
      return bundled
    }
    throw CLIFailure.usage(
      "could not find the labs that come with labrun; pass --labs DIR (or set LABRUN_LABS) to the folder that holds the lab folders."
    )
  }

  /// The bundled labs folder for an executable at `executablePath`, if there is one.
  func bundled(near executablePath: String) -> String? {
    var folder = URL(fileURLWithPath: executablePath).standardizedFileURL.deletingLastPathComponent()
    while true {
      let installed = folder.appendingPathComponent("share/labrun/labs").path
      if isDirectory(installed) { return installed }
      let checkout = folder.appendingPathComponent("labs").path
      if isDirectory(checkout) && fileExists(folder.appendingPathComponent("Package.swift").path) {
        return checkout
      }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { return nil }
      folder = parent
    }
  }

  private func existing(_ path: String, source: String) throws -> String {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    guard isDirectory(absolute) else {
      throw CLIFailure.usage(
        "labs folder '\(path)' (from \(source)) does not exist or is not a folder; point \(source) at a folder of lab folders."
      )
    }
    return absolute
  }

  /// The path of the running executable, with symbolic links resolved.
  static func currentExecutablePath() -> String? {
    if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return resolved
    }
    return Bundle.main.executablePath
  }
}
