import Clibgit2

/// An open git repository; the handle is freed when the last reference goes away.
///
/// Not `Sendable`: libgit2 objects must stay on the thread that uses them.
public final class Repository {
  let pointer: OpaquePointer
  /// The `objects` folder, without a trailing slash.
  let objectsDirectory: String

  init(pointer: OpaquePointer) {
    self.pointer = pointer
    objectsDirectory = String(cString: labrun_git_repository_path(pointer)) + "objects"
    // Failing to add it only costs speed: libgit2's own backend still writes every object.
    var odb: OpaquePointer?
    if labrun_git_repository_odb(&odb, pointer) == 0 {
      _ = labrun_git_add_tree_writer(odb, objectsDirectory, GitLibrary.writesAreDurable ? 1 : 0)
      labrun_git_odb_free(odb)
    }
  }

  deinit {
    labrun_git_repository_free(pointer)
  }

  /// Creates a new repository (with a work tree) at `path`, or a bare one.
  public static func create(at path: String, bare: Bool = false) throws -> Repository {
    GitLibrary.ensureInitialized()
    var handle: OpaquePointer?
    try check(labrun_git_repository_init(&handle, path, bare ? 1 : 0), "git_repository_init")
    return Repository(pointer: handle!)
  }

  /// Opens the repository at exactly `path` (no search upwards).
  public static func open(at path: String) throws -> Repository {
    GitLibrary.ensureInitialized()
    var handle: OpaquePointer?
    let flags = GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue
    try check(labrun_git_repository_open_ext(&handle, path, flags, nil), "git_repository_open_ext")
    return Repository(pointer: handle!)
  }

  /// True for a repository without a work tree.
  public var isBare: Bool { labrun_git_repository_is_bare(pointer) == 1 }

  /// True when the repository has no commits yet.
  public var isEmpty: Bool { labrun_git_repository_is_empty(pointer) == 1 }

  /// The path of the `.git` folder (or of the bare repository), with a trailing slash.
  public var gitDirectory: String { String(cString: labrun_git_repository_path(pointer)) }
}
