import Clibgit2

extension Repository {
  /// A git bundle (format v2) of `branch` with every object it reaches: what `git bundle create
  /// FILE BRANCH` writes, so `git clone FILE` or `git fetch FILE` takes it.
  ///
  /// The header is the bundle format's (a signature line, `OID refs/heads/BRANCH` and `OID HEAD`, a
  /// blank line); the pack after it is libgit2's pack builder's, fed a walk from the branch's tip.
  func bundle(branch: String) throws -> [UInt8] {
    var tip = git_oid()
    try check(labrun_git_reference_name_to_id(&tip, pointer, "refs/heads/" + branch), "git_reference_name_to_id")
    var builder: OpaquePointer?
    try check(labrun_git_packbuilder_new(&builder, pointer), "git_packbuilder_new")
    defer { labrun_git_packbuilder_free(builder) }
    var walk: OpaquePointer?
    try check(labrun_git_revwalk_new(&walk, pointer), "git_revwalk_new")
    defer { labrun_git_revwalk_free(walk) }
    try check(labrun_git_revwalk_push(walk, &tip), "git_revwalk_push")
    try check(labrun_git_packbuilder_insert_walk(builder, walk), "git_packbuilder_insert_walk")
    var pack = git_buf()
    defer { labrun_git_buf_dispose(&pack) }
    try check(labrun_git_packbuilder_write_buf(&pack, builder), "git_packbuilder_write_buf")
    let hex = ObjectID(tip).hex
    // HEAD too, so `git clone` checks the branch out instead of guessing `master`.
    var bytes = Array("# v2 git bundle\n\(hex) refs/heads/\(branch)\n\(hex) HEAD\n\n".utf8)
    if let data = pack.ptr {
      bytes.append(contentsOf: UnsafeRawBufferPointer(start: data, count: pack.size))
    }
    return bytes
  }
}
