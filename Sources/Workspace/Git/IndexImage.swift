import Clibgit2
import SystemPackage

/// A git index file (format version 2) held as bytes, so a save can change a few entries and write
/// it back without libgit2 reading, sorting and hashing the whole index again.
///
/// Only what a workspace's index normally is can be held: version 2, stage-0 entries, no extension
/// other than the caches git may add (`TREE`, `UNTR`, `EOIE`, `IEOT`), which are dropped on the next
/// write: each is rebuilt or ignored by git and they would name paths labrun just changed. Anything
/// else (a conflict, version 3 or 4, a split index) makes `parse` return nil, and the caller writes
/// through libgit2, which understands them all.
struct IndexImage {
  /// One entry: its path and its bytes in the file (62 bytes of stat data, id and flags, the path
  /// and one to eight NULs, a multiple of eight in all).
  struct Entry {
    var path: [UInt8]
    var bytes: [UInt8]

    /// The stat data `git status` compares with the file on disk.
    struct Stat: Equatable {
      var ctimeSeconds: UInt32
      var ctimeNanoseconds: UInt32
      var mtimeSeconds: UInt32
      var mtimeNanoseconds: UInt32
      var dev: UInt32
      var ino: UInt32
      var uid: UInt32
      var gid: UInt32
      var size: UInt32
    }

    /// An entry for the regular file `path` with blob `id` and the file's stat data, laid out as
    /// `git_index_add` lays it out (mode 100644, stage 0, the path's length in the flags).
    init(path: [UInt8], id: ObjectID, stat: Stat) {
      self.path = path
      let length = (62 + path.count + 8) / 8 * 8
      var bytes: [UInt8] = []
      bytes.reserveCapacity(length)
      for word in [
        stat.ctimeSeconds, stat.ctimeNanoseconds, stat.mtimeSeconds, stat.mtimeNanoseconds, stat.dev, stat.ino,
        UInt32(0o100644), stat.uid, stat.gid, stat.size,
      ] {
        IndexImage.appendBigEndian(word, to: &bytes)
      }
      withUnsafeBytes(of: id.oid.id) { bytes.append(contentsOf: $0) }
      let flags = UInt16(min(path.count, 0xFFF))
      bytes.append(UInt8(flags >> 8))
      bytes.append(UInt8(flags & 0xFF))
      bytes.append(contentsOf: path)
      bytes.append(contentsOf: repeatElement(0, count: length - bytes.count))
      self.bytes = bytes
    }

    init(path: [UInt8], bytes: [UInt8]) {
      self.path = path
      self.bytes = bytes
    }

    /// The 20 bytes of the blob id.
    var idBytes: ArraySlice<UInt8> { bytes[40..<60] }

    /// Whether the entry is a regular file (mode 100644 or 100755), not a link or a submodule.
    var isRegularFile: Bool { word(6) == 0o100644 || word(6) == 0o100755 }

    /// When the file was last modified, by the entry's stat data.
    var modified: (seconds: UInt32, nanoseconds: UInt32) { (word(2), word(3)) }

    /// The stat data the entry records.
    var stat: Stat {
      Stat(
        ctimeSeconds: word(0), ctimeNanoseconds: word(1), mtimeSeconds: word(2), mtimeNanoseconds: word(3),
        dev: word(4), ino: word(5), uid: word(7), gid: word(8), size: word(9))
    }

    /// Marks the entry as possibly changed (git's "smudging" of a racily clean entry): a recorded
    /// size of 0 makes `git status` compare the file's content instead of trusting its stat data.
    mutating func smudge() {
      bytes.replaceSubrange(36..<40, with: [0, 0, 0, 0])
    }

