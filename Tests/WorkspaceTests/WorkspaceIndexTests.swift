import Foundation
import Testing
import Transcript

@testable import Workspace

/// labrun writes the index itself on a save (patching the one it wrote last); git must read it as
/// its own, learner-staged entries must survive, and anything unusual goes through libgit2.
@Suite struct WorkspaceIndexTests {
  /// A command whose output is long enough that a few dozen fill several segments (folds included).
  static func long(_ n: Int) -> TranscriptEntry {
    .command(
      CommandRecord(
        host: "V1", input: "echo \(n)", simulatedTime: Int64(n), exitStatus: 0,
        output: String(repeating: "0123456789abcdef", count: 300) + "\n"))
  }

  /// `git ls-files --stage --debug`: every entry's mode, id, stage, path and stat data.
  static func listing(_ path: String) throws -> String {
    let run = try gitCLI(["ls-files", "--stage", "--debug"], in: path)
    #expect(run.status == 0, "\(run.error)")
    return run.output
  }

  /// After saves that append, fold, start segments and change the progress page, the index lists
  /// what git itself records when it rebuilds the index from HEAD and the files (`git reset`):
  /// same entries, ids, flags and stat data; and git sees nothing to commit.
  @Test func theIndexIsTheOneGitRebuilds() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 0)
    for n in 0..<70 {
      try workspace.append(
        Self.long(n), progressPage: n % 7 == 0 ? Fixture.progress(n) : nil, time: Fixture.start + Double(n + 1))
    }
    #expect(workspace.indexCache != nil, "the saves did not write the index themselves")
    #expect(workspace.state.segments.count >= 3)
    workspace.close()
    let path = folder.child("ws")
    let ours = try Self.listing(path)
    try FileManager.default.removeItem(atPath: path + "/.git/index")
    #expect(try gitCLI(["reset", "-q"], in: path).status == 0)
    #expect(try Self.listing(path) == ours)
    try expectCleanRepository(path)
  }

  /// A file the learner stages with git is kept through later saves, as is its blob; the index
  /// git rewrote is read again rather than overwritten with labrun's stale copy.
  @Test func aFileTheLearnerStagedIsKept() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 3)
    let path = workspace.path
    try Data("my notes\n".utf8).write(to: URL(fileURLWithPath: path + "/notes.md"))
    #expect(try gitCLI(["add", "notes.md"], in: path).status == 0)
    for n in 3..<8 {
      try workspace.append(Fixture.command(n), progressPage: Fixture.progress(n), time: Fixture.start + Double(n + 1))
    }
    let status = try gitCLI(["status", "--porcelain", "--untracked-files=all"], in: path)
    #expect(status.output == "A  notes.md\n", "\(status.output)\(status.error)")
    let staged = try gitCLI(["ls-files", "--stage", "notes.md"], in: path).output
    let blob = try gitCLI(["hash-object", "notes.md"], in: path).output
    #expect(staged == "100644 \(blob.trimmingCharacters(in: .newlines)) 0\tnotes.md\n", "\(staged)")
    #expect(try gitCLI(["diff-files", "--quiet"], in: path).status == 0)
    #expect(workspace.indexCache != nil, "the index git wrote was not read again")
    workspace.close()
    #expect(try Workspace.read(at: path).entries == (0..<8).map(Fixture.command))
  }

  /// Indexes `IndexImage` does not hold (version 4, an intent-to-add entry, which needs version 3)
  /// are written through libgit2: the save succeeds, the learner's entry stays, git sees a clean tree.
  @Test(arguments: [["update-index", "--index-version", "4"], ["add", "-N", "notes.md"]])
  func unusualIndexesGoThroughLibgit2(_ gitArguments: [String]) throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 2)
    let path = workspace.path
    try Data("later\n".utf8).write(to: URL(fileURLWithPath: path + "/notes.md"))
    #expect(try gitCLI(gitArguments, in: path).status == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: path + "/.git/index"))
    #expect(IndexImage.parse(Array(before)) == nil)
    let receipt = try workspace.append(Fixture.command(2), progressPage: Fixture.progress(2), time: Fixture.start + 9)
    #expect(receipt.workTreeProblem == nil)
    #expect(workspace.indexCache == nil)
    let status = try gitCLI(["status", "--porcelain"], in: path).output
    let learner = gitArguments[0] == "add" ? " A notes.md\n" : "?? notes.md\n"
    #expect(status == learner, "\(status)")
    workspace.close()
    #expect(try Workspace.read(at: path).entries == (0..<3).map(Fixture.command))
  }

  /// While a git command holds `index.lock` the save keeps its commit and says the files were not
  /// updated; the lock is not touched, and the next save after it goes brings the index up to date.
  @Test func aHeldIndexLockIsReportedAndTheNextSaveRepairs() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 2)
    _ = try workspace.append(Fixture.command(2), time: Fixture.start + 3)
    let lock = workspace.path + "/.git/index.lock"
    try Data("held by git".utf8).write(to: URL(fileURLWithPath: lock))
    let saved = try workspace.append(Fixture.command(3), time: Fixture.start + 4)
    #expect(saved.workTreeProblem?.contains("index.lock") == true, "\(saved)")
    #expect(FileManager.default.contents(atPath: lock) == Data("held by git".utf8))
    #expect(try Workspace.read(at: workspace.path).entries.count == 4)
    try FileManager.default.removeItem(atPath: lock)
    let next = try workspace.append(Fixture.command(4), time: Fixture.start + 5)
    #expect(next.workTreeProblem == nil)
    workspace.close()
    try expectCleanRepository(folder.child("ws"))
  }

  /// A damaged index (its checksum does not match) is not patched: libgit2 reports it, the commit
  /// is kept, and the damage is never hidden by a rewrite that looks valid. The next open moves it
  /// aside and rebuilds the index from the last commit (it is derived data), saying so.
  @Test func aDamagedIndexIsNotPatched() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 2)
    _ = try workspace.append(Fixture.command(2), time: Fixture.start + 3)
    let index = workspace.path + "/.git/index"
    var bytes = try Data(contentsOf: URL(fileURLWithPath: index))
    bytes[bytes.count - 30] ^= 0xFF
    try bytes.write(to: URL(fileURLWithPath: index))
    #expect(IndexImage.parse(Array(bytes)) == nil)
    let saved = try workspace.append(Fixture.command(3), time: Fixture.start + 4)
    #expect(saved.workTreeProblem != nil)
    #expect(try Workspace.read(at: workspace.path).entries == (0..<4).map(Fixture.command))

    // Opening again rebuilds the index from the last commit and keeps the damaged file.
    workspace.close()
    let reopened = try Workspace.open(at: folder.child("ws"))
    let rebuilt = reopened.recovery.filter {
      if case .damagedIndexRebuilt(let path, let kept, let reason) = $0 {
        return path == index && kept == index + ".damaged" && reason.contains("checksum")
      }
      return false
    }
    #expect(rebuilt.count == 1, "\(reopened.recovery)")
    #expect(FileManager.default.contents(atPath: index + ".damaged") == bytes)
    #expect(reopened.entries == (0..<4).map(Fixture.command))
    _ = try reopened.append(Fixture.command(4), time: Fixture.start + 5)
    reopened.close()
    let status = try gitCLI(["status", "--porcelain", "--untracked-files=all"], in: folder.child("ws"))
    #expect(status.output.isEmpty, "\(status.output)")
    #expect(try gitCLI(["fsck", "--strict", "--no-progress"], in: folder.child("ws")).status == 0)
  }

  /// git's defence against racy entries: a staged file changed within the same timestamp as its
  /// index entry, keeping its size, is marked (size 0) so `git status` compares its content.
  @Test func aRacilyCleanEntryThatChangedIsSmudged() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 2)
    let path = workspace.path
    let notes = path + "/notes.md"
    try Data("version one\n".utf8).write(to: URL(fileURLWithPath: notes))
    // A modification time ahead of the index makes the entry racy whatever the clock's resolution.
    let later = Date().addingTimeInterval(3600)
    try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: notes)
    #expect(try gitCLI(["add", "notes.md"], in: path).status == 0)
    try Data("version two\n".utf8).write(to: URL(fileURLWithPath: notes))
    try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: notes)
    _ = try workspace.append(Fixture.command(2), time: Fixture.start + 3)
    #expect(workspace.indexCache != nil)
    let entry = try Self.listing(path).components(separatedBy: "notes.md\n").dropFirst().first ?? ""
    #expect(entry.contains("size: 0\t"), "\(entry)")
    let status = try gitCLI(["status", "--porcelain"], in: path).output
    #expect(status == "AM notes.md\n", "\(status)")
  }
}
