import Foundation
import SystemPackage

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

  /// A segment is closed once it holds this many bytes (`SegmentLayout` says how it fills: a small
  /// tail takes each line, and folds move the tail's lines into the segment before it), so a save
  /// rewrites a few small blobs instead of the whole transcript. Segments sit beside the other
  /// files rather than in a folder: a subtree would be one more object, and every object costs a
  /// file creation and two fsyncs per save.
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
    read(atPath: path(name))
  }

  /// The bytes of the file at `fullPath` (say, in the `.git` folder), or nil when it cannot be read.
  func read(atPath fullPath: String) -> Data? {
    let file = FilePath(fullPath)
    guard let descriptor = try? FileDescriptor.open(file, .readOnly, options: .closeOnExec) else { return nil }
    defer { try? descriptor.close() }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      guard let count = try? buffer.withUnsafeMutableBytes({ try descriptor.read(into: $0) }) else { return nil }
      if count == 0 { return data }
      data.append(contentsOf: buffer[0..<count])
    }
  }

  /// The bytes of the regular file at `fullPath` when it holds at most `limit` of them; nil for
  /// anything else. For caches in the `.git` folder: a symbolic link is not followed, and a FIFO or
  /// device there neither blocks nor streams without end.
  func readRegularFile(atPath fullPath: String, limit: Int) -> Data? {
    let file = FilePath(fullPath)
    guard
      let descriptor = try? FileDescriptor.open(file, .readOnly, options: [.closeOnExec, .noFollow, .nonBlocking])
    else { return nil }
    defer { try? descriptor.close() }
    guard let size = FileSystemCalls.regularFileSize(descriptor), size <= limit else { return nil }
    var data = Data(count: size)
    var filled = 0
    while filled < size {
      let count = try? data.withUnsafeMutableBytes { all in
        try descriptor.read(into: UnsafeMutableRawBufferPointer(rebasing: all[filled...]))
      }
      guard let count, count > 0 else { return nil }
      filled += count
    }
    return data
  }

  /// Replaces the file in one step (write a temporary file, rename it over), so readers never see half.
  func replace(_ name: String, with data: Data) throws {
    try replace(FilePath(path(name)), temporaryName: "labrun-tmp-" + name, with: data)
  }

  /// Replaces a file of the `.git` folder in one step, as `replace` does a file of the tree.
  func replaceInGitDirectory(_ name: String, with data: Data) throws {
    try replace(FilePath(gitDirectory).appending(name), temporaryName: "labrun-tmp-" + name, with: data)
  }

  private func replace(_ target: FilePath, temporaryName: String, with data: Data) throws {
    let temporary = FilePath(gitDirectory).appending(temporaryName)
    do {
      // A half-written temporary left behind would hold on to the space the next commit needs.
      try write(data, to: temporary, options: [.create, .truncate])
      try FileSystemCalls.rename(temporary, to: target)
    } catch {
      try? FileSystemCalls.unlink(temporary)
      throw error
    }
  }

  /// Appends to the file.
  func append(_ name: String, _ data: Data) throws {
    try write(data, to: FilePath(path(name)), options: .append)
  }

  private func write(_ data: Data, to file: FilePath, options: FileDescriptor.OpenOptions) throws {
    let descriptor = try FileError.wrapping("open", file) {
      try FileDescriptor.open(
        file, .writeOnly, options: options.union(.closeOnExec), permissions: FilePermissions(rawValue: 0o644))
    }
    do {
      _ = try data.withUnsafeBytes { try descriptor.writeAll($0) }
    } catch let errno as Errno {
      try? descriptor.close()
      throw FileError(function: "write", path: file, errno: errno)
    }
    try FileError.wrapping("close", file) { try descriptor.close() }
  }
}
