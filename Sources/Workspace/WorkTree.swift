import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The names labrun uses inside a workspace.
enum WorkspaceFile {
  static let metadata = "labrun.json"
  /// Transcript segments are named `transcript-NNNNNN.jsonl` at the top of the work tree.
  static let segmentPrefix = "transcript-"
  static let segmentSuffix = ".jsonl"
  static let progress = "README.md"
  static let branch = "refs/heads/main"
  static let branchName = "main"
  static let remote = "origin"

  /// A segment is closed once it holds this many bytes; each save then rewrites one small blob
  /// instead of the whole transcript (hashing and compressing 400 KB took 3.5 ms of a 3 ms budget).
  /// Segments sit beside the other files rather than in a folder: a subtree would be one more object,
  /// and every object costs a file creation and two fsyncs per save.
  static let segmentLimit = 64 * 1024

  /// The name of segment `index`, e.g. `transcript-000003.jsonl`; zero-padded so names sort in order.
  static func segment(_ index: Int) -> String {
    let digits = String(index)
    return segmentPrefix + String(repeating: "0", count: max(0, 6 - digits.count)) + digits + segmentSuffix
  }

  /// True for names shaped like a segment's.
  static func isSegmentName(_ name: String) -> Bool {
    name.hasPrefix(segmentPrefix) && name.hasSuffix(segmentSuffix)
  }
}

/// A failed file operation in the work tree, with the path and the system's reason.
struct FileError: Error, CustomStringConvertible {
  var path: String
  var reason: String
  var description: String { "\(path): \(reason)" }

  static func errno(_ path: String) -> FileError {
    FileError(path: path, reason: String(cString: strerror(Glibc.errno)))
  }
}

/// The learner-visible copies of the committed files.
///
/// These are derived from HEAD: they are never fsynced and a crash may leave them behind or torn;
/// `Workspace.open` repairs them from the last commit.
struct WorkTree {
  /// The work tree folder, without a trailing slash.
  let directory: String
  /// The `.git` folder, for temporary files that must not show up in `git status`.
  let gitDirectory: String

  func path(_ name: String) -> String { directory + "/" + name }

  /// The file's bytes, or nil when it cannot be read.
  func read(_ name: String) -> Data? {
    FileManager.default.contents(atPath: path(name))
  }

  /// Replaces the file in one step (write a temporary file, rename it over), so readers never see half.
  func replace(_ name: String, with data: Data) throws {
    let temporary = gitDirectory + (gitDirectory.hasSuffix("/") ? "" : "/") + "labrun-tmp-" + name
    try write(data, to: temporary, flags: O_WRONLY | O_CREAT | O_TRUNC)
    guard rename(temporary, path(name)) == 0 else {
      let error = FileError.errno(path(name))
      unlink(temporary)
      throw error
    }
  }

  /// Appends to the file.
  func append(_ name: String, _ data: Data) throws {
    try write(data, to: path(name), flags: O_WRONLY | O_APPEND)
  }

  private func write(_ data: Data, to file: String, flags: Int32) throws {
    let fd = open(file, flags | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw FileError.errno(file) }
    defer { close(fd) }
    try data.withUnsafeBytes { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw FileError.errno(file)
        }
        offset += written
      }
    }
  }
}
