import Foundation

/// Runs the built `labrun` binary as a user would and collects what it printed.
struct LabrunProcess {
  struct Result {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  /// The `labrun` executable built beside this test bundle.
  static let executable: URL = {
    let candidates = [
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")).map(URL.init(fileURLWithPath:)),
      Bundle.main.executableURL,
      Bundle.main.bundleURL,
    ]
    for candidate in candidates.compactMap({ $0 }) {
      var folder = candidate.deletingLastPathComponent()
      for _ in 0..<4 {
        let binary = folder.appendingPathComponent("labrun")
        if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        folder = folder.deletingLastPathComponent()
      }
    }
    fatalError("the labrun binary was not found beside the test bundle; build it with `swift build` first")
  }()

  /// Runs `labrun` with `arguments` in `directory`, feeding `input` on standard input.
  static func run(
    _ arguments: [String], in directory: String? = nil, environment: [String: String] = [:], input: String = "",
    binary: URL = executable
  ) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env.removeValue(forKey: "LABRUN_LABS")
    // `labrun list` keeps a cache of lab summaries: in the tests' own folder, not the user's.
    env["XDG_CACHE_HOME"] = cacheFolder
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self)
    )
  }

  /// The cache folder every run of the tests gets (`XDG_CACHE_HOME`), one for the test process.
  static let cacheFolder = FileManager.default.temporaryDirectory
    .appendingPathComponent("labrun-e2e-cache-\(ProcessInfo.processInfo.processIdentifier)").path

  /// A fresh temporary folder, removed by the caller.
  static func temporaryFolder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("labrun-e2e-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
