import Testing

@testable import Labs

@Suite struct CatalogTests {
  private func lab(_ id: String, title: String, steps: Int) -> String {
    var yaml = "id: \(id)\ntitle: \(title)\nsteps:\n"
    for n in 0..<steps { yaml += "  - id: step-\(n)\n" }
    return yaml
  }

  @Test func listsLabsSortedByIdWithTitlesAndStepCounts() {
    let files = InMemoryLabFiles([
      "/labs/zeta/lab.yaml": lab("zeta", title: "Last", steps: 2),
      "/labs/alpha/lab.yaml": lab("alpha", title: "First", steps: 4),
      "/labs/alpha/01-intro.md": "# Intro",
    ])
    let catalog = Catalog(root: "/labs", files: files)
    #expect(
      catalog.entries == [
        CatalogEntry(id: "alpha", title: "First", stepCount: 4),
        CatalogEntry(id: "zeta", title: "Last", stepCount: 2),
      ])
    #expect(catalog.problems.isEmpty)
    #expect(catalog.entry(id: "zeta")?.title == "Last")
    #expect(catalog.entry(id: "nope") == nil)
  }

  @Test func anEmptyOrMissingFolderHasNoLabs() {
    let catalog = Catalog(root: "/labs", files: InMemoryLabFiles([:]))
    #expect(catalog.entries.isEmpty)
    #expect(catalog.problems.isEmpty)
  }

  @Test func foldersWithoutLabYamlAreIgnored() {
    let files = InMemoryLabFiles(["/labs/notes/README.md": "hello", "/labs/README.md": "course"])
    #expect(Catalog(root: "/labs", files: files).entries.isEmpty)
  }

  @Test(arguments: [
    ("id: [unclosed\n", "invalid YAML"),
    ("- just\n- a list\n", "expected a mapping"),
    ("title: No id\n", "missing 'id'"),
    ("id: other\ntitle: Wrong folder\n", "does not match its folder name 'broken'"),
  ])
  func unreadableManifestsAreReportedWithTheirPath(yaml: String, expected: String) {
    let files = InMemoryLabFiles(["/labs/broken/lab.yaml": yaml])
    let catalog = Catalog(root: "/labs", files: files)
    #expect(catalog.entries.isEmpty)
    #expect(catalog.problems.count == 1)
    #expect(catalog.problems.first?.path == "/labs/broken/lab.yaml")
    #expect(catalog.problems.first?.message.contains(expected) == true)
  }
}
