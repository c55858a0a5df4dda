import Foundation
import Testing

@testable import Labs

/// The course's world is data that labs build on: the lab digest covers it, so changing it shows up
/// to instructors as "lab changed", not as a wall of outputs that do not reproduce.
@Suite struct CourseWorldDigestTests {
  static let root = GradingFixture.repository + "/labs"

  /// The repository's labs folder in memory, with `edit` applied to the course's world file.
  static func labs(editingCourseWorld edit: (String) -> String = { $0 }) throws -> Catalog {
    var files: [String: String] = [:]
    let manager = FileManager.default
    for name in try manager.contentsOfDirectory(atPath: root) {
      let path = root + "/" + name
      var isFolder: ObjCBool = false
      manager.fileExists(atPath: path, isDirectory: &isFolder)
      let inside = isFolder.boolValue ? try manager.contentsOfDirectory(atPath: path).map { path + "/" + $0 } : [path]
      // A lab's own sub-folders (its translation's `ko/`) are not part of what this test edits.
      for file in inside where !Self.isFolder(file) { files[file] = try String(contentsOfFile: file, encoding: .utf8) }
    }
    let world = try #require(files[root + "/course.world.yaml"])
    files[root + "/course.world.yaml"] = edit(world)
    return Catalog(root: root, files: InMemoryLabFiles(files))
  }

  static func isFolder(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
  }

  /// The CSV's size, one byte more.
  static func biggerCSV(_ text: String) -> String {
    text.replacingOccurrences(
      of: "{key: jschoi.acl_test.csv, size: 29606,", with: "{key: jschoi.acl_test.csv, size: 29607,")
  }

  @Test func everyLabOnTheCourseWorldChangesItsDigestWhenOneObjectChanges() throws {
    let before = try Self.labs()
    let after = try Self.labs(editingCourseWorld: Self.biggerCSV)
    #expect(before.ids.count == 7)
    for id in before.ids {
      let old = try before.load(id).get()
      let new = try after.load(id).get()
      #expect(old.digest != new.digest, "\(id) did not notice the course's world changing")
      // The change is real: the object is bigger in the new world.
      let size = { (lab: Lab) in
        try Attempt(lab: lab).shell.world.s3.bucket(named: "jschoi.acl")?.objects.first {
          $0.key == "jschoi.acl_test.csv"
        }?.size
      }
      #expect(try size(old) == 29606)
      #expect(try size(new) == 29607)
    }
  }

  @Test func anUnchangedWorldKeepsTheDigest() throws {
    let first = try Self.labs().load("public-subnet").get()
    let second = try Self.labs().load("public-subnet").get()
    #expect(first.digest == second.digest)
  }

  /// An attempt made before the change: its listing printed 29606, replay now prints 29607. The
  /// report says the lab changed, and does not call the honest listing tampered with.
  @Test func gradingAnOldAttemptReportsTheLabChanged() throws {
    let old = try Self.labs().load("public-subnet").get()
    let new = try Self.labs(editingCourseWorld: Self.biggerCSV).load("public-subnet").get()
    let record = try GradingFixture.record(old, script: GradingFixture.solution("public-subnet"))
    let onOld = try GradingFixture.grade(record, old)
    #expect(onOld.findings.isEmpty)
    let onNew = try GradingFixture.grade(record, new)
    #expect(onNew.findings.map(\.kind) == [.labChanged])
    let message = try #require(onNew.findings.first?.message)
    #expect(message.contains("1 line prints differently on the current version"), "\(message)")
  }
}
