import Foundation
import Transcript

/// What a save produced.
public struct SaveReceipt: Equatable, Sendable {
  /// The new commit, as 40 hexadecimal digits.
  public var commit: String
  /// Set when the commit is saved but the learner-visible copies of the files could not be updated
  /// (they are repaired on the next save or open); the CLI may print it as a warning.
  public var workTreeProblem: String?
}

extension Workspace {
  /// Records one transcript entry as one commit, before the caller shows the next prompt.
  ///
  /// Objects are written and fsynced first; the branch then moves from the commit this workspace last
  /// saw to the new one in a single atomic step, so a crash keeps either all of the entry or none of it.
  /// On a thrown error (full disk, read-only folder, a changed branch) nothing is recorded and
  /// everything saved earlier stays intact; the workspace can keep saving once the cause is gone.
  ///
  /// - Parameters:
  ///   - entry: the command (or reset) to record.
  ///   - passedSteps: ids of steps this entry completed; each becomes a `Step: ID passed` trailer.
  ///   - progressPage: the new `README.md`, or nil to keep the current one.
  ///   - time: the wall-clock time of the commit.
  @discardableResult
  public func append(
    _ entry: TranscriptEntry, passedSteps: [String] = [], progressPage: String? = nil, time: Date
  ) throws -> SaveReceipt {
    guard lock != nil else { throw WorkspaceError.closed(path: path) }
    let line: Data
    do {
      line = try entry.jsonLine()
    } catch {
      throw WorkspaceError.saveFailed(path: path, reason: "cannot encode the entry: \(error)")
    }
    let progress = progressPage.map { Data($0.utf8) }
    var next = state
    let last = next.segments.count - 1
    let step = segmentLayout.step(
      tail: next.segments[last].bytes.count, beforeTail: last > 0 ? next.segments[last - 1].bytes.count : nil,
      line: line.count)
    let changed: [Int]
    switch step {
    case .append:
      next.segments[last].bytes.append(line)
      changed = [last]
    case .fold:
      next.segments[last - 1].bytes.append(next.segments[last].bytes)
      next.segments[last].bytes = line
      changed = [last - 1, last]
    case .start:
      next.segments.append(Segment(name: WorkspaceFile.segment(last + 1), blob: .zero, bytes: line))
      changed = [last + 1]
    }
    var nextTree = tree
    do {
      for index in changed {
        next.segments[index].blob = try repository.writeBlob(next.segments[index].bytes)
        nextTree.set(next.segments[index].name, to: next.segments[index].blob)
      }
      if let progress, progress != state.progress {
        next.progress = progress
        next.progressBlob = try repository.writeBlob(progress)
        nextTree.set(WorkspaceFile.progress, to: next.progressBlob)
      }
      let treeID = try repository.writeFlatTree(nextTree, hasher: &treeHasher)
      let signature = try Signature(
        name: metadata.learner.name, email: metadata.learner.email, time: time, timeZone: timeZone)
      next.head = try repository.createCommit(
        treeID: treeID, parentIDs: [state.head], author: signature, committer: signature,
        message: CommitMessage.make(
          for: entry, passedSteps: passedSteps, version: versionRecorded ? nil : Release.version))
      try repository.setReference(WorkspaceFile.branch, to: next.head, expecting: state.head)
    } catch let error as GitError {
      throw WorkspaceError.saveFailed(path: path, reason: error.description)
    }
    let progressChanged = next.progressBlob != state.progressBlob
    state = next
    tree = nextTree
    versionRecorded = true
    // A live session never reads the entries again; keeping them cost memory with every command.
    openedEntries = nil
    let problem = updateWorkTree(line: line, step: step, changed: changed, progressChanged: progressChanged)
    return SaveReceipt(commit: next.head.hex, workTreeProblem: problem)
  }

  /// Records a reset of the lab (to its start, or to the start of `step`) as a transcript entry and a
  /// commit; history is kept, so replay sees the reset where it happened.
  @discardableResult
  public func reset(toStep step: String? = nil, progressPage: String? = nil, time: Date) throws -> SaveReceipt {
    try append(.reset(step: step), progressPage: progressPage, time: time)
  }

  /// Brings the work tree copies and the index up to the commit just made; returns what went wrong.
  private func updateWorkTree(line: Data, step: SegmentLayout.Step, changed: [Int], progressChanged: Bool) -> String? {
    do {
      var files = changed.map { (name: state.segments[$0].name, blob: state.segments[$0].blob) }
      if workTreeInSync {
        if step == .append {
          try workTree.append(state.segments[changed[0]].name, line)
        } else {
          for index in changed { try workTree.replace(state.segments[index].name, with: state.segments[index].bytes) }
        }
        if progressChanged {
          try workTree.replace(WorkspaceFile.progress, with: state.progress)
          files.append((WorkspaceFile.progress, state.progressBlob))
        }
      } else {
        // A write failed earlier: rewrite every file, as open would.
        files = state.segments.map { ($0.name, $0.blob) }
        for segment in state.segments { try workTree.replace(segment.name, with: segment.bytes) }
        try workTree.replace(WorkspaceFile.metadata, with: state.metadataBytes)
        try workTree.replace(WorkspaceFile.progress, with: state.progress)
        files += [(WorkspaceFile.metadata, state.metadataBlob), (WorkspaceFile.progress, state.progressBlob)]
      }
      if try !updateIndexDirectly(files) {
        indexCache = nil
        let index = try repository.index()
        try index.reload()
        for file in files { try index.add(path: file.name, id: file.blob, fileAt: workTree.path(file.name)) }
        try index.write()
      }
      workTreeInSync = true
      return nil
    } catch {
      workTreeInSync = false
      return
        "the commit is saved, but the files in \(path) could not be updated (\(error)); they are repaired on the next save or open"
    }
  }
}
