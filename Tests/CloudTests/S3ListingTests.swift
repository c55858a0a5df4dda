import CourseWorldSupport
import Testing

@testable import Cloud

@Suite struct S3ListingTests {
  static let t0 = SimClock(year: 2021, month: 4, day: 13).millisecondsSinceEpoch

  static func store(_ keys: [String]) -> S3Store {
    S3Store(buckets: [
      Bucket(
        name: "b", region: "ap-northeast-2", creationDate: t0,
        objects: keys.map { S3Object(key: $0, size: 1, lastModified: t0) })
    ])
  }

  static func list(
    _ keys: [String], prefix: String? = nil, delimiter: String? = nil, maxKeys: Int? = nil, startAfter: String? = nil,
    encodingType: String? = nil
  ) throws -> ListObjectsV2Output {
    try store(keys).listObjectsV2(
      bucket: "b", prefix: prefix, delimiter: delimiter, maxKeys: maxKeys, startAfter: startAfter,
      encodingType: encodingType
    ).get()
  }

  @Test func articleBucketListsTwoPrefixesAndTwoObjects() throws {
    let output = try S3Store.articleFixture.listObjectsV2(bucket: "jschoi.acl", delimiter: "/").get()
    #expect(output.commonPrefixes == ["private1/", "public1/"])
    #expect(output.contents.map(\.key) == ["jschoi.acl_test.csv", "what-is-eks.png"])
    #expect(output.contents.map(\.size) == [29606, 25184])
    let dates = output.contents.map { SimClock(millisecondsSinceEpoch: $0.lastModified).components.dateTime }
    #expect(dates == ["2017-09-26 05:03:18", "2018-06-21 07:44:25"])
    #expect(output.contents.allSatisfy { $0.storageClass == "STANDARD" })
    #expect(output.keyCount == 4)
    #expect(output.isTruncated == false)
    #expect(output.prefix == "")
    #expect(output.delimiter == "/")
    #expect(output.maxKeys == 1000)
  }

  @Test(arguments: [
    // (keys, prefix, delimiter, expected contents, expected common prefixes)
    (["b", "a/1", "a/2", "c/d/e"], nil as String?, nil as String?, ["a/1", "a/2", "b", "c/d/e"], [String]()),
    (["b", "a/1", "a/2", "c/d/e"], nil, "/", ["b"], ["a/", "c/"]),
    (["b", "a/1", "a/2", "c/d/e", "c/x"], "c/", "/", ["c/x"], ["c/d/"]),
    (["c/", "c/d/e", "c/x"], "c/", "/", ["c/", "c/x"], ["c/d/"]),
    (
      ["photos/2006/jan", "photos/2006/feb", "photos/2007/x", "photos/index"], "photos/2006/", "/",
      ["photos/2006/feb", "photos/2006/jan"], []
    ),
    (["foo/bar", "foo/baz/xyzzy", "quux/thud", "asdf"], nil, "/", ["asdf"], ["foo/", "quux/"]),
    // A delimiter other than "/" and one longer than a character.
    (["bar", "baz", "cab", "foo"], nil, "a", ["foo"], ["ba", "ca"]),
    (["a--b--c", "a--d", "e"], nil, "--", ["e"], ["a--"]),
    (["a/1", "b/2"], "zzz", nil, [], []),
    (["a/1", "b/2"], "a/1/", "/", [], []),
    // The prefix is matched on bytes: "ab" is not under "a/".
    (["a/x", "ab", "a0"], "a", "/", ["a0", "ab"], ["a/"]),
  ])
  func prefixAndDelimiter(keys: [String], prefix: String?, delimiter: String?, contents: [String], prefixes: [String])
    throws
  {
    let output = try Self.list(keys, prefix: prefix, delimiter: delimiter)
    #expect(output.contents.map(\.key) == contents)
    #expect(output.commonPrefixes == prefixes)
    #expect(output.keyCount == contents.count + prefixes.count)
    #expect(output.isTruncated == false)
    #expect(output.nextContinuationToken == nil)
  }

