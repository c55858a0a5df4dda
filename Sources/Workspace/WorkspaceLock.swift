import Foundation

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
  private var descriptor: Int32

  private init(path: String, descriptor: Int32) {
    self.path = path
    self.descriptor = descriptor
  }

  deinit {
    release()
  }

  /// Takes the lock in `gitDirectory`, returning the holder that died without releasing it, if any.
  static func acquire(gitDirectory: String, workspace: String) throws -> (WorkspaceLock, stale: LockHolder?) {
    let path = gitDirectory.hasSuffix("/") ? gitDirectory + fileName : gitDirectory + "/" + fileName
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw WorkspaceError.lockFailed(path: path, reason: String(cString: strerror(errno)))
    }
    guard tryLock(fd) else {
      let code = errno
      defer { close(fd) }
      if code == EWOULDBLOCK {
        throw WorkspaceError.locked(path: workspace, holder: readHolder(fd, retries: 10))
      }
      throw WorkspaceError.lockFailed(path: path, reason: String(cString: strerror(code)))
    }
    let stale = readHolder(fd, retries: 0)
    let lock = WorkspaceLock(path: path, descriptor: fd)
    var text = try JSONEncoder.sorted.encode(LockHolder.current)
    text.append(0x0A)
    let written = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    guard written == text.count, ftruncate(fd, off_t(text.count)) == 0 else {
      throw WorkspaceError.lockFailed(path: path, reason: String(cString: strerror(errno)))
    }
    return (lock, stale)
  }

  /// Tries for a short while: a process that forks (to run any program) holds a copy of every
  /// descriptor until its child execs, so a lock just released can stay taken for a moment.
  private static func tryLock(_ fd: Int32) -> Bool {
    for _ in 0..<20 {
      if flock(fd, LOCK_EX | LOCK_NB) == 0 { return true }
      guard errno == EWOULDBLOCK else { return false }
      usleep(10_000)
    }
    errno = EWOULDBLOCK
    return false
  }

  /// Empties the file and drops the lock; later calls do nothing.
  func release() {
    guard descriptor >= 0 else { return }
    _ = ftruncate(descriptor, 0)
    close(descriptor)
    descriptor = -1
  }

  /// The holder named in the file; retried briefly because a new holder may not have written it yet.
  private static func readHolder(_ fd: Int32, retries: Int) -> LockHolder? {
    for attempt in 0...retries {
      var buffer = [UInt8](repeating: 0, count: 512)
      let count = pread(fd, &buffer, buffer.count, 0)
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
