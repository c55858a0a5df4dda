import Foundation
import SystemPackage

extension Workspace {
  /// The file in the `.git` folder that holds the resume checkpoint: outside the tree, so it is never
  /// committed, pushed, bundled or graded, and `git status` does not show it.
  static let checkpointName = "labrun-resume-checkpoint"

  /// The largest checkpoint written or read: well above what a lab's state comes to (hosts hold at
  /// most 16 MiB each), and a cap on what a damaged or planted file can make labrun read.
  public static let checkpointLimit = 256 << 20

  /// The bytes of the resume checkpoint the last session left, or nil when there is none.
  ///
  /// The workspace does not look inside: the caller decides whether they are a checkpoint it can use.
  public func readCheckpoint() -> [UInt8]? {
    workTree.readRegularFile(
      atPath: FilePath(workTree.gitDirectory).appending(Self.checkpointName).string, limit: Self.checkpointLimit
    ).map { [UInt8]($0) }
  }

  /// The resume checkpoint of the workspace at `path`, read without opening it (no lock, no libgit2),
  /// as `labrun status` reads the rest with `read(at:)`.
  public static func readCheckpoint(at path: String) -> [UInt8]? {
    let gitDirectory = FilePath(path).appending(".git").string
    return WorkTree(directory: path, gitDirectory: gitDirectory)
      .readRegularFile(atPath: gitDirectory + "/" + checkpointName, limit: checkpointLimit).map { [UInt8]($0) }
  }

  /// Replaces the resume checkpoint in one step (a reader sees the old one or the new one, whole).
  ///
  /// Not flushed to disk: a checkpoint lost to a crash only costs the next resume a full replay.
  /// One larger than `checkpointLimit` is not written, since it could not be read back; the one
  /// before stays, covering fewer lines.
  public func writeCheckpoint(_ bytes: [UInt8]) throws {
    guard bytes.count <= Self.checkpointLimit else {
      throw WorkspaceError.saveFailed(
        path: workTree.gitDirectory + "/" + Self.checkpointName,
        reason: "a checkpoint of \(bytes.count) bytes is larger than labrun reads back (\(Self.checkpointLimit))")
    }
    try workTree.replaceInGitDirectory(Self.checkpointName, with: Data(bytes))
  }
}
