import Foundation
import SystemPackage
import Transcript

#if canImport(Glibc)
  import Glibc
#endif

extension Workspace {
  /// Creates a workspace at `path` with its first commit, and takes its lock.
  ///
  /// The repository is built in a hidden sibling folder and renamed into place when complete, so a
  /// crash never leaves a half-made workspace at `path`. `path` must not exist or be an empty folder.
  ///
  /// - Parameters:
  ///   - metadata: the lab, seed and learner; the learner is the author of every commit.
  ///   - progressPage: the first `README.md`.
  ///   - time: the wall-clock time of the first commit.
  ///   - timeZone: the zone recorded with commit times.
  public static func create(
    at path: String, metadata: AttemptMetadata, progressPage: String, time: Date,
    timeZone: TimeZone = .current
  ) throws -> Workspace {
    let root = normalized(path)
    if let problem = metadata.problem {
      throw WorkspaceError.badMetadata(path: root + "/" + WorkspaceFile.metadata, problem: problem)
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) {
      let contents = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? ["?"]
      guard isDirectory.boolValue, contents.isEmpty else { throw occupied(root) }
    }
    let parent = (root as NSString).deletingLastPathComponent
    let name = (root as NSString).lastPathComponent
    let stagingPrefix = "." + name + ".labrun-new-"
    let staging = parent + "/" + stagingPrefix + String(getpid())

    let lock: WorkspaceLock
    do {
      try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
      removeAbandonedStaging(in: parent, prefix: stagingPrefix)
      try? FileManager.default.removeItem(atPath: staging)
      lock = try build(at: staging, metadata: metadata, progressPage: progressPage, time: time, timeZone: timeZone)
      // rename(2) replaces an empty folder and refuses a non-empty one, atomically.
      do {
        try FileSystemCalls.rename(FilePath(staging), to: FilePath(root))
      } catch let error as FileError where [Errno.directoryNotEmpty, .fileExists, .notDirectory].contains(error.errno) {
        throw occupied(root)
      }
    } catch let error as WorkspaceError {
      try? FileManager.default.removeItem(atPath: staging)
      throw error
    } catch {
      try? FileManager.default.removeItem(atPath: staging)
      throw WorkspaceError.saveFailed(path: root, reason: "cannot create the workspace: \(error)")
    }
    // The lock's descriptor follows the renamed folder; only the repository must be opened anew.
    do {
      let repository = try Repository.open(at: root)
      let state = try CommittedState.read(from: repository, root: root)
      return Workspace(path: root, repository: repository, lock: lock, state: state, timeZone: timeZone, recovery: [])
    } catch let error as GitError {
      throw WorkspaceError.corruptRepository(path: root, cause: error)
    }
  }

  /// Why `root` cannot be created: another labrun that is creating or using a workspace there has it
  /// (two starts raced, and this one lost: "in use", not bad data), or something else is in the way.
  static func occupied(_ root: String) -> WorkspaceError {
    let lock = WorkspaceLock.probe(gitDirectory: root + "/.git")
    return lock.held ? .locked(path: root, holder: lock.holder) : .alreadyExists(path: root)
  }

  /// Writes the repository, first commit, work tree and index in `folder`, and locks it.
  private static func build(
    at folder: String, metadata: AttemptMetadata, progressPage: String, time: Date, timeZone: TimeZone
  ) throws -> WorkspaceLock {
    let repository = try Repository.create(at: folder, initialBranch: WorkspaceFile.branchName)
    // History is never rewritten, so reflogs add nothing but another file to write on each save.
    try repository.setLocalConfig("core.logallrefupdates", false)
    let metadataBytes = try metadata.encoded()
    let progress = Data(progressPage.utf8)
    let firstSegment = WorkspaceFile.segment(0)
    var state = CommittedState(
      head: .zero, metadata: metadata, metadataBytes: metadataBytes,
      metadataBlob: try repository.writeBlob(metadataBytes),
      segments: [Segment(name: firstSegment, blob: try repository.writeBlob(Data()), bytes: Data())], entries: [],
      progress: progress, progressBlob: try repository.writeBlob(progress))
    let signature = try Signature(
      name: metadata.learner.name, email: metadata.learner.email, time: time, timeZone: timeZone)
    var hasher = PrefixHasher()
    state.head = try repository.createCommit(
      treeID: try repository.writeFlatTree(state.tree, hasher: &hasher), parentIDs: [], author: signature,
      committer: signature,
      message: CommitMessage.start(labID: metadata.labID, seed: metadata.seed))
    try repository.setReference(WorkspaceFile.branch, to: state.head, expecting: nil)

    let workTree = WorkTree(directory: folder, gitDirectory: repository.gitDirectory)
    let index = try repository.index()
    for (name, bytes, blob) in [
      (WorkspaceFile.metadata, metadataBytes, state.metadataBlob),
      (WorkspaceFile.progress, progress, state.progressBlob),
      (firstSegment, Data(), state.segments[0].blob),
    ] {
      try workTree.replace(name, with: bytes)
      try index.add(path: name, id: blob, fileAt: workTree.path(name))
    }
    try index.write()
    return try WorkspaceLock.acquire(gitDirectory: repository.gitDirectory, workspace: folder).0
  }

  /// Removes half-built workspaces left by creators that died (their pid no longer runs).
  private static func removeAbandonedStaging(in parent: String, prefix: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
    for name in names where name.hasPrefix(prefix) {
      guard let pid = Int32(name.dropFirst(prefix.count)) else { continue }
      if pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH) {
        try? FileManager.default.removeItem(atPath: parent + "/" + name)
      }
    }
  }
}
