import Clibgit2

extension Repository {
  /// Creates a new repository at `path` whose HEAD names `initialBranch`; fails if one is already there.
  ///
  /// Setting the branch ourselves keeps `init.defaultBranch` from any git configuration out of it.
  static func create(at path: String, initialBranch: String, bare: Bool = false) throws -> Repository {
    GitLibrary.ensureInitialized()
    var options = git_repository_init_options()
    try check(
      labrun_git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)),
      "git_repository_init_options_init")
    options.flags =
      GIT_REPOSITORY_INIT_MKPATH.rawValue | GIT_REPOSITORY_INIT_NO_REINIT.rawValue
      | (bare ? GIT_REPOSITORY_INIT_BARE.rawValue : 0)
    var handle: OpaquePointer?
    try initialBranch.withCString { head in
      options.initial_head = head
      try check(labrun_git_repository_init_ext(&handle, path, &options), "git_repository_init_ext")
    }
    return Repository(pointer: handle!)
  }

  /// Sets a boolean in the repository's own `.git/config`.
  func setLocalConfig(_ name: String, _ value: Bool) throws {
    try withLocalConfig { config in
      _ = try check(labrun_git_config_set_bool(config, name, value ? 1 : 0), "git_config_set_bool")
    }
  }

  /// Runs `body` with the repository's own configuration file (never global or system files).
  func withLocalConfig<T>(_ body: (OpaquePointer) throws -> T) throws -> T {
    var all: OpaquePointer?
    try check(labrun_git_repository_config(&all, pointer), "git_repository_config")
    defer { labrun_git_config_free(all) }
    var local: OpaquePointer?
    try check(labrun_git_config_open_level(&local, all, GIT_CONFIG_LEVEL_LOCAL), "git_config_open_level")
    defer { labrun_git_config_free(local) }
    return try body(local!)
  }

  /// The path of the work tree with a trailing slash, or nil for a bare repository.
  var workDirectory: String? {
    labrun_git_repository_workdir(pointer).map { String(cString: $0) }
  }
}
