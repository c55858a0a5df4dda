import Foundation
import Labs

/// libFuzzer target over lab-file loading: each input is one lab's lab.yaml (its bytes, valid UTF-8
/// or not), loaded beside the course's base world and step files, as `labrun validate` would.
enum LabFileFuzz {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("labs").path

  /// The course's base world and a step file every step may name.
  nonisolated(unsafe) static let base: [String: String] = {
    var files = ["/labs/fuzz/step.md": "Do it.\n"]
    for name in ["01.md", "02.md", "03.md"] { files["/labs/fuzz/\(name)"] = "Do it.\n" }
    let world = FileManager.default.contents(atPath: root + "/course.world.yaml").map {
      String(decoding: $0, as: UTF8.self)
    }
    files["/labs/course.world.yaml"] = world ?? ""
    return files
  }()

  static func run(_ bytes: [UInt8]) {
    var files = base
    var unreadable: [String: LabFileContents] = [:]
    switch LabFileContents.decoding(bytes) {
    case .text(let text): files["/labs/fuzz/lab.yaml"] = text
    case let other: unreadable["/labs/fuzz/lab.yaml"] = other
    }
    let memory = InMemoryLabFiles(files, unreadable: unreadable)
    let catalog = Catalog(root: "/labs", files: memory)
    // Never skipped in silence: a lab.yaml that is there is a lab folder, loaded or reported.
    precondition(catalog.labFolders.contains("fuzz"), "the lab folder was skipped")
    if case .failure(let problems) = LabLoader(files: memory).load(folder: "/labs/fuzz") {
      precondition(!problems.diagnostics.isEmpty, "refused without a diagnostic")
    }
  }
}

#if FUZZING
  /// The entry libFuzzer's driver calls with each input.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    LabFileFuzz.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
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

@main struct LabFileFuzzMain {
  static func main() {
    #if FUZZING
      var argc = CommandLine.argc
      var argv = CommandLine.unsafeArgv
      exit(
        runFuzzerDriver(&argc, &argv) { data, size in
          LabFileFuzz.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
          return 0
        })
    #else
      // Without libFuzzer: runs each file named on the command line once, to replay a finding.
      for path in CommandLine.arguments.dropFirst() {
        LabFileFuzz.run(Array(FileManager.default.contents(atPath: path) ?? Data()))
      }
    #endif
  }
}