    private func word(_ index: Int) -> UInt32 {
      bytes[(4 * index)..<(4 * index + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }
  }

  /// The entries, sorted by path bytes as git requires.
  private(set) var entries: [Entry]

  /// Reads an index file's bytes; nil when they are not an index this type can hold (see above),
  /// including a file whose checksum does not match (libgit2 then reports the damage).
  static func parse(_ file: [UInt8]) -> IndexImage? {
    guard file.count >= 32, file[0..<4].elementsEqual("DIRC".utf8) else { return nil }
    let body = file.count - 20
    var hasher = PrefixHasher()
    guard hasher.digest(of: Array(file[..<body])).elementsEqual(file[body...]) else { return nil }
    guard readWord(file, at: 4) == 2 else { return nil }
    let count = Int(readWord(file, at: 8))
    var entries: [Entry] = []
    entries.reserveCapacity(count)
    var offset = 12
    for _ in 0..<count {
      guard offset + 62 < body else { return nil }
      let flags = Int(file[offset + 60]) << 8 | Int(file[offset + 61])
      // Assume-valid, extended and stage bits: none appears in a workspace's own index.
      guard flags & 0xF000 == 0 else { return nil }
      let start = offset + 62
      guard let nul = file[start..<body].firstIndex(of: 0) else { return nil }
      let length = (62 + (nul - start) + 8) / 8 * 8
      guard flags & 0xFFF == min(nul - start, 0xFFF), offset + length <= body,
        file[nul..<(offset + length)].allSatisfy({ $0 == 0 })
      else { return nil }
      let path = Array(file[start..<nul])
      if let last = entries.last, !last.path.lexicographicallyPrecedes(path) { return nil }
      entries.append(Entry(path: path, bytes: Array(file[offset..<(offset + length)])))
      offset += length
    }
    while offset < body {
      guard offset + 8 <= body else { return nil }
      let signature = String(decoding: file[offset..<(offset + 4)], as: UTF8.self)
      let size = Int(readWord(file, at: offset + 4))
      guard ["TREE", "UNTR", "EOIE", "IEOT"].contains(signature), size <= body - offset - 8 else { return nil }
      offset += 8 + size
    }
    return IndexImage(entries: entries)
  }

  /// The entry for `path`, if any.
  func entry(_ path: [UInt8]) -> Entry? {
    let at = position(of: path)
    return at < entries.count && entries[at].path == path ? entries[at] : nil
  }

  /// Adds `entry`, replacing the entry of the same path.
  mutating func set(_ entry: Entry) {
    let at = position(of: entry.path)
    if at < entries.count && entries[at].path == entry.path {
      entries[at] = entry
    } else {
      entries.insert(entry, at: at)
    }
  }

  /// Applies `change` to each entry.
  mutating func updateEach(_ change: (inout Entry) -> Void) {
    for index in entries.indices { change(&entries[index]) }
  }

  /// The file's bytes without the trailing checksum: header, then entries.
  func bytesWithoutChecksum() -> [UInt8] {
    var bytes: [UInt8] = Array("DIRC".utf8)
    bytes.reserveCapacity(12 + entries.reduce(0) { $0 + $1.bytes.count } + 20)
    Self.appendBigEndian(2, to: &bytes)
    Self.appendBigEndian(UInt32(entries.count), to: &bytes)
    for entry in entries { bytes.append(contentsOf: entry.bytes) }
    return bytes
  }

  /// The first position whose path does not sort before `path`.
  private func position(of path: [UInt8]) -> Int {
    var low = 0
    var high = entries.count
    while low < high {
      let middle = (low + high) / 2
      if entries[middle].path.lexicographicallyPrecedes(path) { low = middle + 1 } else { high = middle }
    }
    return low
  }

  private static func readWord(_ bytes: [UInt8], at offset: Int) -> UInt32 {
    bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt32($1) }
  }

  fileprivate static func appendBigEndian(_ word: UInt32, to bytes: inout [UInt8]) {
    bytes.append(UInt8(word >> 24))
    bytes.append(UInt8((word >> 16) & 0xFF))
    bytes.append(UInt8((word >> 8) & 0xFF))
    bytes.append(UInt8(word & 0xFF))
  }
}

extension IndexImage.Entry.Stat {
  /// The stat data of the file at `path` as the index records it: each field cut to its low 32
  /// bits, as git and libgit2 cut them.
  init(fileAt path: String) throws {
    let file = FilePath(path)
    let info = try FileError.wrapping("stat", file) { try file.stat().rawValue }
    self.init(
      ctimeSeconds: UInt32(truncatingIfNeeded: info.st_ctim.tv_sec),
      ctimeNanoseconds: UInt32(truncatingIfNeeded: info.st_ctim.tv_nsec),
      mtimeSeconds: UInt32(truncatingIfNeeded: info.st_mtim.tv_sec),
      mtimeNanoseconds: UInt32(truncatingIfNeeded: info.st_mtim.tv_nsec),
      dev: UInt32(truncatingIfNeeded: info.st_dev), ino: UInt32(truncatingIfNeeded: info.st_ino),
      uid: info.st_uid, gid: info.st_gid, size: UInt32(truncatingIfNeeded: info.st_size))
  }
}
