extension Workspace {
  /// The workspace at `path` as a git bundle of its `main` branch, for the learner to carry away:
  /// `git clone attempt.bundle FOLDER` gives a workspace `labrun start` resumes.
  ///
  /// Reads only committed objects, so it needs no lock and is consistent while a session saves:
  /// the branch is read once and the pack holds what that commit reaches.
  public static func bundle(at path: String) throws -> [UInt8] {
    do {
      return try Repository.open(at: path).bundle(branch: WorkspaceFile.branchName)
    } catch let error as GitError {
      throw WorkspaceError.corruptRepository(path: path, cause: error)
    }
  }
}
