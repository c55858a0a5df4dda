/// Why a workspace could not be created, opened, saved to or pushed.
///
/// Every case names the path (or remote) and its `description` says what to do next, so the CLI can
/// print it as is. `isBadInput` marks the cases the CLI reports with exit status 65.
public enum WorkspaceError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The lab id cannot be a folder name (empty, `.`/`..`, or with a slash).
  case invalidLabID(String)
  /// The path holds no labrun workspace (no folder, no repository, or no labrun commit).
  case notAWorkspace(path: String, reason: String)
  /// The workspace belongs to another lab.
  case wrongLab(path: String, expected: String, found: String)
  /// libgit2 could not read the repository (damaged objects, references or HEAD).
  case corruptRepository(path: String, cause: GitError)
  /// The metadata file is not valid JSON or has a missing or wrong field.
  case badMetadata(path: String, problem: String)
  /// A committed transcript line is not a valid entry.
  case badTranscript(path: String, line: Int, problem: String)
  /// Creating a workspace where a non-empty folder or a file already is.
  case alreadyExists(path: String)
  /// Another process holds the workspace; `holder` is nil when its lock file could not be read.
  case locked(path: String, holder: LockHolder?)
  /// The lock file could not be created or locked (for example a read-only folder).
  case lockFailed(path: String, reason: String)
  /// Writing to the workspace failed; the command was not recorded and nothing earlier was lost.
  case saveFailed(path: String, reason: String)
  /// The push failed; the workspace was not changed.
  case pushFailed(remote: String, reason: String)
  /// `push()` without a URL, but no remote has been remembered yet.
  case noRemote(path: String)
  /// The workspace was closed and can no longer be written to.
  case closed(path: String)

  /// True for problems with what the user pointed labrun at (the CLI exits 65 for these).
  public var isBadInput: Bool {
    switch self {
    case .invalidLabID, .notAWorkspace, .wrongLab, .corruptRepository, .badMetadata, .badTranscript,
      .alreadyExists:
      return true
    case .locked, .lockFailed, .saveFailed, .pushFailed, .noRemote, .closed:
      return false
    }
  }

  public var description: String {
    switch self {
    case .invalidLabID(let id):
      return "lab id \"\(id)\" cannot name a workspace folder; use letters, digits, '-', '_' or '.'"
    case .notAWorkspace(let path, let reason):
      return "\(path) is not a labrun workspace: \(reason). Point --workspace at a labrun workspace or at a new folder."
    case .wrongLab(let path, let expected, let found):
      return
        "\(path) is a workspace of lab \"\(found)\", not \"\(expected)\". Use another --workspace for \"\(expected)\"."
    case .corruptRepository(let path, let cause):
      return
        "the git repository in \(path) is damaged (\(cause)). Restore it from a copy or push, or start a new workspace."
    case .badMetadata(let path, let problem):
      return "\(path): \(problem). Restore the file from the workspace's git history (git checkout -- labrun.json)."
    case .badTranscript(let path, let line, let problem):
      return "\(path):\(line): \(problem). The committed transcript was edited; restore it from an earlier commit."
    case .alreadyExists(let path):
      return "\(path) already exists and is not empty. Choose another --workspace or remove it."
    case .locked(let path, let holder):
      let who = holder.map { "\($0)" } ?? "another process"
      return "\(path) is in use by \(who). Finish that session first, or stop that process."
    case .lockFailed(let path, let reason):
      return "cannot lock \(path): \(reason). Check that the folder exists and is writable."
    case .saveFailed(let path, let reason):
      return
        "could not save to \(path): \(reason). This command was not recorded; everything saved before it is kept. Free disk space or fix the folder's permissions and go on."
    case .pushFailed(let remote, let reason):
      return
        "push to \(remote) failed: \(reason). Nothing was changed locally; check the address and access and try again."
    case .noRemote(let path):
      return "\(path) has no remote to push to yet. Give a remote: a bare repository path, file:// or ssh:// URL."
    case .closed(let path):
      return "the workspace \(path) was closed; open it again to keep recording."
    }
  }
}
