import Labs

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `labrun list`'s memo of lab summaries, kept in the user's cache folder:
/// `$XDG_CACHE_HOME/labrun/lab-summaries`, else `~/.cache/labrun/lab-summaries`.
///
/// Only a cache: a missing, damaged or unwritable file, one another build wrote, one larger than
/// `sizeLimit` or one another user owns (a shared `XDG_CACHE_HOME`) means the labs are parsed as
/// before, and nothing is said about it.
///
/// Read and written with plain system calls: Foundation's file manager costs a listing more to set
/// up than reading the file does (docs/performance.md).
struct SummaryCache {
  let memo: SummaryMemoFile
  let path: String

  /// Larger than 64 summaries ever make it: such a file is not this cache.
  static let sizeLimit = 1 << 20

  /// The cache of this build of labrun, or nil when there is no build id or no cache folder.
  static func open(environment: [String: String]) -> SummaryCache? {
    guard let build = BuildIdentity.current, let folder = folder(environment) else { return nil }
    let path = folder + "/lab-summaries"
    return SummaryCache(memo: SummaryMemoFile(build: build, bytes: ownFile(at: path)), path: path)
  }

  /// The cache folder the XDG base directory specification gives; relative paths are ignored, as it asks.
  static func folder(_ environment: [String: String]) -> String? {
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/labrun" }
    if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/labrun" }
    return nil
  }

  /// Writes what this run parsed, when it parsed anything: a temporary file of this process renamed
  /// over the old one, so a reader meets the old file or the new one, never half of one.
  func save() {
    guard memo.changed else { return }
    let bytes = memo.bytes()
    guard !bytes.isEmpty, let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
    guard Self.makeFolders(String(path[..<slash])) else { return }
    let temporary = path + ".\(getpid()).tmp"
    let descriptor = openFile(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return }
    let written = writeAll(bytes, to: descriptor) == nil
    if close(descriptor) != 0 || !written || rename(temporary, path) != 0 { unlink(temporary) }
  }

  /// The bytes of the regular file at `path` when this user owns it and it is at most `sizeLimit`.
  static func ownFile(at path: String) -> [UInt8]? {
    let descriptor = openFile(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_uid == geteuid(),
      status.st_size <= sizeLimit
    else { return nil }
    var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
    var filled = 0
    while filled < bytes.count {
      let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return nil }
      filled += count
    }
    return bytes
  }

  /// Makes `folder` and any parents missing, each readable by this user only (as the XDG
  /// specification asks of a folder it creates); false when it is not a folder afterwards.
  private static func makeFolders(_ folder: String) -> Bool {
    if mkdir(folder, 0o700) == 0 { return true }
    switch errno {
    case EEXIST:
      var status = stat()
      return stat(folder, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    case ENOENT:
      guard let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")), slash != folder.utf8.startIndex,
        makeFolders(String(folder[..<slash]))
      else { return false }
      return mkdir(folder, 0o700) == 0 || errno == EEXIST
    default:
      return false
    }
  }
}

/// `open(2)`, named apart from `SummaryCache.open(environment:)`.
private func openFile(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
  #if canImport(Glibc)
    Glibc.open(path, flags, mode)
  #else
    Darwin.open(path, flags, mode)
  #endif
}
