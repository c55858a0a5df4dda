import Foundation
import Testing

@testable import Labs

/// `labrun list` reads each lab's summary from YAML events; where it answers it must give what
/// composing the file gives, and it must leave every unusual file to the composer.
@Suite struct SummaryScanTests {
  /// Files the scan reads, and the fields composing them gives (so the scan agrees by test).
  @Test(arguments: [
    "id: a\ntitle: A lab\nsteps:\n  - id: one\n  - id: two\n",
    "id: a\nsteps:\n- id: one\n  checks: [x, y]\n- id: two\ntitle: 'Quoted ''title'''\n",
    "id: \"a\"\ntitle: \"Two\\nlines\"\nsteps: []\n",
    "id: a\ntitle: |\n  Block\n  - not a step\nsteps:\n  - {id: one, hints: [a, b]}\n  - [nested, list]\n  - plain\n",
    "id: a\nsteps: none\n",
    "id: a\nsteps: {one: 1}\n",
    "id: a\nworld:\n  steps: [1, 2, 3]\n  id: inner\n  title: inner\n",
    "title: no id\nsteps: [a]\n",
    "id: ''\n",
    "id: 12\ntitle: 3.5\n",
    "id: a\ntitle: 인터페이스 엔드포인트\nsteps:\n  - id: 하나\n",
    "---\nid: a\n...\n",
    "# comment only before\nid: a # trailing\n",
    // More keys than the scan searches in a list: the rest are kept in a set.
    "id: a\nworld:\n" + (1...40).map { "  k\($0): \($0)\n" }.joined() + "title: many keys\n",
  ])
  func theScanAgreesWithTheComposer(yaml: String) throws {
    let scanned = try #require(SummaryScan.scan(yaml), "the scan gave up on \(yaml)")
    let composed = try Catalog.composedFields(of: yaml).get()
    #expect(scanned == composed)
  }

  /// Files whose meaning or mistakes the composer must decide: the scan gives up on each.
  @Test(arguments: [
    "id: a\nid: b\n",
    "id: a\nsteps:\n  - id: one\n    id: two\n",
    "id: a\nsteps:\n  - {a: 1, b: 2, c: 3, d: 4, a: 5}\n",
    "id: a\nworld:\n  x: 1\n  y: {p: 1}\n  z: 2\n  y: 3\n",
    "id: &name a\ntitle: *name\n",
    "base: &b {x: 1}\nid: a\nother: *b\n",
    "id: !custom a\n",
    "id: a\nsteps: !!seq []\n",
    "id: a\n? [complex, key]\n: value\n",
    "id: a\n<<: {title: merged}\n",
    "id: {'=': a}\n",
    "title: [a, list]\nid: a\n",
    "- id: a\n",
    "just a scalar\n",
    "",
    "id: a\n---\nid: b\n",
    "id: a\ntitle: [unclosed\n",
    "id: a\n  bad: indentation\n",
    "id: \"unterminated\n",
    // A key twice after the first 32 keys, and one twice among them.
    "id: a\nworld:\n" + (1...40).map { "  k\($0): \($0)\n" }.joined() + "  k35: again\n",
    "id: a\nworld:\n" + (1...40).map { "  k\($0): \($0)\n" }.joined() + "  k3: again\n",
  ])
  func unusualFilesAreLeftToTheComposer(yaml: String) {
    #expect(SummaryScan.scan(yaml) == nil)
  }

  /// Whichever way a file is read, the catalogue entry (or the problem) is the same as composing gives:
  /// checked on every lab of the course.
  @Test func everyCourseLabIsScannedAsComposed() throws {
    let root = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
    let labs = "/" + root + "/labs"
    let folders = try FileManager.default.contentsOfDirectory(atPath: labs).filter {
      FileManager.default.fileExists(atPath: labs + "/" + $0 + "/lab.yaml")
    }
    #expect(folders.count >= 7)
    for folder in folders {
      let yaml = try String(contentsOfFile: labs + "/" + folder + "/lab.yaml", encoding: .utf8)
      let scanned = try #require(SummaryScan.scan(yaml), "the scan gave up on \(folder)")
      #expect(scanned == (try Catalog.composedFields(of: yaml).get()), "\(folder)")
      #expect(scanned.id == folder && (scanned.steps ?? 0) > 0)
    }
  }
}
