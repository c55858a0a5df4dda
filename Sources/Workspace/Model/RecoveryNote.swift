/// Something `Workspace.open` found and repaired; the CLI prints these as notices.
public enum RecoveryNote: Hashable, Sendable, CustomStringConvertible {
  /// An incomplete last line (a write cut off by a crash) was removed from the work tree's transcript.
  case tornLineDropped(path: String, text: String)
  /// Whole lines after the last commit were never committed and were removed.
  case uncommittedLinesDropped(path: String, count: Int)
  /// A work tree file was missing, behind or edited and was rewritten from the last commit.
  case fileRestored(path: String)
  /// The lock of a process that ended without releasing it was taken over.
  case staleLockTakenOver(LockHolder)
  /// A git lock file left by a crashed save was removed.
  case staleGitLockRemoved(path: String)
  /// The index (git's staging area, derived from the commits) was not a valid index; it was
  /// rebuilt from the last commit and the damaged file kept beside it.
  case damagedIndexRebuilt(path: String, keptAs: String, reason: String)

  public var description: String {
    switch self {
    case .tornLineDropped(let path, let text):
      let shown = text.count > 60 ? String(text.prefix(60)) + "…" : text
      return "\(path): dropped an incomplete last line left by an interrupted save: \(shown)"
    case .uncommittedLinesDropped(let path, let count):
      return "\(path): dropped \(count) line\(count == 1 ? "" : "s") that were never committed"
    case .fileRestored(let path):
      return "\(path): restored from the last commit"
    case .staleLockTakenOver(let holder):
      return "took over the lock left by \(holder), which is no longer running"
    case .staleGitLockRemoved(let path):
      return "\(path): removed a lock file left by an interrupted save"
    case .damagedIndexRebuilt(let path, let keptAs, let reason):
      return
        "\(path): not a valid git index (\(reason)); rebuilt from the last commit (files you had staged with git add are no longer staged), the damaged file kept as \(keptAs)"
    }
  }
}
