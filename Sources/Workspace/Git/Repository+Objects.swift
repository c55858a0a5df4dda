import Clibgit2
import Foundation

extension Repository {
  /// Writes `data` as a blob straight into the object database (no index, no work tree).
  func writeBlob(_ data: Data) throws -> ObjectID {
    try data.withUnsafeBytes { try writeObject($0, type: GIT_OBJECT_BLOB) }
  }

  /// Writes `bytes` as one object of `type` through the repository's object database.
  private func writeObject(_ bytes: UnsafeRawBufferPointer, type: git_object_t) throws -> ObjectID {
    var odb: OpaquePointer?
    try check(labrun_git_repository_odb(&odb, pointer), "git_repository_odb")
    defer { labrun_git_odb_free(odb) }
    var oid = git_oid()
    if let base = bytes.baseAddress {
      try check(labrun_git_odb_write(&oid, odb, base, bytes.count, type), "git_odb_write")
    } else {
      // libgit2 wants a valid pointer even for zero bytes.
      var empty: UInt8 = 0
      try check(labrun_git_odb_write(&oid, odb, &empty, 0, type), "git_odb_write")
    }
    return ObjectID(oid)
  }

  /// The bytes of the blob `id`.
  func blobContent(_ id: ObjectID) throws -> Data {
    var oid = id.oid
    var blob: OpaquePointer?
    try check(labrun_git_blob_lookup(&blob, pointer, &oid), "git_blob_lookup")
    defer { labrun_git_blob_free(blob) }
    let size = Int(labrun_git_blob_rawsize(blob))
    guard size > 0, let bytes = labrun_git_blob_rawcontent(blob) else { return Data() }
    return Data(bytes: bytes, count: size)
  }

  /// Writes `tree`, serialised and hashed here rather than through a tree builder and libgit2's
  /// object database: the builder validated and sorted every entry again on every save, and
  /// hashing the whole tree each time cost what the workspace held. `hasher` remembers the previous
  /// tree of the same workspace, so only the blocks from the first changed entry on are hashed
  /// again. The object is written as the other trees are (`labrun_write_stored_loose`).
  func writeFlatTree(_ tree: FlatTree, hasher: inout PrefixHasher) throws -> ObjectID {
    let bytes = tree.bytes
    var oid = git_oid()
    let digest = hasher.digest(of: bytes)
    withUnsafeMutableBytes(of: &oid.id) { $0.copyBytes(from: digest) }
    let rc = bytes.withUnsafeBufferPointer { object in
      labrun_write_stored_loose(
        objectsDirectory, GitLibrary.writesAreDurable ? 1 : 0, &oid, object.baseAddress, object.count, nil, 0)
    }
    try check(rc, "git_odb_write")
    return ObjectID(oid)
  }

  /// Writes a commit of `tree` with `parents`, named by id, without reading either back (the
  /// bytes are those `git_commit_create` writes from loaded objects); `setReference` publishes it.
  func createCommit(
    treeID: ObjectID, parentIDs: [ObjectID], author: Signature, committer: Signature, message: String
  ) throws -> ObjectID {
    var oid = git_oid()
    var tree = treeID.oid
    let parents = parentIDs.map(\.oid)
    try parents.withUnsafeBufferPointer { ids in
      var pointers: [UnsafePointer<git_oid>?] = ids.indices.map { ids.baseAddress! + $0 }
      try pointers.withUnsafeMutableBufferPointer { buffer in
        _ = try check(
          labrun_git_commit_create_from_ids(
            &oid, pointer, nil, author.pointer, committer.pointer, "UTF-8", message, &tree, buffer.count,
            buffer.baseAddress),
          "git_commit_create_from_ids")
      }
    }
    return ObjectID(oid)
  }

  func tree(_ id: ObjectID) throws -> Tree {
    var oid = id.oid
    var handle: OpaquePointer?
    try check(labrun_git_tree_lookup(&handle, pointer, &oid), "git_tree_lookup")
    return Tree(pointer: handle!, repository: self)
  }

  func commit(_ id: ObjectID) throws -> Commit {
    var oid = id.oid
    var handle: OpaquePointer?
    try check(labrun_git_commit_lookup(&handle, pointer, &oid), "git_commit_lookup")
    return Commit(pointer: handle!, repository: self)
  }

  /// The object a reference points at (following symbolic references), or nil when it does not exist.
  func referenceTarget(_ name: String) throws -> ObjectID? {
    var oid = git_oid()
    let rc = labrun_git_reference_name_to_id(&oid, pointer, name)
    if rc == GIT_ENOTFOUND.rawValue { return nil }
    try check(rc, "git_reference_name_to_id")
    return ObjectID(oid)
  }

  /// The reference a symbolic reference such as `HEAD` names, or nil when it is not symbolic.
  func symbolicTarget(_ name: String) throws -> String? {
    var reference: OpaquePointer?
    try check(labrun_git_reference_lookup(&reference, pointer, name), "git_reference_lookup")
    defer { labrun_git_reference_free(reference) }
    guard labrun_git_reference_type(reference) == GIT_REFERENCE_SYMBOLIC,
      let target = labrun_git_reference_symbolic_target(reference)
    else { return nil }
    return String(cString: target)
  }

  /// Points `name` at `id`, atomically, only if it still points at `expected` (or, with nil, does not exist).
  ///
  /// libgit2 writes the new value to a lock file and renames it into place, so a crash leaves either the
  /// old or the new value, never half of one.
  func setReference(_ name: String, to id: ObjectID, expecting expected: ObjectID?) throws {
    var new = id.oid
    var reference: OpaquePointer?
    if var old = expected?.oid {
      try check(
        labrun_git_reference_create_matching(&reference, pointer, name, &new, 1, &old, nil),
        "git_reference_create_matching")
    } else {
      try check(labrun_git_reference_create(&reference, pointer, name, &new, 0, nil), "git_reference_create")
    }
    labrun_git_reference_free(reference)
  }

  func index() throws -> GitIndex {
    var handle: OpaquePointer?
    try check(labrun_git_repository_index(&handle, pointer), "git_repository_index")
    return GitIndex(pointer: handle!, repository: self)
  }
}
