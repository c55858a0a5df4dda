import Foundation
import SystemPackage

/// git's lock on the index: `index.lock`, created exclusively (so a running git command makes this
/// fail rather than be overwritten), written and renamed over the index by `commit`; removed
/// unused if the holder goes away first.
final class IndexLock {
  private let indexPath: String
  private let lock: FilePath
  private var descriptor: FileDescriptor?

  init(indexPath: String) throws {
    self.indexPath = indexPath
    lock = FilePath(indexPath + ".lock")
    descriptor = try FileError.wrapping("open", lock) {
      try FileDescriptor.open(
        lock, .writeOnly, options: [.create, .exclusiveCreate, .closeOnExec],
        permissions: FilePermissions(rawValue: 0o666))
    }
  }

  /// Writes `bytes` as the new index and renames it into place; `durable` fsyncs the file and
  /// its folder, as libgit2 does when labrun asks it to.
  func commit(_ bytes: [UInt8], durable: Bool) throws {
    guard let descriptor else { return }
    self.descriptor = nil
    do {
      do {
        _ = try bytes.withUnsafeBytes { try descriptor.writeAll($0) }
        if durable && fsync(descriptor.rawValue) != 0 { throw Errno(rawValue: errno) }
      } catch let errno as Errno {
        try? descriptor.close()
        throw FileError(function: "write", path: lock, errno: errno)
      }
      try FileError.wrapping("close", lock) { try descriptor.close() }
      try FileSystemCalls.rename(lock, to: FilePath(indexPath))
    } catch {
      try? FileSystemCalls.unlink(lock)
      throw error
    }
    if durable {
      let folder = FilePath(indexPath).removingLastComponent()
      if let directory = try? FileDescriptor.open(folder, .readOnly, options: .closeOnExec) {
        defer { try? directory.close() }
        if fsync(directory.rawValue) != 0 {
          throw FileError(function: "fsync", path: folder, errno: Errno(rawValue: errno))
        }
      }
    }
  }

  deinit {
    if let descriptor {
      try? descriptor.close()
      try? FileSystemCalls.unlink(lock)
    }
  }
}
