import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `labrun` with a pseudo-terminal for standard input and output (standard error stays a pipe), so
/// it behaves as on a learner's terminal.
final class TerminalLabrun: @unchecked Sendable {
  private let process = Process()
  private let master: Int32
  private let errors = Pipe()
  private let lock = NSLock()
  private var seen = Data()
  /// How much of `seen` came before the last thing typed.
  private var consumed = 0
  private var closed = false
  private let reader = DispatchGroup()

  init(_ arguments: [String], environment: [String: String]) throws {
    master = PseudoTerminal.openMaster(O_RDWR | O_NOCTTY)
    guard master >= 0, PseudoTerminal.grant(master) == 0, PseudoTerminal.unlock(master) == 0,
      let name = PseudoTerminal.slaveName(master)
    else { throw POSIXError(.ENOTTY) }
    let slave = open(name, O_RDWR | O_NOCTTY)
    guard slave >= 0 else { throw POSIXError(.ENOTTY) }
    let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
    process.executableURL = LabrunProcess.executable
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["TERM"] = "dumb"
    env.removeValue(forKey: "LABRUN_LABS")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    process.standardInput = handle
    process.standardOutput = handle
    process.standardError = errors
    try process.run()
    try handle.close()
    // Drain the terminal all along: a full one would stop labrun writing.
    reader.enter()
    Thread.detachNewThread { [self] in
      var buffer = [UInt8](repeating: 0, count: 4096)
      while true {
        let count = read(master, &buffer, buffer.count)
        if count <= 0 { break }
        lock.lock()
        seen.append(contentsOf: buffer[0..<count])
        lock.unlock()
      }
      lock.lock()
      closed = true
      lock.unlock()
      reader.leave()
    }
  }

  deinit { close(master) }

  /// Waits until the terminal has shown `prompt` after what was typed before, then types `text`.
  func type(_ text: String, after prompt: String, timeout: TimeInterval = 120) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      lock.lock()
      let shown = String(decoding: seen[consumed...], as: UTF8.self)
      let done = closed
      if shown.hasSuffix(prompt) { consumed = seen.count }
      lock.unlock()
      if shown.hasSuffix(prompt) {
        let bytes = Array(text.utf8)
        return write(master, bytes, bytes.count) == bytes.count
      }
      if done { return false }
      usleep(20_000)
    }
    return false
  }

  /// Waits for the exit.
  func finish() -> LabrunProcess.Result {
    let errorText = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    _ = reader.wait(timeout: .now() + 10)
    lock.lock()
    defer { lock.unlock() }
    return LabrunProcess.Result(
      status: process.terminationStatus, stdout: String(decoding: seen, as: UTF8.self),
      stderr: String(decoding: errorText, as: UTF8.self))
  }
}

/// glibc's pseudo-terminal calls, which Swift's Glibc module does not declare (they need
/// `_XOPEN_SOURCE`), looked up by name.
enum PseudoTerminal {
  private static func function<T>(_ name: String, _ type: T.Type) -> T {
    guard let symbol = dlsym(nil, name) else { fatalError("\(name) is not in the C library") }
    return unsafeBitCast(symbol, to: type)
  }

  nonisolated(unsafe) static let openMaster = function("posix_openpt", (@convention(c) (Int32) -> Int32).self)
  nonisolated(unsafe) static let grant = function("grantpt", (@convention(c) (Int32) -> Int32).self)
  nonisolated(unsafe) static let unlock = function("unlockpt", (@convention(c) (Int32) -> Int32).self)
  nonisolated(unsafe) static let slaveName = function(
    "ptsname", (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
}
