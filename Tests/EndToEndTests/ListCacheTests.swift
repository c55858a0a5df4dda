import Foundation
import Testing

/// `labrun list` through its cache of lab summaries (issue 17), with the built binary: the listing
/// and its warnings are the same with a cache, without one, and with a damaged or unwritable one.
@Suite struct ListCacheTests {
  static func list(_ course: TempCourse, cache: String) throws -> LabrunProcess.Result {
    try LabrunProcess.run(["list", "--labs", course.labs.path], environment: ["XDG_CACHE_HOME": cache])
  }

  static func sameResult(_ one: LabrunProcess.Result, _ other: LabrunProcess.Result, _ context: String) {
    #expect(one.stdout == other.stdout, "\(context)")
    #expect(one.stderr == other.stderr, "\(context)")
    #expect(one.status == other.status, "\(context)")
  }

  static func course() throws -> TempCourse {
    let course = try TempCourse("list-cache")
    try course.addProbe()
    try course.addProbe(id: "second")
    try course.write("id: broken\ntitle: [unclosed\n", to: "labs/broken/lab.yaml")
    return course
  }

  @Test func theListingIsTheSameWithAndWithoutTheCache() throws {
    let course = try Self.course()
    defer { course.remove() }
    let cache = course.path("cache")
    let first = try Self.list(course, cache: cache)
    #expect(first.status == 0)
    #expect(first.stdout.contains("probe"), "\(first.stdout)")
    #expect(first.stderr.contains("broken/lab.yaml"), "\(first.stderr)")
    let file = cache + "/labrun/lab-summaries"
    #expect(FileManager.default.fileExists(atPath: file))
    let written = try Data(contentsOf: URL(fileURLWithPath: file))
    Self.sameResult(try Self.list(course, cache: cache), first, "from the cache")
    // Nothing new was parsed, so the file was left as it was.
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == written)

    let damaged: [(String, Data)] = [
      ("empty", Data()), ("cut", written.prefix(written.count / 2)),
      (
        "changed",
        {
          var bytes = written
          bytes[bytes.count - 2] ^= 0x40
          return bytes
        }()
      ),
      ("garbage", Data(repeating: 0x5A, count: 3_000)),
    ]
    for (name, bytes) in damaged {
      try bytes.write(to: URL(fileURLWithPath: file))
      Self.sameResult(try Self.list(course, cache: cache), first, name)
      #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == written, "\(name): written again")
    }
  }

  @Test func anEditedLabIsReadAgain() throws {
    let course = try Self.course()
    defer { course.remove() }
    let cache = course.path("cache")
    _ = try Self.list(course, cache: cache)
    let path = "labs/second/lab.yaml"
    let text = try String(contentsOf: course.root.appendingPathComponent(path), encoding: .utf8)
    try course.write(text.replacingOccurrences(of: "title: Probe lab", with: "title: Edited probe"), to: path)
    let edited = try Self.list(course, cache: cache)
    #expect(edited.stdout.contains("Edited probe"), "\(edited.stdout)")
    Self.sameResult(edited, try Self.list(course, cache: course.path("fresh")), "edited")
  }

  /// A cache file another user owns (a shared `XDG_CACHE_HOME`) is not read: the labs are parsed and
  /// the file is replaced by one of this user's. Changing a file's owner takes root.
  @Test(.enabled(if: geteuid() == 0, "chown needs root")) func anotherUsersCacheIsNotRead() throws {
    let course = try Self.course()
    defer { course.remove() }
    let cache = course.path("cache")
    let first = try Self.list(course, cache: cache)
    let file = cache + "/labrun/lab-summaries"
    #expect(chown(file, 65_534, 65_534) == 0)
    Self.sameResult(try Self.list(course, cache: cache), first, "another user's cache")
    var status = stat()
    #expect(stat(file, &status) == 0)
    #expect(status.st_uid == geteuid(), "the other user's file was used")
  }

  /// A cache folder that cannot be written (a file stands where it would be) changes nothing.
  @Test func anUnwritableCacheChangesNothing() throws {
    let course = try Self.course()
    defer { course.remove() }
    let blocked = course.path("blocked")
    try course.write("not a folder", to: "blocked/labrun")
    let result = try Self.list(course, cache: blocked)
    Self.sameResult(result, try Self.list(course, cache: course.path("fresh")), "unwritable")
    // Relative folders are ignored, as the XDG specification asks: nothing is written under the
    // folder labrun runs in.
    let relative = try LabrunProcess.run(
      ["list", "--labs", course.labs.path], in: course.root.path,
      environment: ["XDG_CACHE_HOME": "relative/path", "HOME": "relative/home"])
    Self.sameResult(relative, result, "no usable folder")
    #expect(!FileManager.default.fileExists(atPath: course.path("relative")))
  }
}
