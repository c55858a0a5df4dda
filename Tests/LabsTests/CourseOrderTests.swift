import Foundation
import Testing

@testable import Labs

/// `labs/course.yaml` gives the course's order: the catalog lists labs in it, a lab knows the one
/// after it, and every mistake in the file is located to its line and column (FORMAT.md).
@Suite struct CourseOrderTests {
  static func lab(_ id: String, title: String = "A lab") -> String { "id: \(id)\ntitle: \(title)\nsteps: [a]\n" }

  /// A labs folder with these lab folders and, when given, this `course.yaml`.
  static func catalog(labs: [String], course: String?) -> Catalog {
    var files: [String: String] = [:]
    for id in labs { files["/labs/\(id)/lab.yaml"] = lab(id) }
    if let course { files["/labs/course.yaml"] = course }
    return Catalog(root: "/labs", files: InMemoryLabFiles(files))
  }

  @Test func listedLabsComeInTheCoursesOrderAndTheOthersAfterByID() {
    let catalog = Self.catalog(
      labs: ["alpha", "bravo", "charlie", "delta", "echo"],
      course: "title: The course\nlabs:\n  - delta\n  - bravo\n  - echo\n")
    #expect(catalog.course == Course(title: "The course", labIDs: ["delta", "bravo", "echo"]))
    #expect(catalog.ids == ["delta", "bravo", "echo", "alpha", "charlie"])
    #expect(catalog.labFolders == catalog.ids)
    #expect(catalog.courseOrder == ["delta", "bravo", "echo"])
    #expect(catalog.ids.map { catalog.number(of: $0) } == [1, 2, 3, 4, 5])
    #expect(catalog.number(of: "zulu") == nil)
    #expect(
      catalog.ids.map { catalog.position(of: $0) } == [
        .followedBy("bravo"), .followedBy("echo"), .last, .unlisted, .unlisted,
      ])
  }

  @Test func withoutACourseFileLabsAreByIDAndInNoOrder() {
    let catalog = Self.catalog(labs: ["bravo", "alpha"], course: nil)
    #expect(catalog.course == nil)
    #expect(catalog.courseDiagnostics.isEmpty)
    #expect(catalog.ids == ["alpha", "bravo"])
    #expect(catalog.position(of: "alpha") == .unlisted)
  }

  @Test func aLabLeftOutIsAWarningAtTheListOfLabs() {
    let catalog = Self.catalog(labs: ["alpha", "bravo", "new-lab"], course: "title: T\nlabs: [alpha, bravo]\n")
    #expect(
      catalog.courseDiagnostics.map(\.description) == [
        "/labs/course.yaml:2:1: warning: lab 'new-lab' is not in the course's order, so it comes after the listed labs; add it to 'labs'"
      ])
    #expect(catalog.ids == ["alpha", "bravo", "new-lab"])
  }

  struct Mistake: CustomTestStringConvertible, Sendable {
    let name: String
    let course: String
    /// Every finding, in order, without the `/labs/course.yaml:` prefix.
    let expected: [String]
    /// The course's order that still holds.
    let order: [String]
    var testDescription: String { name }
  }

  static let mistakes: [Mistake] = [
    Mistake(
      name: "an id with no folder, a typo of one",
      course: "title: T\nlabs:\n  - alpha\n  - bravoo\n",
      expected: [
        "4:5: error: lab 'bravoo' has no folder in /labs; did you mean 'bravo'?",
        "2:1: warning: lab 'bravo' is not in the course's order, so it comes after the listed labs; add it to 'labs'",
      ],
      order: ["alpha"]),
    Mistake(
      name: "an id with no folder and nothing like it",
      course: "labs: [alpha, zzz-nothing-like-it, bravo]\n",
      expected: ["1:15: error: lab 'zzz-nothing-like-it' has no folder in /labs"],
      order: ["alpha", "bravo"]),
    Mistake(
      name: "an id listed twice",
      course: "labs:\n  - alpha\n  - bravo\n  - alpha\n",
      expected: ["4:5: error: lab 'alpha' is listed twice; it is already number 1, on line 2"],
      order: ["alpha", "bravo"]),
    Mistake(
      name: "an unknown key",
      course: "title: T\nlabz: [alpha]\nlabs: [alpha, bravo]\n",
      expected: ["2:1: error: unknown key 'labz' in course.yaml; expected one of: labs, title"],
      order: ["alpha", "bravo"]),
    Mistake(
      name: "no labs",
      course: "title: T\n",
      expected: ["1:1: error: missing 'labs': list the course's lab ids in the order learners take them"],
      order: []),
    Mistake(
      name: "labs not a list",
      course: "title: T\nlabs: alpha\n",
      expected: ["2:7: error: 'labs' must be a non-empty list of lab ids"],
      order: []),
    Mistake(
      name: "an empty list",
      course: "labs: []\n",
      expected: ["1:7: error: 'labs' must be a non-empty list of lab ids"],
      order: []),
    Mistake(
      name: "an item that is not an id",
      course: "labs:\n  - alpha\n  - {id: bravo}\n",
      expected: ["3:5: error: each item of 'labs' must be a lab id, not a mapping"],
      order: ["alpha"]),
    Mistake(
      name: "a title that is a list",
      course: "title: [a, b]\nlabs: [alpha, bravo]\n",
      expected: ["1:8: error: 'title' must be one line of text"],
      order: ["alpha", "bravo"]),
    Mistake(
      name: "not a mapping",
      course: "- alpha\n- bravo\n",
      expected: ["1:1: error: course.yaml must be a mapping with `title` and `labs`"],
      order: []),
    Mistake(
      name: "an empty file",
      course: "# nothing yet\n",
      expected: ["1:1: error: course.yaml is empty; give the course's `title` and its `labs` in order"],
      order: []),
    Mistake(
      name: "invalid YAML",
      course: "labs: [alpha, bravo\n",
      expected: ["1:7: error: invalid YAML: while parsing a flow sequence did not find expected ',' or ']'"],
      order: []),
  ]

  @Test(arguments: mistakes)
  func mistakesAreLocated(_ mistake: Mistake) {
    let catalog = Self.catalog(labs: ["alpha", "bravo"], course: mistake.course)
    #expect(
      catalog.courseDiagnostics.map { $0.description.replacingOccurrences(of: "/labs/course.yaml:", with: "") }
        == mistake.expected)
    #expect(catalog.courseOrder == mistake.order)
    // What is left out of the order still runs, after what is in it.
    #expect(catalog.ids == mistake.order + ["alpha", "bravo"].filter { !mistake.order.contains($0) })
  }

  // MARK: - Labs know their place

  @Test func aLoadedLabKnowsTheNextAndItsDigestSaysWhere() throws {
    var files = LabFixtures.files(id: "probe", yaml: LabFixtures.probeYAML).files
    files["/labs/other/lab.yaml"] = LabFixtures.probeYAML.replacingOccurrences(of: "id: probe", with: "id: other")
    for (name, text) in LabFixtures.markdown { files["/labs/other/\(name)"] = text }
    let plain = try LabFixtures.probe()
    func loaded(_ id: String, course: String?) throws -> Lab {
      var tree = files
      tree["/labs/course.yaml"] = course
      return try Catalog(root: "/labs", files: InMemoryLabFiles(tree)).load(id).get()
    }
    let first = try loaded("probe", course: "labs: [probe, other]\n")
    let last = try loaded("probe", course: "labs: [other, probe]\n")
    let unlisted = try loaded("probe", course: "labs: [other]\n")
    let noCourse = try loaded("probe", course: nil)
    #expect(first.coursePosition == .followedBy("other"))
    #expect(first.nextLabID == "other")
    #expect(last.coursePosition == .last)
    #expect(last.nextLabID == nil)
    #expect(unlisted.coursePosition == .unlisted)
    #expect(noCourse.coursePosition == .unlisted)
    // The note that names the next lab is recorded, so its place is part of the digest; a lab
    // outside any order keeps the digest of its files.
    #expect(Set([first.digest, last.digest, unlisted.digest]).count == 3)
    #expect(unlisted.digest == plain.digest)
    #expect(noCourse.digest == plain.digest)
    #expect(try loaded("probe", course: "title: Renamed\nlabs: [probe, other]\n").digest == first.digest)
  }

  /// README.md names the course's order for learners; `labs/course.yaml` is what labrun follows.
  @Test func theRepositorysCourseIsTheOrderTheReadmeGives() throws {
    let readme = try String(contentsOfFile: GradingFixture.repository + "/README.md", encoding: .utf8)
    let paragraph = try #require(readme.components(separatedBy: "\n\n").first { $0.hasPrefix("The course, in order:") })
    let documented = paragraph.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map {
      String($0.element)
    }
    let catalog = GradingFixture.catalog
    #expect(documented.count == 7)
    #expect(catalog.courseOrder == documented)
    #expect(catalog.ids == documented)
    #expect(catalog.courseDiagnostics.isEmpty, "\(catalog.courseDiagnostics.map(\.description))")
    #expect(catalog.course?.title?.isEmpty == false)
    let positions = try documented.map { try catalog.load($0).get().coursePosition }
    #expect(positions == documented.dropFirst().map { .followedBy($0) } + [.last])
  }
}
