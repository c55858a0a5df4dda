import Foundation

/// One commit of a workspace's history.
public struct CommitSummary: Equatable, Sendable {
  /// The commit id, as 40 hexadecimal digits.
  public var id: String
  /// The full message, subject and trailers.
  public var message: String
  public var authorName: String
  public var authorEmail: String
  /// The commit's wall-clock time (to the second).
  public var time: Date
}

extension Workspace {
  /// The commits on `main` of the workspace (or bare clone) at `path`, newest first, following first parents.
  public static func history(at path: String) throws -> [CommitSummary] {
    let root = normalized(path)
    do {
      let repository = try Repository.open(at: root)
      guard var next = try repository.referenceTarget(WorkspaceFile.branch) else { return [] }
      var commits: [CommitSummary] = []
      while true {
        let commit = try repository.commit(next)
        let author = commit.author
        commits.append(
          CommitSummary(
            id: next.hex, message: commit.message, authorName: author.name, authorEmail: author.email,
            time: Date(timeIntervalSince1970: TimeInterval(author.time))))
        guard let parent = commit.parentID() else { return commits }
        next = parent
      }
    } catch let error as GitError {
      if error.isNotFound { throw WorkspaceError.notAWorkspace(path: root, reason: "it is not a git repository") }
      throw WorkspaceError.corruptRepository(path: root, cause: error)
    }
  }
}
