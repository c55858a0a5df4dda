import Foundation
import SystemPackage
import Transcript

extension Workspace {
  /// Opens an existing workspace, takes its lock and repairs its work tree from the last commit.
  ///
  /// Nothing is written before the workspace has been checked: a folder that is not a workspace, one of
  /// another lab (when `labID` is given), a damaged repository or bad metadata throw a `WorkspaceError`
  /// with `isBadInput` and leave every file as it was.
  ///
  /// - Parameters:
  ///   - path: the workspace folder.
  ///   - labID: the lab the caller expects, or nil to accept any.
  ///   - timeZone: the zone recorded with commit times.
  public static func open(at path: String, labID: String? = nil, timeZone: TimeZone = .current) throws -> Workspace {
    let root = normalized(path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
      throw WorkspaceError.notAWorkspace(path: root, reason: "there is no such folder")
    }
    guard isDirectory.boolValue else {
      throw WorkspaceError.notAWorkspace(path: root, reason: "it is a file, not a folder")
    }
    guard FileManager.default.fileExists(atPath: root + "/.git") else {
      throw WorkspaceError.notAWorkspace(path: root, reason: "it has no .git folder")
    }
    let repository: Repository
    do {
      repository = try Repository.open(at: root)
    } catch let error as GitError {
      throw WorkspaceError.corruptRepository(path: root, cause: error)
    }
    // Check everything before the lock file is written, so a wrong folder is left untouched.
    let checked = try CommittedState.read(from: repository, root: root)
    if let labID, checked.metadata.labID != labID {
      throw WorkspaceError.wrongLab(path: root, expected: labID, found: checked.metadata.labID)
    }

    let (lock, stale) = try WorkspaceLock.acquire(gitDirectory: repository.gitDirectory, workspace: root)
    var notes: [RecoveryNote] = stale.map { [.staleLockTakenOver($0)] } ?? []
    // Another labrun may have saved between the check and the lock: read again under the lock, but
    // only then (reading and decoding the transcript is most of what opening costs).
    let moved = (try? repository.referenceTarget(WorkspaceFile.branch)) != checked.head
    let state = moved ? try CommittedState.read(from: repository, root: root) : checked
    notes += removeStaleGitLocks(gitDirectory: repository.gitDirectory)
    let workspace = Workspace(
      path: root, repository: repository, lock: lock, state: state, timeZone: timeZone,
      recovery: try repairWorkTree(repository: repository, root: root, state: state) + notes)
    return workspace
  }

  /// Reads a workspace without locking or writing anything; also works on a bare clone of one.
  ///
  /// This is what a grader uses: the last commit's metadata and transcript.
  public static func read(at path: String) throws -> WorkspaceSnapshot {
    let root = normalized(path)
    guard FileManager.default.fileExists(atPath: root) else {
      throw WorkspaceError.notAWorkspace(path: root, reason: "there is no such folder")
    }
    let repository: Repository
    do {
      repository = try Repository.open(at: root)
    } catch let error as GitError {
      if error.isNotFound { throw WorkspaceError.notAWorkspace(path: root, reason: "it is not a git repository") }
      throw WorkspaceError.corruptRepository(path: root, cause: error)
    }
    let state = try CommittedState.read(from: repository, root: root, checkHead: false)
    return WorkspaceSnapshot(metadata: state.metadata, entries: state.entries, headCommit: state.head.hex)
  }

  /// git lock files are only ever held during a save; with the workspace lock held, any left over
  /// came from a save that was killed, and would block every later save.
  private static func removeStaleGitLocks(gitDirectory: String) -> [RecoveryNote] {
    let names = ["refs/heads/main.lock", "HEAD.lock", "index.lock", "config.lock", "packed-refs.lock"]
    var notes: [RecoveryNote] = []
    for name in names {
      let file = gitDirectory + name
      if FileManager.default.fileExists(atPath: file), (try? FileManager.default.removeItem(atPath: file)) != nil {
        notes.append(.staleGitLockRemoved(path: file))
      }
    }
    return notes
  }

