import Foundation
import Transcript

/// A learner's workspace: a git repository with the lab's metadata, the transcript and a progress page.
///
/// Open it with `create` or `open`; it holds the workspace's lock until `close()` or deinit. Each
/// `append` is one commit. Not `Sendable`: use it from one thread, as libgit2 requires.
public final class Workspace {
  /// The workspace folder.
  public let path: String
  /// The lab, seed and learner recorded when the workspace was created.
  public let metadata: AttemptMetadata
  /// What `open` repaired (torn lines, stale locks, restored files); empty after `create`.
  public let recovery: [RecoveryNote]

  let repository: Repository
  let workTree: WorkTree
  let timeZone: TimeZone
  var lock: WorkspaceLock?
  var state: CommittedState
  /// The entries read at open, until the first save.
  var openedEntries: [TranscriptEntry]?
  /// False after a work tree write failed; the next save then rewrites the files instead of appending.
  var workTreeInSync = true
  /// How saves split the transcript into segments: by the workspace's format, so a workspace an
  /// older labrun made keeps the layout that labrun reads (tests may set it).
  var segmentLayout = SegmentLayout.current
  /// Whether this session's first commit, which names the labrun running it, has been made.
  var versionRecorded = false
  /// The tree of the last commit, kept so a save rewrites only the rows of the files it changed.
  var tree: FlatTree
  /// Remembers the last tree's bytes and hash states, so a save hashes only its changed end.
  var treeHasher = PrefixHasher()
  /// The index as this workspace last wrote it (nil until a save has written it without libgit2).
  var indexCache: IndexCache?
  /// Hashes each new index from where it first differs from the last one.
  var indexHasher = PrefixHasher()

  init(
    path: String, repository: Repository, lock: WorkspaceLock, state: CommittedState, timeZone: TimeZone,
    recovery: [RecoveryNote]
  ) {
    self.path = path
    self.repository = repository
    self.workTree = WorkTree(directory: path, gitDirectory: repository.gitDirectory)
    self.lock = lock
    self.openedEntries = state.entries
    self.tree = state.tree
    var state = state
    state.entries = []
    self.state = state
    self.metadata = state.metadata
    self.segmentLayout = state.metadata.format >= 2 ? .current : .growingLastSegment
    self.timeZone = timeZone
    self.recovery = recovery
  }

  /// Every committed transcript entry, oldest first, handed over for the replay that resumes a
  /// session: the workspace drops the copy it read at open, so that memory is freed when the
  /// replay is done with it rather than by the session's first save.
  public func takeEntries() -> [TranscriptEntry] {
    defer { openedEntries = nil }
    return entries
  }

  /// Every committed transcript entry, oldest first; the caller replays these to resume.
  ///
  /// After open they are the ones just read; after a save they are decoded again from the segments
  /// (which were read and checked at open, or written by this labrun), so a session does not keep a
  /// second copy of its transcript in memory.
  public var entries: [TranscriptEntry] {
    if let openedEntries { return openedEntries }
    return state.segments.flatMap { (try? TranscriptFile.entries(in: $0.bytes, path: path + "/" + $0.name)) ?? [] }
  }

  /// The id of the last commit, as 40 hexadecimal digits.
  public var headCommit: String { state.head.hex }

  /// Releases the lock; the workspace cannot be written to afterwards. Safe to call twice.
  public func close() {
    lock?.release()
    lock = nil
  }

  deinit {
    close()
  }
}

/// One file of the transcript: its path in the tree, blob and bytes.
struct Segment: Equatable {
  var name: String
  var blob: ObjectID
  var bytes: Data
}

/// What is in the last commit of a workspace.
struct CommittedState {
  var head: ObjectID
  var metadata: AttemptMetadata
  var metadataBytes: Data
  var metadataBlob: ObjectID
  /// The transcript's segments in order; never empty (a new workspace has one empty segment).
  var segments: [Segment]
  /// The entries `read` decoded; the workspace keeps them only until its first save.
  var entries: [TranscriptEntry]
  var progress: Data
  var progressBlob: ObjectID

  /// The commit's tree: metadata, progress page and every transcript segment, side by side.
  var tree: FlatTree {
    FlatTree(
      [(WorkspaceFile.progress, progressBlob), (WorkspaceFile.metadata, metadataBlob)]
        + segments.map { ($0.name, $0.blob) })
  }

  /// Reads and checks the last commit on `main`; `root` names the workspace in errors.
  ///
  /// With `checkHead`, HEAD must name `main` too (a work tree checked out elsewhere cannot be saved to);
  /// a reader of a bare copy does not care where its HEAD points.
  static func read(from repository: Repository, root: String, checkHead: Bool = true) throws -> CommittedState {
    func git<T>(_ body: () throws -> T) throws -> T {
      do { return try body() } catch let error as GitError {
        throw WorkspaceError.corruptRepository(path: root, cause: error)
      }
    }
    let headTarget = checkHead ? try git { try repository.symbolicTarget("HEAD") } : Optional(WorkspaceFile.branch)
    guard headTarget == WorkspaceFile.branch else {
      let on = headTarget.map { "branch \($0)" } ?? "a detached commit"
      throw WorkspaceError.notAWorkspace(
        path: root, reason: "HEAD is on \(on), not \(WorkspaceFile.branch); run `git checkout main` in it")
    }
    guard let head = try git({ try repository.referenceTarget(WorkspaceFile.branch) }) else {
      throw WorkspaceError.notAWorkspace(
        path: root, reason: "the repository has no commits on \(WorkspaceFile.branchName)")
    }
    let tree = try git { try repository.tree(try repository.commit(head).treeID) }
    func blob(_ name: String) throws -> (ObjectID, Data) {
      guard let id = tree.blobID(named: name) else {
        throw WorkspaceError.notAWorkspace(path: root, reason: "its last commit has no \(name)")
      }
      return (id, try git { try repository.blobContent(id) })
    }
    let (metadataBlob, metadataBytes) = try blob(WorkspaceFile.metadata)
    let metadata = try AttemptMetadata.decode(metadataBytes, path: root + "/" + WorkspaceFile.metadata)
    let (progressBlob, progress) = try blob(WorkspaceFile.progress)

    var segments: [Segment] = []
    var entries: [TranscriptEntry] = []
    // git keeps tree entries sorted by name, and zero-padded numbers sort in order.
    for (index, item) in tree.entries.filter({ WorkspaceFile.isSegmentName($0.name) }).enumerated() {
      let name = item.name
      guard item.isBlob, name == WorkspaceFile.segment(index) else {
        throw WorkspaceError.badTranscript(
          path: root + "/" + name, line: 0,
          problem:
            "unexpected transcript file; segments are numbered from \(WorkspaceFile.segment(0)) upwards without gaps")
      }
      let bytes = try git { try repository.blobContent(item.id) }
      entries += try TranscriptFile.entries(in: bytes, path: root + "/" + name)
      segments.append(Segment(name: name, blob: item.id, bytes: bytes))
    }
    guard !segments.isEmpty else {
      throw WorkspaceError.notAWorkspace(path: root, reason: "its last commit has no \(WorkspaceFile.segment(0))")
    }
    return CommittedState(
      head: head, metadata: metadata, metadataBytes: metadataBytes, metadataBlob: metadataBlob, segments: segments,
      entries: entries, progress: progress, progressBlob: progressBlob)
  }
}

extension Workspace {
  /// An absolute path without a trailing slash, `.` or `..`.
  static func normalized(_ path: String) -> String {
    let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    return URL(fileURLWithPath: absolute).standardizedFileURL.path
  }
}
