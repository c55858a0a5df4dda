import Foundation
import Testing

@testable import Labs

/// 1,000 mutated lab files from the course: every one loads or is refused with diagnostics at
/// real places in its file; none crashes, none is skipped in silence (issue 18).
@Suite struct LabMutationTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The course's labs: id, lab.yaml, and the other files of its folder.
  static func course() throws -> [(id: String, files: [String: String])] {
    let labs = repository.appendingPathComponent("labs")
    let ids = try FileManager.default.contentsOfDirectory(atPath: labs.path).sorted().filter {
      FileManager.default.fileExists(atPath: labs.appendingPathComponent($0).appendingPathComponent("lab.yaml").path)
    }
    return try ids.map { id in
      let folder = labs.appendingPathComponent(id)
      var files: [String: String] = [:]
      // A lab's own sub-folders (its translation's `ko/`) hold no lab files of their own.
      for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
      where (try? folder.appendingPathComponent(name).resourceValues(forKeys: [.isDirectoryKey]).isDirectory) != true {
        files["/labs/\(id)/\(name)"] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      }
      return (id, files)
    }
  }

  @Test func aThousandMutatedLabFilesAreEachLoadedOrReported() throws {
    let labs = try Self.course()
    let world = try String(
      contentsOf: Self.repository.appendingPathComponent("labs/course.world.yaml"), encoding: .utf8)
    var mutator = LabMutator(seed: 18)
    var refused = 0
    var slowest: (Double, String) = (0, "")
    for round in 0..<1_000 {
      let (id, original) = labs[round % labs.count]
      let manifest = "/labs/\(id)/lab.yaml"
      let (bytes, what) = mutator.mutate(original[manifest] ?? "")
      var files = original
      files["/labs/course.world.yaml"] = world
      var unreadable: [String: LabFileContents] = [:]
      let contents = LabFileContents.decoding(bytes)
      if case .text(let text) = contents { files[manifest] = text } else { unreadable[manifest] = contents }
      if unreadable[manifest] != nil { files[manifest] = nil }
      let memory = InMemoryLabFiles(files, unreadable: unreadable)
      let started = ContinuousClock.now
      let catalog = Catalog(root: "/labs", files: memory)
      let result = LabLoader(files: memory).load(folder: "/labs/\(id)")
      let seconds = (ContinuousClock.now - started) / .seconds(1)
      if seconds > slowest.0 { slowest = (seconds, "round \(round), \(id): \(what)") }
      #expect(catalog.labFolders.contains(id), "round \(round) (\(id): \(what)) skipped the lab")
      guard case .failure(let problems) = result else { continue }
      refused += 1
      #expect(!problems.diagnostics.isEmpty, "round \(round) (\(id): \(what)) refused with no diagnostic")
      let lineCount = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
      for diagnostic in problems.diagnostics {
        let limit = diagnostic.file == manifest ? lineCount : Int.max
        #expect(
          diagnostic.line >= 1 && diagnostic.line <= max(limit, 1) && diagnostic.column >= 1,
          "round \(round) (\(id): \(what)): \(diagnostic) is outside the file")
      }
    }
    // The figures for the note; a hang would stop the run here, long before it.
    print("lab mutations: 1000 loaded, \(refused) refused with diagnostics; slowest \(slowest.0) s (\(slowest.1))")
  }
}
