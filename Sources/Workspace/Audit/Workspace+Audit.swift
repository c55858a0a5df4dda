import Clibgit2
import Foundation
import Transcript

extension Workspace {
  /// Walks the main branch of the workspace (or bare clone) at `path`, oldest commit first, and
  /// describes what each commit holds and how it changed the transcript.
  ///
  /// Reading never writes or locks. A parent that is missing ends the walk early and is named in
  /// `missingParent`; a branch that cannot be read at all throws `WorkspaceError`.
  public static func audit(at path: String) throws -> WorkspaceAudit {
    let root = normalized(path)
    let repository: Repository
    do {
      repository = try Repository.open(at: root)
    } catch let error as GitError {
      if error.isNotFound { throw WorkspaceError.notAWorkspace(path: root, reason: "it is not a git repository") }
      throw WorkspaceError.corruptRepository(path: root, cause: error)
    }
    do {
      guard let head = try repository.referenceTarget(WorkspaceFile.branch) else {
        throw WorkspaceError.notAWorkspace(
          path: root, reason: "the repository has no commits on \(WorkspaceFile.branchName)")
      }
      // First parents from the tip back to the root, kept as read: libgit2's object cache is off,
      // so reading each commit again below would inflate and hash it twice. They are freed with the
      // audit of this workspace.
      var chain: [(id: ObjectID, commit: Commit)] = []
      var missingParent: String?
      var next: ObjectID? = head
      while let id = next {
        let commit: Commit
        do {
          commit = try repository.commit(id)
        } catch let error as GitError where error.isNotFound && !chain.isEmpty {
          missingParent = id.hex
          break
        }
        chain.append((id, commit))
        next = commit.parentID()
      }
      var reader = try HistoryReader(repository: repository, root: root, head: head)
      var commits: [AuditedCommit] = []
      commits.reserveCapacity(chain.count)
      for (id, commit) in chain.reversed() { commits.append(try reader.read(id, commit)) }
      return WorkspaceAudit(path: root, isBare: repository.isBare, commits: commits, missingParent: missingParent)
    } catch let error as GitError {
      throw WorkspaceError.corruptRepository(path: root, cause: error)
    }
  }
}

/// Reads commits in order, remembering the previous commit's files so that unchanged blobs are
/// neither read nor decoded again.
private struct HistoryReader {
  let repository: Repository
  let root: String
  private var segments: SegmentTracker
  private var metadataCache: (ObjectID, AttemptMetadata?, String?)?
  private var progressCache: (ObjectID, String)?

  init(repository: Repository, root: String, head: ObjectID) throws {
    self.repository = repository
    self.root = root
    segments = try SegmentTracker(repository: repository, last: try repository.tree(try repository.commit(head).treeID))
  }

  mutating func read(_ id: ObjectID, _ commit: Commit) throws -> AuditedCommit {
    let tree = try repository.tree(commit.treeID)
    let parents = (0..<commit.parentCount).compactMap { commit.parentID($0)?.hex }

    var metadata: AttemptMetadata?
    var metadataProblem: String?
    if let blob = tree.blobID(named: WorkspaceFile.metadata) {
      if let cached = metadataCache, cached.0 == blob {
        (metadata, metadataProblem) = (cached.1, cached.2)
      } else {
        do {
          metadata = try AttemptMetadata.decode(
            try repository.blobContent(blob), path: root + "/" + WorkspaceFile.metadata)
        } catch let error as WorkspaceError {
          metadataProblem = error.description
        }
        metadataCache = (blob, metadata, metadataProblem)
      }
    } else {
      metadataProblem = "the commit has no \(WorkspaceFile.metadata)"
    }

    var progress: String?
    if let blob = tree.blobID(named: WorkspaceFile.progress) {
      if let cached = progressCache, cached.0 == blob {
        progress = cached.1
      } else {
        let text = String(decoding: try repository.blobContent(blob), as: UTF8.self)
        progressCache = (blob, text)
        progress = text
      }
    }

    let change = try segments.change(in: tree)

    let message = commit.message
    return AuditedCommit(
      id: id.hex, parents: parents, authorTime: commit.author.time,
      committerTime: Int64(labrun_git_commit_time(commit.pointer)), message: message,
      passedStepTrailers: StepTrailers.parse(message), metadata: metadata, metadataProblem: metadataProblem,
      progressPage: progress, transcript: change)
  }
}

/// The `Step: ID passed` trailers that `CommitMessage.make` writes.
enum StepTrailers {
  static func parse(_ message: String) -> [String] {
    // Most commits pass no step. A trailer's line starts with these six ASCII bytes whatever
    // the characters around them, so a message without them has none; splitting it by
    // characters cost more than the rest of the commit's audit but its hash.
    guard mayHoldTrailer(message) else { return [] }
    return message.split(separator: "\n").compactMap { line in
      guard line.hasPrefix("Step: "), line.hasSuffix(" passed") else { return nil }
      let id = line.dropFirst("Step: ".count).dropLast(" passed".count)
      return id.isEmpty ? nil : String(id)
    }
  }

  /// Whether the bytes `Step: ` occur in `message`.
  static func mayHoldTrailer(_ message: String) -> Bool {
    let lent: Bool? = message.utf8.withContiguousStorageIfAvailable { bytes in
      // "Step: " as bytes; a literal's UTF-8 view is slower to walk than these comparisons.
      guard bytes.count >= 6 else { return false }
      for start in 0...(bytes.count - 6)
      where bytes[start] == 0x53 && bytes[start + 1] == 0x74 && bytes[start + 2] == 0x65
        && bytes[start + 3] == 0x70 && bytes[start + 4] == 0x3A && bytes[start + 5] == 0x20
      {
        return true
      }
      return false
    }
    return lent ?? (message.utf8.firstRange(of: "Step: ".utf8) != nil)
  }
}
