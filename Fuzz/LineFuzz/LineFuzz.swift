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

  static func run(_ bytes: [UInt8]) {
    guard !attempts.isEmpty else { fatalError("no labs found for the fuzzer; set LABRUN_LABS") }
    var attempt = attempts[Int(bytes.first ?? 0) % attempts.count]
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(64) {
      let output = attempt.run(String(line))
      // The invariant replay rests on: the stored form of a line runs the same way.
      _ = output.status
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
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    LineFuzz.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  }
#else
  /// Without libFuzzer: runs each file named on the command line once, to replay a finding.
  @main struct LineFuzzMain {
    static func main() {
      for path in CommandLine.arguments.dropFirst() {
        LineFuzz.run(Array(FileManager.default.contents(atPath: path) ?? Data()))
      }
    }
  }
#endif
