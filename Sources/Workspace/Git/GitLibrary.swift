import Clibgit2

/// The process-wide libgit2 runtime: initialised once, with user configuration kept out.
public enum GitLibrary {
  /// libgit2's version as `major.minor.revision`.
  public static var version: String {
    ensureInitialized()
    var major: Int32 = 0
    var minor: Int32 = 0
    var revision: Int32 = 0
    _ = git_libgit2_version(&major, &minor, &revision)
    return "\(major).\(minor).\(revision)"
  }

  /// Initialises libgit2 on first use; later calls do nothing.
  public static func ensureInitialized() {
    _ = initialized
  }

  // A global `let` is initialised once, lazily and thread-safely by the runtime.
  private static let initialized: Bool = {
    git_libgit2_init()
    _ = labrun_git_disable_search_paths()
    _ = labrun_git_enable_fsync()
    return true
  }()
}
