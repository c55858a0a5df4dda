/// A git tree of regular files only, kept as its serialised rows so a save that changes one or two
/// files rewrites those rows instead of serialising every entry again.
///
/// Each row is git's own (`100644 NAME\0` and the 20-byte blob id); rows are kept sorted by name
/// bytes, which for files alone is git's order, so `bytes` is the object `git mktree` writes
/// (WorkspaceTreeTests). Names must be plain file names, without `/` or NUL.
struct FlatTree: Equatable {
  private struct Row: Equatable {
    var name: [UInt8]
    var bytes: [UInt8]
  }

  private var rows: [Row] = []

  /// A tree of `entries`, each `(name, blob id)`, in any order.
  init(_ entries: [(name: String, blob: ObjectID)]) {
    for entry in entries { set(entry.name, to: entry.blob) }
  }

  /// Points `name` at `blob`, adding the entry if the tree has none of that name.
  mutating func set(_ name: String, to blob: ObjectID) {
    let key = Array(name.utf8)
    var row = Array("100644 ".utf8)
    row.reserveCapacity(row.count + key.count + 21)
    row.append(contentsOf: key)
    row.append(0)
    withUnsafeBytes(of: blob.oid.id) { row.append(contentsOf: $0) }
    var low = rows.count
    // Saves change the last rows, so the search starts from the end.
    while low > 0 && !rows[low - 1].name.lexicographicallyPrecedes(key) { low -= 1 }
    if low < rows.count && rows[low].name == key {
      rows[low].bytes = row
    } else {
      rows.insert(Row(name: key, bytes: row), at: low)
    }
  }

  /// The tree object's inflated bytes: git's `tree LENGTH\0` header, then the rows.
  var bytes: [UInt8] {
    let length = rows.reduce(0) { $0 + $1.bytes.count }
    var bytes = Array("tree \(length)".utf8)
    bytes.reserveCapacity(bytes.count + 1 + length)
    bytes.append(0)
    for row in rows { bytes.append(contentsOf: row.bytes) }
    return bytes
  }
}
