import Foundation
import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// The process that holds a workspace: its id and the host it runs on.
public struct LockHolder: Codable, Hashable, Sendable, CustomStringConvertible {
  public var pid: Int32
  public var host: String

  public init(pid: Int32, host: String) {
    self.pid = pid
    self.host = host
  }

  /// This process.
  public static var current: LockHolder {
    var buffer = [UInt8](repeating: 0, count: 256)
    let ok = buffer.withUnsafeMutableBufferPointer { raw in
      raw.withMemoryRebound(to: CChar.self) { gethostname($0.baseAddress!, $0.count - 1) == 0 }
    }
    let host = ok ? String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self) : "unknown-host"
    return LockHolder(pid: getpid(), host: host)
  }

  public var description: String { "process \(pid) on \(host)" }
}

/// An exclusive lock on a workspace, held from open to close.
///
/// The lock is an `flock` on `.git/labrun.lock`: the kernel drops it when its process dies, so a lock
/// left by a crashed or killed labrun is free again at once and taking it over needs no guessing from
/// pids. The file's text names the holder so a refused opener can say who has the workspace. It is
/// emptied on a clean release, so text found by a new holder means the previous one died.
final class WorkspaceLock {
  static let fileName = "labrun.lock"

  let path: String
  private var descriptor: FileDescriptor?

  private init(path: String, descriptor: FileDescriptor) {
    self.path = path
    self.descriptor = descriptor
  }

  deinit {
    release()
  }

  /// Takes the lock in `gitDirectory`, returning the holder that died without releasing it, if any.
  static func acquire(gitDirectory: String, workspace: String) throws -> (WorkspaceLock, stale: LockHolder?) {
    let path = gitDirectory.hasSuffix("/") ? gitDirectory + fileName : gitDirectory + "/" + fileName
    let file = FilePath(path)
    func failed(_ error: FileError) -> WorkspaceError { .lockFailed(path: path, reason: error.reason) }
    let descriptor: FileDescriptor
    do {
      descriptor = try FileError.wrapping("open", file) {
        try FileDescriptor.open(
          file, .readWrite, options: [.create, .closeOnExec], permissions: FilePermissions(rawValue: 0o644))
      }
    } catch let error as FileError {
      throw failed(error)
    }
    let taken: Bool
    do {
      taken = try tryLock(descriptor, file)
    } catch let error as FileError {
      try? descriptor.close()
      throw failed(error)
    }
    guard taken else {
      defer { try? descriptor.close() }
      throw WorkspaceError.locked(path: workspace, holder: readHolder(descriptor, retries: 10))
    }
    let stale = readHolder(descriptor, retries: 0)
    // From here on, the lock object owns the descriptor: a failure below releases it in deinit.
    let lock = WorkspaceLock(path: path, descriptor: descriptor)
    var text = try JSONEncoder.sorted.encode(LockHolder.current)
    text.append(0x0A)
    do {
      try FileError.wrapping("pwrite", file) {
        _ = try text.withUnsafeBytes { try descriptor.writeAll(toAbsoluteOffset: 0, $0) }
      }
      try FileError.wrapping("ftruncate", file) { try descriptor.resize(to: Int64(text.count)) }
    } catch let error as FileError {
      throw failed(error)
    }
    return (lock, stale)
  }

  /// Whether another process holds the lock in `gitDirectory` right now, and who (nil when its file
  /// cannot be read yet); nothing is written, so a workspace only looked at is left as it was.
  static func probe(gitDirectory: String) -> (held: Bool, holder: LockHolder?) {
    let path = gitDirectory.hasSuffix("/") ? gitDirectory + fileName : gitDirectory + "/" + fileName
    let file = FilePath(path)
    guard let descriptor = try? FileDescriptor.open(file, .readOnly, options: [.closeOnExec]) else {
      return (false, nil)
    }
    defer { try? descriptor.close() }
    guard let taken = try? tryLock(descriptor, file), !taken else { return (false, nil) }
    return (true, readHolder(descriptor, retries: 10))
  }

  /// Tries for a short while: a process that forks (to run any program) holds a copy of every
  /// descriptor until its child execs, so a lock just released can stay taken for a moment.
  private static func tryLock(_ descriptor: FileDescriptor, _ file: FilePath) throws -> Bool {
    for attempt in 0..<20 {
      if try FileSystemCalls.tryLockExclusively(descriptor, path: file) { return true }
      if attempt < 19 { usleep(10_000) }
    }
    return false
  }

  /// Empties the file and drops the lock; later calls do nothing.
  func release() {
    guard let descriptor else { return }
    try? descriptor.resize(to: 0)
    try? descriptor.close()
    self.descriptor = nil
  }

  /// The holder named in the file; retried briefly because a new holder may not have written it yet.
  private static func readHolder(_ descriptor: FileDescriptor, retries: Int) -> LockHolder? {
    for attempt in 0...retries {
      var buffer = [UInt8](repeating: 0, count: 512)
      let count = (try? buffer.withUnsafeMutableBytes { try descriptor.read(fromAbsoluteOffset: 0, into: $0) }) ?? 0
      if count > 0, let holder = try? JSONDecoder().decode(LockHolder.self, from: Data(buffer[0..<count])) {
        return holder
      }
      if attempt < retries { usleep(5_000) }
    }
    return nil
  }
}

extension JSONEncoder {
  /// An encoder with sorted keys, so stored JSON never depends on dictionary order.
  static var sorted: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }
}
