import Foundation
import Testing

@testable import Workspace

/// Each way of pointing labrun at something that is not a usable workspace: a clear error naming the
/// path and the problem, flagged for exit 65, and not one byte changed.
@Suite struct WorkspaceBadInputTests {
  enum Damage: String, CaseIterable, Sendable {
    case missingFolder, plainFile, folderWithoutGit, emptyRepository, otherLab, corruptHead, corruptCommitObject,
      flippedTranscriptByte, metadataMissingField, metadataNotJSON, transcriptEditedLine, noMetadataFile
  }

  /// Sets up `damage` under `folder` and returns the path to open and what the error must say.
  func prepare(_ damage: Damage, in folder: TemporaryFolder) throws -> (path: String, expected: String) {
    let path = folder.child("ws")
    func workspace() throws {
      try Fixture.workspace(in: folder, count: 2).close()
    }
    func commitEdit(_ file: String, _ text: String) throws {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + file))
      #expect(try gitCLI(["commit", "-q", "-a", "-m", "edit"], in: path).status == 0)
    }
    switch damage {
    case .missingFolder:
      return (path, "\(path) is not a labrun workspace: there is no such folder")
    case .plainFile:
      _ = FileManager.default.createFile(atPath: path, contents: Data("x".utf8))
      return (path, "\(path) is not a labrun workspace: it is a file, not a folder")
    case .folderWithoutGit:
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      _ = FileManager.default.createFile(atPath: path + "/notes.txt", contents: Data("x".utf8))
      return (path, "\(path) is not a labrun workspace: it has no .git folder")
    case .emptyRepository:
      #expect(try gitCLI(["init", "-q", "-b", "main", path], in: folder.path).status == 0)
      return (path, "\(path) is not a labrun workspace: the repository has no commits on main")
    case .otherLab:
      try workspace()
      return (path, "\(path) is a workspace of lab \"interface-endpoint\", not \"gateway-endpoint\"")
    case .corruptHead:
      try workspace()
      try Data("garbage\n".utf8).write(to: URL(fileURLWithPath: path + "/.git/HEAD"))
      return (path, "the git repository in \(path) is damaged")
    case .corruptCommitObject:
      try workspace()
      let head = try gitCLI(["rev-parse", "HEAD"], in: path).output.trimmingCharacters(in: .whitespacesAndNewlines)
      let object = path + "/.git/objects/" + head.prefix(2) + "/" + head.dropFirst(2)
      try FileManager.default.removeItem(atPath: object)
      try Data("not zlib at all".utf8).write(to: URL(fileURLWithPath: object))
      return (path, "the git repository in \(path) is damaged")
    case .flippedTranscriptByte:
      // One bit of the transcript's stored object flips (a bad disk): zlib's check of the
      // inflated bytes must catch it, since objects are not hashed again on every read.
      try workspace()
      let blob = try gitCLI(["rev-parse", "HEAD:transcript-000000.jsonl"], in: path).output
        .trimmingCharacters(in: .whitespacesAndNewlines)
      let object = path + "/.git/objects/" + blob.prefix(2) + "/" + blob.dropFirst(2)
      var bytes = try #require(FileManager.default.contents(atPath: object))
      bytes[bytes.count / 2] ^= 0x10
      try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: object)
      try bytes.write(to: URL(fileURLWithPath: object))
      return (path, "the git repository in \(path) is damaged")
    case .metadataMissingField:
      try workspace()
      let text = try String(contentsOfFile: path + "/labrun.json", encoding: .utf8)
      try commitEdit("labrun.json", text.replacingOccurrences(of: "\"seed\" : 20210614", with: "\"seeed\" : 1"))
      return (path, "\(path)/labrun.json: field \"seed\" is missing")
    case .metadataNotJSON:
      try workspace()
      try commitEdit("labrun.json", "lab: interface-endpoint\n")
      return (path, "\(path)/labrun.json: is not valid JSON")
    case .transcriptEditedLine:
      try workspace()
      try commitEdit("transcript-000000.jsonl", "{\"kind\":\"reset\"}\n{\"kind\":\"command\"}\n")
      return (path, "\(path)/transcript-000000.jsonl:2: command entry without")
    case .noMetadataFile:
      try workspace()
      #expect(try gitCLI(["rm", "-q", "labrun.json"], in: path).status == 0)
      #expect(try gitCLI(["commit", "-q", "-m", "rm"], in: path).status == 0)
      return (path, "\(path) is not a labrun workspace: its last commit has no labrun.json")
    }
  }

  @Test(arguments: Damage.allCases) func refusesWithAClearErrorAndChangesNothing(_ damage: Damage) throws {
    let folder = TemporaryFolder()
    let (path, expected) = try prepare(damage, in: folder)
    let before = snapshot(folder.path)
    let error = #expect(throws: WorkspaceError.self) {
      try Workspace.open(at: path, labID: damage == .otherLab ? "gateway-endpoint" : "interface-endpoint")
    }
    #expect(error?.isBadInput == true)
    #expect(error?.description.contains(expected) == true, "\(error.map { "\($0)" } ?? "no error")")
    #expect(snapshot(folder.path) == before)
  }
}
