import Clibgit2
import Foundation
import SystemPackage

/// A tree object; keeps its repository alive.
final class Tree {
  let pointer: OpaquePointer
  let repository: Repository

  init(pointer: OpaquePointer, repository: Repository) {
    self.pointer = pointer
    self.repository = repository
  }

  deinit {
    labrun_git_tree_free(pointer)
  }

  /// The id of the blob called `name` at the top of the tree, or nil when there is none.
  func blobID(named name: String) -> ObjectID? {
    guard let entry = labrun_git_tree_entry_byname(pointer, name),
      labrun_git_tree_entry_type(entry) == GIT_OBJECT_BLOB
    else { return nil }
    return ObjectID(labrun_git_tree_entry_id(entry))
  }

  /// Every entry, in git's order: name, id and whether it is a blob.
  var entries: [(name: String, id: ObjectID, isBlob: Bool)] {
    (0..<labrun_git_tree_entrycount(pointer)).compactMap { index in
      guard let entry = labrun_git_tree_entry_byindex(pointer, index) else { return nil }
      return (
        String(cString: labrun_git_tree_entry_name(entry)), ObjectID(labrun_git_tree_entry_id(entry)),
        labrun_git_tree_entry_type(entry) == GIT_OBJECT_BLOB
      )
    }
  }
}

/// A commit object; keeps its repository alive.
final class Commit {
  let pointer: OpaquePointer
  let repository: Repository

  init(pointer: OpaquePointer, repository: Repository) {
    self.pointer = pointer
    self.repository = repository
  }

  deinit {
    labrun_git_commit_free(pointer)
  }

  var id: ObjectID { ObjectID(labrun_git_commit_id(pointer)) }
  var treeID: ObjectID { ObjectID(labrun_git_commit_tree_id(pointer)) }
  var parentCount: Int { Int(labrun_git_commit_parentcount(pointer)) }
  var message: String { labrun_git_commit_message(pointer).map { String(cString: $0) } ?? "" }

  /// The author's name, email and time (seconds since the epoch).
  var author: (name: String, email: String, time: Int64) {
    let signature = labrun_git_commit_author(pointer)!.pointee
    return (String(cString: signature.name), String(cString: signature.email), signature.when.time)
  }

  /// The id of the parent at `index`, or nil when there is no such parent.
  func parentID(_ index: Int = 0) -> ObjectID? {
    guard let id = labrun_git_commit_parent_id(pointer, UInt32(index)) else { return nil }
    return ObjectID(id)
  }
}

/// An author or committer identity with a time; freed in deinit.
final class Signature {
  let pointer: UnsafeMutablePointer<git_signature>

  /// Builds a signature from explicit values, so nothing comes from the user's git configuration.
  init(name: String, email: String, time: Date, timeZone: TimeZone) throws {
    var handle: UnsafeMutablePointer<git_signature>?
    let seconds = git_time_t(time.timeIntervalSince1970.rounded(.down))
    let offsetMinutes = Int32(timeZone.secondsFromGMT(for: time) / 60)
    try check(labrun_git_signature_new(&handle, name, email, seconds, offsetMinutes), "git_signature_new")
    pointer = handle!
  }

  deinit {
    labrun_git_signature_free(pointer)
  }
}

/// The repository's index (staging area); keeps its repository alive.
final class GitIndex {
  let pointer: OpaquePointer
  let repository: Repository

  init(pointer: OpaquePointer, repository: Repository) {
    self.pointer = pointer
    self.repository = repository
  }

  deinit {
    labrun_git_index_free(pointer)
  }

  /// Rereads the index file if another program (say, `git status`) rewrote it.
  func reload() throws {
    try check(labrun_git_index_read(pointer, 0), "git_index_read")
  }

  /// Records `path` as the regular file blob `id`, with the stat data of the file on disk.
  ///
  /// Passing the stat data means `git status` sees the file as clean without hashing it again.
  func add(path: String, id: ObjectID, fileAt fullPath: String) throws {
    let stat = try IndexImage.Entry.Stat(fileAt: fullPath)
    var entry = git_index_entry()
    entry.ctime = git_index_time(seconds: Int32(bitPattern: stat.ctimeSeconds), nanoseconds: stat.ctimeNanoseconds)
    entry.mtime = git_index_time(seconds: Int32(bitPattern: stat.mtimeSeconds), nanoseconds: stat.mtimeNanoseconds)
    entry.dev = stat.dev
    entry.ino = stat.ino
    entry.mode = GIT_FILEMODE_BLOB.rawValue
    entry.uid = stat.uid
    entry.gid = stat.gid
    entry.file_size = stat.size
    entry.id = id.oid
    try path.withCString { cPath in
      entry.path = cPath
      try check(labrun_git_index_add(pointer, &entry), "git_index_add")
    }
  }

  func write() throws {
    try check(labrun_git_index_write(pointer), "git_index_write")
  }
}
