import Clibgit2
import Foundation
import Testing

@testable import Workspace

/// An object id's text is what the audit reports and the grade compares with `git log`, so it must
/// be git's, digit for digit.
@Suite struct ObjectIDTests {
  /// Ids of random bytes (and the two extremes) read back from their text, and written as
  /// `printf("%02x")` writes each byte.
  @Test func hexIsTwoLowercaseDigitsPerByte() throws {
    var generator = SplitMix64(state: 41)
    var samples: [[UInt8]] = [Array(repeating: 0, count: 20), Array(repeating: 0xFF, count: 20)]
    for _ in 0..<200 { samples.append((0..<20).map { _ in UInt8.random(in: 0...255, using: &generator) }) }
    for bytes in samples {
      var oid = git_oid()
      withUnsafeMutableBytes(of: &oid) { raw in
        for index in 0..<20 { raw[index] = bytes[index] }
      }
      let expected = bytes.map { String(format: "%02x", $0) }.joined()
      let id = ObjectID(oid)
      #expect(id.hex == expected)
      #expect(try ObjectID(hex: expected) == id)
    }
  }

  /// The ids of a commit made by git itself and of its tree come out as `git rev-parse` prints them.
  @Test func idsOfARealCommitAreGits() throws {
    let folder = TemporaryFolder()
    #expect(try gitCLI(["init", "-q", "-b", "main", folder.path], in: folder.path).status == 0)
    try Data("hello\n".utf8).write(to: URL(fileURLWithPath: folder.child("a.txt")))
    #expect(try gitCLI(["add", "a.txt"], in: folder.path).status == 0)
    #expect(try gitCLI(["commit", "-q", "-m", "first"], in: folder.path).status == 0)
    let commit = try gitCLI(["rev-parse", "HEAD"], in: folder.path).output
    let tree = try gitCLI(["rev-parse", "HEAD^{tree}"], in: folder.path).output
    let repository = try Repository.open(at: folder.path)
    let head = try #require(try repository.referenceTarget("refs/heads/main"))
    #expect(head.hex + "\n" == commit)
    #expect(try repository.commit(head).treeID.hex + "\n" == tree)
  }
}