  /// Makes the work tree files and the index match the last commit, saying what had to change.
  ///
  /// The last commit is the truth. Only the last segment can legitimately be behind (a crash after the
  /// commit, before the copy) or ahead (lines never committed, the last perhaps torn); anything else that
  /// differs was edited and is restored.
  private static func repairWorkTree(repository: Repository, root: String, state: CommittedState) throws
    -> [RecoveryNote]
  {
    let workTree = WorkTree(directory: root, gitDirectory: repository.gitDirectory)
    var notes: [RecoveryNote] = []
    do {
      for (position, segment) in state.segments.enumerated() {
        let onDisk = workTree.read(segment.name) ?? Data()
        let comparison = TranscriptFile.compare(workTree: onDisk, committed: segment.bytes)
        guard comparison != .same else { continue }
        try workTree.replace(segment.name, with: segment.bytes)
        if case .ahead(let extra) = comparison, position == state.segments.count - 1 {
          notes += describeDropped(extra, path: workTree.path(segment.name))
        } else {
          notes.append(.fileRestored(path: workTree.path(segment.name)))
        }
      }
      // Segments past the last committed one were never committed.
      let committedNames = Set(state.segments.map(\.name))
      for name in ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted()
      where WorkspaceFile.isSegmentName(name) && !committedNames.contains(name) {
        let file = workTree.path(name)
        notes += describeDropped(FileManager.default.contents(atPath: file) ?? Data(), path: file)
        try FileManager.default.removeItem(atPath: file)
      }
      for (name, bytes) in [(WorkspaceFile.metadata, state.metadataBytes), (WorkspaceFile.progress, state.progress)]
      where workTree.read(name) != bytes {
        try workTree.replace(name, with: bytes)
        notes.append(.fileRestored(path: workTree.path(name)))
      }
      let index = try openIndex(repository: repository, notes: &notes)
      let files =
        [(WorkspaceFile.metadata, state.metadataBlob), (WorkspaceFile.progress, state.progressBlob)]
        + state.segments.map { ($0.name, $0.blob) }
      for (name, blob) in files { try index.add(path: name, id: blob, fileAt: workTree.path(name)) }
      try index.write()
    } catch {
      throw WorkspaceError.saveFailed(path: root, reason: "cannot repair the work tree: \(error)")
    }
    return notes
  }

  /// The repository's index, read again from disk; an index file that is not a valid index (it
  /// is derived data, and a learner's tool or a crash may have damaged it) is moved aside and an
  /// empty one started, which the caller fills from the last commit.
  private static func openIndex(repository: Repository, notes: inout [RecoveryNote]) throws -> GitIndex {
    do {
      let index = try repository.index()
      try index.reload()
      return index
    } catch let error as GitError where error.isDamagedIndex {
      let path = repository.gitDirectory + "index"
      let kept = path + ".damaged"
      try FileSystemCalls.rename(FilePath(path), to: FilePath(kept))
      notes.append(.damagedIndexRebuilt(path: path, keptAs: kept, reason: error.message))
      let index = try repository.index()
      try index.reload()
      return index
    }
  }

  private static func describeDropped(_ extra: Data, path: String) -> [RecoveryNote] {
    var lines = extra.split(separator: 0x0A, omittingEmptySubsequences: false)
    var notes: [RecoveryNote] = []
    // The last piece is what follows the last line break: empty unless a write was cut off.
    let tail = lines.removeLast()
    if !lines.isEmpty { notes.append(.uncommittedLinesDropped(path: path, count: lines.count)) }
    if !tail.isEmpty { notes.append(.tornLineDropped(path: path, text: String(decoding: tail, as: UTF8.self))) }
    return notes
  }
}

/// A workspace's last commit, read without a lock.
public struct WorkspaceSnapshot: Equatable, Sendable {
  public var metadata: AttemptMetadata
  public var entries: [TranscriptEntry]
  /// The id of the last commit, as 40 hexadecimal digits.
  public var headCommit: String
}
