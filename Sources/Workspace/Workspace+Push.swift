import Foundation

extension Workspace {
  /// The remote remembered by the last successful push (`remote.origin.url`), if any.
  public var remoteURL: String? {
    try? repository.remoteURL(WorkspaceFile.remote)
  }

  /// Pushes the workspace's branch to `url` (a bare repository path, `file://` or `ssh://`), or to the
  /// remembered remote when `url` is nil, and remembers `url` after it succeeds.
  ///
  /// A push that fails throws `WorkspaceError.pushFailed` with the reason and changes nothing locally.
  /// Over SSH the keys tried are the agent's, then `sshKeyFiles` (by default `~/.ssh/id_ed25519`,
  /// `id_ecdsa` and `id_rsa` where they exist); host keys are checked against `~/.ssh/known_hosts`.
  ///
  /// - Returns: the commit that the remote's `main` now points at.
  @discardableResult
  public func push(to url: String? = nil, sshKeyFiles: [String]? = nil) throws -> String {
    guard lock != nil else { throw WorkspaceError.closed(path: path) }
    guard let target = url ?? remoteURL else { throw WorkspaceError.noRemote(path: path) }
    let keys = sshKeyFiles ?? Self.defaultKeyFiles()
    do {
      let refspec = WorkspaceFile.branch + ":" + WorkspaceFile.branch
      try repository.push(to: target, refspecs: [refspec], sshKeyFiles: keys)
    } catch let error as GitError {
      throw WorkspaceError.pushFailed(remote: target, reason: error.message)
    }
    if let url, url != remoteURL {
      do {
        try repository.setRemote(WorkspaceFile.remote, url: url)
      } catch let error as GitError {
        throw WorkspaceError.saveFailed(
          path: path, reason: "the push to \(url) succeeded but it could not be remembered: \(error)")
      }
    }
    return state.head.hex
  }

  private static func defaultKeyFiles() -> [String] {
    let home = FileManager.default.homeDirectoryForCurrentUser.path
    return ["id_ed25519", "id_ecdsa", "id_rsa"].map { home + "/.ssh/" + $0 }
      .filter { FileManager.default.fileExists(atPath: $0) }
  }
}
