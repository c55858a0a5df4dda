import Testing

@testable import Labs

/// `labrun list`'s memo of lab summaries (issue 17): a catalog read through it has the same entries
/// and problems as one that parses every file, it is keyed by a file's bytes and the build, and a
/// damaged or foreign cache file is no cache.
@Suite struct SummaryMemoTests {
  static let files = InMemoryLabFiles([
    "/labs/alpha/lab.yaml": "id: alpha\ntitle: First\nsteps:\n  - id: a\n  - id: b\n",
    "/labs/beta/lab.yaml": "id: beta\ntitle: \"Second, quoted\"\nsteps: []\n",
    "/labs/gamma/lab.yaml": "id: gamma\nsteps:\n  - &a {id: one}\n  - *a\n",
    "/labs/broken/lab.yaml": "id: [unclosed\n",
    "/labs/list/lab.yaml": "- just\n- a list\n",
    "/labs/noid/lab.yaml": "title: No id\n",
    "/labs/moved/lab.yaml": "id: other\ntitle: Wrong folder\n",
    "/labs/korean/lab.yaml": "id: korean\ntitle: 인터페이스 엔드포인트\nsteps:\n  - id: x\n",
  ])

  static func sameListing(_ one: Catalog, _ other: Catalog) {
    #expect(one.entries == other.entries)
    #expect(one.problems == other.problems)
  }

  @Test func theListingIsTheSameThroughTheMemoAndFromItsFile() throws {
    let plain = Catalog(root: "/labs", files: Self.files)
    let first = SummaryMemoFile(build: "b1", bytes: nil)
    Self.sameListing(Catalog(root: "/labs", files: Self.files, memo: first), plain)
    #expect(first.changed)
    let second = SummaryMemoFile(build: "b1", bytes: first.bytes())
    Self.sameListing(Catalog(root: "/labs", files: Self.files, memo: second), plain)
    #expect(!second.changed, "every file was found in the memo")
    #expect(plain.entries.count == 4 && plain.problems.count == 4)
  }

  /// What the memo holds is what the catalog shows: proof it is read, and by the file's bytes.
  @Test func theMemoIsReadByTheFilesBytes() throws {
    let yaml = "id: alpha\ntitle: First\nsteps: []\n"
    let files = InMemoryLabFiles(["/labs/alpha/lab.yaml": yaml])
    let memo = SummaryMemoFile(build: "b1", bytes: nil)
    memo.record(
      MemoizedSummary(id: "alpha", title: "Remembered", steps: 9, problem: nil),
      forDigest: MemoizedSummary.digest(of: yaml))
    #expect(
      Catalog(root: "/labs", files: files, memo: memo).entries == [
        .init(id: "alpha", title: "Remembered", stepCount: 9)
      ])
    // One byte more is another file, parsed afresh.
    let edited = InMemoryLabFiles(["/labs/alpha/lab.yaml": yaml + "\n"])
    #expect(
      Catalog(root: "/labs", files: edited, memo: memo).entries == [.init(id: "alpha", title: "First", stepCount: 0)])
  }

  @Test func aFileOfAnotherBuildOrDamagedIsNoMemo() throws {
    let memo = SummaryMemoFile(build: "b1", bytes: nil)
    _ = Catalog(root: "/labs", files: Self.files, memo: memo)
    let bytes = memo.bytes()
    #expect(SummaryMemoFile(build: "b1", bytes: bytes).summary(forDigest: Self.digest("alpha")) != nil)
    #expect(SummaryMemoFile(build: "b2", bytes: bytes).summary(forDigest: Self.digest("alpha")) == nil)
    for length in [0, 10, bytes.count / 2, bytes.count - 1] {
      #expect(
        SummaryMemoFile(build: "b1", bytes: Array(bytes[..<length])).summary(forDigest: Self.digest("alpha")) == nil)
    }
    var changed = bytes
    changed[changed.count - 3] ^= 1
    #expect(SummaryMemoFile(build: "b1", bytes: changed).summary(forDigest: Self.digest("alpha")) == nil)
    #expect(
      SummaryMemoFile(build: "b1", bytes: Array(repeating: 7, count: 500)).summary(forDigest: Self.digest("alpha"))
        == nil)
  }

  @Test func theFileKeepsThisRunsLabsFirstAndAtMostItsCapacity() throws {
    let memo = SummaryMemoFile(build: "b1", bytes: nil)
    let count = SummaryMemoFile.capacity + 10
    for n in 0..<count {
      memo.record(MemoizedSummary(id: "lab\(n)", title: nil, steps: n, problem: nil), forDigest: "d\(n)")
    }
    let reread = SummaryMemoFile(build: "b1", bytes: memo.bytes())
    #expect(reread.summary(forDigest: "d0")?.steps == 0)
    #expect(reread.summary(forDigest: "d\(SummaryMemoFile.capacity - 1)") != nil)
    #expect(reread.summary(forDigest: "d\(SummaryMemoFile.capacity)") == nil)
    // A later run that only asks for the last ones keeps them ahead of the rest.
    let later = SummaryMemoFile(build: "b1", bytes: memo.bytes())
    _ = later.summary(forDigest: "d63")
    later.record(MemoizedSummary(id: "new", title: nil, steps: 1, problem: nil), forDigest: "new")
    let kept = SummaryMemoFile(build: "b1", bytes: later.bytes())
    #expect(kept.summary(forDigest: "new") != nil)
    #expect(kept.summary(forDigest: "d63") != nil)
    #expect(kept.summary(forDigest: "d62") == nil, "pushed out by the two this run used")
  }

  static func digest(_ id: String) -> String {
    guard case .text(let text) = files.contents(at: "/labs/\(id)/lab.yaml") else { return "" }
    return MemoizedSummary.digest(of: text)
  }
}
