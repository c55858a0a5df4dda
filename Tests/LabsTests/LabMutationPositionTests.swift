import Foundation
import Testing

@testable import Labs

/// Damage whose place is known, put into every course lab.yaml at many places: the load must be
/// refused with a diagnostic on the very line (and, for bytes, the column) of the damage — the
/// true position, worked out from where the damage was put, not from what labrun reports.
@Suite struct LabMutationPositionTests {
  /// What was put where: the bytes, and the line and column (1-based, counted in characters of
  /// the line as an editor counts them) a diagnostic must name; nil column: any column of the line.
  struct Damage {
    let bytes: [UInt8]
    let line: Int
    let column: Int?
    let what: String
  }

  /// The line and column of byte offset `at` in `bytes`.
  static func place(of at: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    let before = bytes[..<at]
    let line = before.filter { $0 == 0x0A }.count + 1
    let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
    let column = String(decoding: bytes[lineStart..<at], as: UTF8.self).count + 1
    return (line, column)
  }

  /// A byte offset at the start of a character and away from line ends, for the `index`th place.
  static func offset(_ index: Int, in bytes: [UInt8]) -> Int {
    var at = (index * 7_919) % max(bytes.count, 1)
    while at < bytes.count, bytes[at] == 0x0A || (bytes[at] & 0xC0) == 0x80 { at += 1 }
    return min(at, bytes.count - 1)
  }

  static func damages(of text: String) -> [Damage] {
    let bytes = Array(text.utf8)
    var damages: [Damage] = []
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    for index in 0..<12 {
      let at = offset(index, in: bytes)
      let spot = place(of: at, in: bytes)
      var invalid = bytes
      invalid.insert(contentsOf: [0xC3, 0x28], at: at)
      damages.append(Damage(bytes: invalid, line: spot.line, column: spot.column, what: "invalid UTF-8 at \(at)"))
      var control = bytes
      control.insert(0x01, at: at)
      damages.append(Damage(bytes: control, line: spot.line, column: nil, what: "U+0001 at \(at)"))
      // Top-level insertions go before a line that starts a top-level key.
      let topLevel = lines.indices.filter { lines[$0].first.map { $0 != 0x20 && $0 != 0x23 && $0 != 0x2D } ?? false }
      let row = topLevel[index % topLevel.count]
      var deep = lines
      deep.insert(
        Array(("deep: " + String(repeating: "[", count: 500) + String(repeating: "]", count: 500)).utf8), at: row)
      damages.append(
        Damage(bytes: Array(deep.joined(separator: [0x0A])), line: row + 1, column: nil, what: "500 brackets"))
      var bomb = lines
      var text = "bomb:\n  a0: &a0 [x, x, x, x, x, x, x, x]"
      for level in 1...8 {
        text +=
          "\n  a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 8).joined(separator: ", ") + "]"
      }
      bomb.insert(Array(text.utf8), at: row)
      // Reported at the key whose value expands past the limit: `bomb:`.
      damages.append(
        Damage(bytes: Array(bomb.joined(separator: [0x0A])), line: row + 1, column: nil, what: "alias bomb"))
    }
    return damages
  }

  @Test func damageIsReportedWhereItIs() throws {
    var checked = 0
    for (id, files) in try LabMutationTests.course() {
      let manifest = "/labs/\(id)/lab.yaml"
      guard let original = files[manifest] else { continue }
      for damage in Self.damages(of: original) {
        var all = files
        all["/labs/course.world.yaml"] = try String(
          contentsOf: LabMutationTests.repository.appendingPathComponent("labs/course.world.yaml"), encoding: .utf8)
        var unreadable: [String: LabFileContents] = [:]
        switch LabFileContents.decoding(damage.bytes) {
        case .text(let text): all[manifest] = text
        case let other:
          all[manifest] = nil
          unreadable[manifest] = other
        }
        let memory = InMemoryLabFiles(all, unreadable: unreadable)
        guard case .failure(let problems) = LabLoader(files: memory).load(folder: "/labs/\(id)") else {
          Issue.record("\(id), \(damage.what): loaded")
          continue
        }
        let here = problems.diagnostics.filter { $0.file == manifest }
        let hit = here.contains { diagnostic in
          diagnostic.line == damage.line && (damage.column.map { $0 == diagnostic.column } ?? true)
        }
        #expect(hit, "\(id), \(damage.what): expected line \(damage.line) col \(damage.column ?? 0), got \(here)")
        checked += 1
      }
    }
    print("lab damage positions: \(checked) checked")
    #expect(checked >= 200)
  }
}
