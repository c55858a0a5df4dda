import Foundation
import Testing
import Transcript

@testable import Workspace

/// Trees and commits that labrun serialises itself must be the ones git would write.
@Suite struct WorkspaceTreeTests {
  /// git's `mktree` rebuilds each commit's tree from its listing; the ids must agree, on a workspace
  /// long enough to have several segments (so the order of more than three names is tested).
  @Test func treesAreTheOnesGitWrites() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 0)
    let long = String(repeating: "0123456789abcdef", count: 400)
    for n in 0..<60 {
      let entry = TranscriptEntry.command(
        CommandRecord(host: "V1", input: "echo \(n)", simulatedTime: Int64(n), exitStatus: 0, output: long + "\n"))
      try workspace.append(entry, progressPage: Fixture.progress(n), time: Fixture.start + Double(n + 1))
    }
    workspace.close()
    let path = folder.child("ws")
    let segments = try gitCLI(["ls-tree", "--name-only", "HEAD"], in: path).output.split(separator: "\n")
    #expect(segments.filter { $0.hasPrefix("transcript-") }.count >= 3)
    for revision in ["HEAD", "HEAD~1", "HEAD~17", "HEAD~59", "HEAD~60"] {
      let listing = try gitCLI(["ls-tree", revision], in: path)
      #expect(listing.status == 0, "\(listing.error)")
      let rebuilt = try gitCLI(["mktree"], in: path, input: Data(listing.output.utf8))
      let recorded = try gitCLI(["rev-parse", revision + "^{tree}"], in: path)
      #expect(rebuilt.status == 0 && rebuilt.output == recorded.output, "\(revision): \(rebuilt.error)")
    }
    try expectCleanRepository(path)
  }

  /// A commit names its tree and parent by id and carries the signatures and message as git's
  /// format lays them out, with the `encoding UTF-8` header labrun has always written.
  @Test func commitsAreLaidOutAsGitLaysThemOut() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 2)
    workspace.close()
    let path = folder.child("ws")
    let tree = try gitCLI(["rev-parse", "HEAD^{tree}"], in: path).output
    let parent = try gitCLI(["rev-parse", "HEAD~1"], in: path).output
    let raw = try gitCLI(["cat-file", "commit", "HEAD"], in: path).output
    let header =
      "tree \(tree)parent \(parent)author Kim Learner <kim@example.com> 1700000002 +0900\n"
      + "committer Kim Learner <kim@example.com> 1700000002 +0900\nencoding UTF-8\n\n"
    #expect(raw.hasPrefix(header), "\(raw)")
    let root = try gitCLI(["cat-file", "commit", "HEAD~2"], in: path).output
    #expect(!root.contains("\nparent "), "\(root)")
    try expectCleanRepository(path)
  }

  /// The id git gives the tree of `workspace`'s files once `entry` is saved (no progress change).
  func treeID(after entry: TranscriptEntry, in workspace: Workspace) throws -> (tree: String, blob: String) {
    let segment = workspace.state.segments.last!.bytes + (try entry.jsonLine())
    let blob = try gitCLI(["hash-object", "--stdin"], in: workspace.path, input: segment).output
      .trimmingCharacters(in: .newlines)
    var files = [
      (WorkspaceFile.metadata, workspace.state.metadataBlob.hex),
      (WorkspaceFile.progress, workspace.state.progressBlob.hex),
    ]
    files += workspace.state.segments.dropLast().map { ($0.name, $0.blob.hex) }
    files.append((workspace.state.segments.last!.name, blob))
    var raw = Data()
    for (name, id) in files.sorted(by: { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }) {
      raw.append(contentsOf: Array("100644 \(name)".utf8) + [0])
      raw.append(contentsOf: stride(from: 0, to: 40, by: 2).map { UInt8(id.dropFirst($0).prefix(2), radix: 16)! })
    }
    let tree = try gitCLI(["hash-object", "-t", "tree", "--stdin"], in: workspace.path, input: raw).output
    return (tree.trimmingCharacters(in: .newlines), blob)
  }

  /// labrun writes trees itself; when that write fails (here the tree's fan-out folder is a file,
  /// as a full disk or a read-only folder would fail it) the save throws, names the cause, records
  /// nothing, and saving goes on once the cause is gone.
  @Test func aTreeThatCannotBeWrittenFailsTheSaveAndLosesNothing() throws {
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 3)
    let head = workspace.headCommit
    var chosen: (TranscriptEntry, String)?
    for attempt in 0..<500 where chosen == nil {
      let entry = TranscriptEntry.command(
        CommandRecord(host: "V1", input: "echo \(attempt)", simulatedTime: 0, exitStatus: 0, output: "\(attempt)\n"))
      let (tree, blob) = try treeID(after: entry, in: workspace)
      let treeFolder = workspace.path + "/.git/objects/" + tree.prefix(2)
      if tree.prefix(2) != blob.prefix(2), !FileManager.default.fileExists(atPath: treeFolder) {
        chosen = (entry, treeFolder)
      }
    }
    let (entry, treeFolder) = try #require(chosen)
    _ = FileManager.default.createFile(atPath: treeFolder, contents: Data("in the way".utf8))

    let error = #expect(throws: WorkspaceError.self) {
      try workspace.append(entry, time: Fixture.start + 100)
    }
    #expect(error?.description.contains("Not a directory") == true, "\(String(describing: error))")
    #expect(workspace.headCommit == head)
    #expect(try Workspace.read(at: workspace.path).entries == (0..<3).map(Fixture.command))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.path + "/.git/objects")
      .filter { $0.hasPrefix("tmp_obj") }
    #expect(leftovers.isEmpty)

    try FileManager.default.removeItem(atPath: treeFolder)
    try workspace.append(entry, time: Fixture.start + 101)
    workspace.close()
    #expect(try Workspace.read(at: workspace.path).entries == (0..<3).map(Fixture.command) + [entry])
    try expectCleanRepository(workspace.path)
  }

  /// With durable writes on, trees and commits are fsynced by labrun's own writer; the repository
  /// is the same plain git.
  @Test func durableWritesMakeTheSameRepository() throws {
    GitLibrary.setDurableWrites(true)
    defer { GitLibrary.setDurableWrites(false) }
    let folder = TemporaryFolder()
    let workspace = try Fixture.workspace(in: folder, count: 5)
    workspace.close()
    #expect(try Workspace.read(at: folder.child("ws")).entries == (0..<5).map(Fixture.command))
    try expectCleanRepository(folder.child("ws"))
  }
}
