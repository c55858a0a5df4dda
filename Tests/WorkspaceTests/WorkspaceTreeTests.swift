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
}
