import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// The calls swift-system has no wrapper for (rename, unlink, fstat and flock), each made once here and
/// its `errno` read in the same breath, before anything else can overwrite it.
enum FileSystemCalls {
  /// Moves `source` to `destination` in one step (rename(2)): a file replaces a file, a folder an
  /// empty folder; a reader sees the old or the new one, never half of either.
  static func rename(_ source: FilePath, to destination: FilePath) throws {
    let code: Int32? = source.withPlatformString { from in
      destination.withPlatformString { to in Glibc.rename(from, to) == 0 ? nil : Glibc.errno }
    }
    if let code { throw FileError(function: "rename", path: destination, errno: Errno(rawValue: code)) }
  }

  /// Removes the file (unlink(2)).
  static func unlink(_ path: FilePath) throws {
    let code: Int32? = path.withPlatformString { Glibc.unlink($0) == 0 ? nil : Glibc.errno }
    if let code { throw FileError(function: "unlink", path: path, errno: Errno(rawValue: code)) }
  }

  /// The size of the open file when it is a regular file (fstat(2)), else nil.
  static func regularFileSize(_ descriptor: FileDescriptor) -> Int? {
    var info = stat()
    guard fstat(descriptor.rawValue, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    return Int(exactly: info.st_size)
  }

  /// Takes an exclusive flock(2) on the open file without waiting: true when taken, false when another
  /// open file description holds it.
  static func tryLockExclusively(_ descriptor: FileDescriptor, path: FilePath) throws -> Bool {
    if flock(descriptor.rawValue, LOCK_EX | LOCK_NB) == 0 { return true }
    let errno = Errno(rawValue: Glibc.errno)
    if errno == .wouldBlock { return false }
    throw FileError(function: "flock", path: path, errno: errno)
  }
}
