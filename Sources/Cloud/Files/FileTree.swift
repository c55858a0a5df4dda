/// One file, folder or device of a simulated host.
public struct FileEntry: Sendable, Equatable, Codable {
  /// What the entry is; a file holds its bytes (text as UTF-8).
  public enum Kind: Sendable, Equatable, Codable {
    case file([UInt8])
    case directory
    /// A character device such as `/dev/null`: reads give nothing, writes vanish.
    case device
  }

  /// The absolute, normalised path (`/home/ec2-user/policy.json`).
  public var path: String
  public var kind: Kind
  /// The owning user (`root` or the host's login user); the group has the same name.
  public var owner: String
  /// The permission bits, as `chmod` writes them (`0o644`), with the sticky bit for `/tmp`.
  public var mode: UInt16
  /// When the entry last changed, in simulated milliseconds since the epoch.
  public var modified: Int64

  public init(path: String, kind: Kind, owner: String, mode: UInt16, modified: Int64) {
    self.path = path
    self.kind = kind
    self.owner = owner
    self.mode = mode
    self.modified = modified
  }

  /// The size `ls -l` shows: a file's bytes; 0 for a device. A folder's size is its listing's,
  /// which `FileTree.size(of:)` works out.
  public var byteCount: Int {
    if case .file(let bytes) = kind { return bytes.count }
    return 0
  }

  public var isDirectory: Bool { kind == .directory }
}

/// The files of one simulated host, kept sorted by path so that every listing comes out in the
/// same order on every machine.
///
/// Paths given to it are absolute and normalised (no `.`, `..`, doubled or trailing slashes);
/// the shell resolves what the learner typed before it asks.
public struct FileTree: Sendable, Equatable, Codable {
  public private(set) var entries: [FileEntry]
  /// The bytes all files hold together.
  public private(set) var totalBytes: Int

  public init(_ entries: [FileEntry]) {
    self.entries = entries.sorted { $0.path < $1.path }
    self.totalBytes = entries.reduce(0) { $0 + $1.byteCount }
  }

  private func position(of path: String) -> (index: Int, found: Bool) {
    var low = 0
    var high = entries.count
    while low < high {
      let middle = (low + high) / 2
      if entries[middle].path < path { low = middle + 1 } else { high = middle }
    }
    return (low, low < entries.count && entries[low].path == path)
  }

  /// The entry at `path`, if there is one.
  public func entry(_ path: String) -> FileEntry? {
    let (index, found) = position(of: path)
    return found ? entries[index] : nil
  }

  /// Adds or replaces the entry at its path.
  public mutating func set(_ entry: FileEntry) {
    let (index, found) = position(of: entry.path)
    if found {
      totalBytes -= entries[index].byteCount
      entries[index] = entry
    } else {
      entries.insert(entry, at: index)
    }
    totalBytes += entry.byteCount
  }

  /// Removes the entry at `path` and, for a folder, everything under it.
  public mutating func remove(_ path: String) {
    let (index, found) = position(of: path)
    guard found else { return }
    var end = index + 1
    let prefix = path == "/" ? "/" : path + "/"
    while end < entries.count, entries[end].path.hasPrefix(prefix) { end += 1 }
    for removed in entries[index..<end] { totalBytes -= removed.byteCount }
    entries.removeSubrange(index..<end)
  }

  /// The entries directly inside the folder `path`, in path order.
  public func children(of path: String) -> [FileEntry] {
    let prefix = path == "/" ? "/" : path + "/"
    var (index, _) = position(of: prefix)
    var result: [FileEntry] = []
    while index < entries.count, entries[index].path.hasPrefix(prefix) {
      let rest = entries[index].path.dropFirst(prefix.count)
      if !rest.isEmpty && !rest.contains("/") { result.append(entries[index]) }
      index += 1
    }
    return result
  }

  /// Every entry under the folder `path` (not the folder itself), in path order.
  public func descendants(of path: String) -> [FileEntry] {
    let prefix = path == "/" ? "/" : path + "/"
    var (index, _) = position(of: prefix)
    var result: [FileEntry] = []
    while index < entries.count, entries[index].path.hasPrefix(prefix) {
      result.append(entries[index])
      index += 1
    }
    return result
  }

  /// The size `ls -l` shows for an entry. A folder's is modelled on XFS, Amazon Linux 2's file
  /// system, which keeps small folders inside the inode: 6 bytes of header and, per entry, its
  /// name and 8 bytes.
  public func size(of entry: FileEntry) -> Int {
    guard entry.isDirectory else { return entry.byteCount }
    let names = children(of: entry.path).map { FileTree.name(of: $0.path) }
    return 6 + names.reduce(0) { $0 + $1.utf8.count + 8 }
  }

  /// The last component of a path (`/` for the root).
  public static func name(of path: String) -> String {
    // Searched in UTF-8: a slash is one byte, and walking Characters cost most of a file read.
    let bytes = path.utf8
    guard path != "/", let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return path }
    return String(path[bytes.index(after: slash)...])
  }

  /// The folder holding `path` (`/` for a top-level entry and for the root).
  public static func parent(of path: String) -> String {
    let bytes = path.utf8
    guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")), slash != bytes.startIndex else { return "/" }
    return String(path[..<slash])
  }
}

/// The file tree of one host, by host name: part of the world, so that replaying an attempt
/// rebuilds every file the learner wrote.
public struct HostFileTree: Sendable, Equatable, Codable {
  public var host: String
  public var tree: FileTree

  public init(host: String, tree: FileTree) {
    self.host = host
    self.tree = tree
  }
}

extension World {
  /// The files of `host` once something was written there; nil while the host is as it booted.
  public func writtenFiles(of host: String) -> FileTree? {
    hostFiles.first { $0.host == host }?.tree
  }

  /// Stores the file tree of `host`.
  public mutating func setFiles(_ tree: FileTree, of host: String) {
    if let index = hostFiles.firstIndex(where: { $0.host == host }) {
      hostFiles[index].tree = tree
    } else {
      hostFiles.append(HostFileTree(host: host, tree: tree))
    }
  }
}