  @Test func keysSortInUTF8ByteOrder() throws {
    // "Z" (0x5A) < "a" (0x61) < "é" (0xC3 0xA9) < "한" (0xED …); "e\u{301}" (decomposed é) starts with "e".
    let output = try Self.list(["한", "é", "a", "Z", "e\u{301}"])
    #expect(output.contents.map(\.key) == ["Z", "a", "e\u{301}", "é", "한"])
  }

  @Test func pagesThroughContentsAndPrefixesWithContinuationTokens() throws {
    let keys = ["a/1", "a/2", "b", "c/1", "d", "e"]
    let store = Self.store(keys)
    var pages: [[String]] = []
    var token: String?
    repeat {
      let page = try store.listObjectsV2(bucket: "b", delimiter: "/", maxKeys: 2, continuationToken: token).get()
      pages.append(page.commonPrefixes.map { "P:" + $0 } + page.contents.map(\.key))
      #expect(page.keyCount <= 2)
      #expect(page.continuationToken == token)
      #expect(page.isTruncated == (page.nextContinuationToken != nil))
      token = page.nextContinuationToken
    } while token != nil
    #expect(pages == [["P:a/", "b"], ["P:c/", "d"], ["e"]])
  }

  @Test func truncatesOnlyWhenMoreRemain() throws {
    let exact = try Self.list(["a", "b"], maxKeys: 2)
    #expect(exact.isTruncated == false)
    let more = try Self.list(["a", "b", "c"], maxKeys: 2)
    #expect(more.isTruncated)
    #expect(more.nextContinuationToken != nil)
    let zero = try Self.list(["a"], maxKeys: 0)
    #expect(zero.contents.isEmpty && zero.isTruncated == false && zero.keyCount == 0)
  }

  @Test func pageSizeIsCappedAtAThousand() throws {
    let keys = (0..<1005).map { "k" + String(1000 + $0) }
    let page = try Self.list(keys, maxKeys: 5000)
    #expect(page.contents.count == 1000)
    #expect(page.isTruncated)
  }

  @Test func startAfterSkipsThroughThatKey() throws {
    let output = try Self.list(["a", "b", "c"], startAfter: "a")
    #expect(output.contents.map(\.key) == ["b", "c"])
    #expect(output.startAfter == "a")
    let between = try Self.list(["a", "b", "c"], startAfter: "bb")
    #expect(between.contents.map(\.key) == ["c"])
  }

  @Test func urlEncodingEncodesNamesInTheAnswer() throws {
    let keys = ["foo+1/bar", "foo/bar/xyzzy", "quux ab/thud", "asdf+b", "한글/x.txt", "100%.csv"]
    let output = try Self.list(keys, delimiter: "/", encodingType: "url")
    #expect(output.contents.map(\.key) == ["100%25.csv", "asdf%2Bb"])
    #expect(output.commonPrefixes == ["foo%2B1/", "foo/", "quux+ab/", "%ED%95%9C%EA%B8%80/"])
    #expect(output.encodingType == "url")
    let prefixed = try Self.list(keys, prefix: "quux ab/", delimiter: "/", encodingType: "url")
    #expect(prefixed.prefix == "quux+ab/")
    #expect(prefixed.contents.map(\.key) == ["quux+ab/thud"])
    #expect(S3URLEncoding.decode("quux+ab/%ED%95%9C%2B") == "quux ab/한+")
  }

  @Test func plainListingLeavesNamesAlone() throws {
    let output = try Self.list(["a b", "c+d"])
    #expect(output.contents.map(\.key) == ["a b", "c+d"])
    #expect(output.encodingType == nil)
  }

  @Test func continuationTokensAreDeterministic() throws {
    let keys = (0..<10).map { "key-\($0)" }
    let first = try Self.list(keys, maxKeys: 3)
    let again = try Self.list(keys, maxKeys: 3)
    #expect(first == again)
    #expect(first.nextContinuationToken == again.nextContinuationToken)
  }
}
