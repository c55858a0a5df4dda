import Foundation
import Labs
import Shell

/// libFuzzer target over lines typed in a lab: each input is split into lines and run, in order, in
/// an attempt at one of the course's labs (the input's first byte picks the lab). Crashes, hangs
/// (`-timeout`) and growth (`-rss_limit_mb`) are what it looks for; see scripts/fuzz.sh.
enum LineFuzz {
  /// A fresh attempt at every lab of the course, made once and copied for each input.
  nonisolated(unsafe) static let attempts: [Attempt] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("labs").path
    let catalog = Catalog(root: ProcessInfo.processInfo.environment["LABRUN_LABS"] ?? root, files: FuzzLabFiles())
    return catalog.labFolders.compactMap { id in
      guard case .success(let lab) = catalog.load(id) else { return nil }
      return try? Attempt(lab: lab)
    }
  }()

  /// Lines run so far, printed at exit so a campaign can say how many lines it ran.
  nonisolated(unsafe) static var linesRun = 0
  nonisolated(unsafe) static var slowestLine: (Double, String) = (0, "")

  static func run(_ bytes: [UInt8]) {
    if linesRun == 0 {
      atexit {
        let slowest = LineFuzz.slowestLine
        FileHandle.standardError.write(
          Data(
            "labrun-fuzz-line: \(LineFuzz.linesRun) lines run; slowest \(slowest.0) s: \(slowest.1.prefix(120))\n".utf8)
        )
      }
    }
    guard !attempts.isEmpty else { fatalError("no labs found for the fuzzer; set LABRUN_LABS") }
    var attempt = attempts[Int(bytes.first ?? 0) % attempts.count]
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(64) {
      let started = ContinuousClock.now
      _ = attempt.run(String(line))
      let seconds = (ContinuousClock.now - started) / .seconds(1)
      if seconds > slowestLine.0 { slowestLine = (seconds, String(line)) }
      linesRun += 1
    }
  }
}

/// Lab files read with Foundation, for the fuzzers only (the library itself never reads the disk).
struct FuzzLabFiles: LabFiles {
  func entries(in path: String) -> [String]? { try? FileManager.default.contentsOfDirectory(atPath: path) }
  func text(at path: String) -> String? {
    FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
  }
}

#if FUZZING
  /// The entry libFuzzer's driver calls with each input.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    LineFuzz.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
  }
#endif

/// libFuzzer's driver, called from this target's own `main` (SwiftPM names every executable's entry
/// point itself, so libFuzzer's `main` cannot be the one).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@main struct LineFuzzMain {
  static func main() {
    #if FUZZING
      var argc = CommandLine.argc
      var argv = CommandLine.unsafeArgv
      exit(
        runFuzzerDriver(&argc, &argv) { data, size in
          LineFuzz.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
          return 0
        })
    #else
      // Without libFuzzer: runs each file named on the command line once, to replay a finding.
      for path in CommandLine.arguments.dropFirst() {
        LineFuzz.run(Array(FileManager.default.contents(atPath: path) ?? Data()))
      }
    #endif
  }
}
