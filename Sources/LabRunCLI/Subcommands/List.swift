import ArgumentParser
import Labs

extension LabRun {
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List the labs of the course in order, with their titles and number of steps."
    )

    @OptionGroup var labs: LabsOptions

    func run() throws {
      let catalog = try labs.catalog()
      let console = Console(environment: [:])
      for line in ListRenderer.lines(for: catalog) { console.out(line) }
      for problem in catalog.problems { console.err("labrun: warning: \(problem)") }
      // The course's order is checked by `labrun validate`; here only what breaks it is worth a word.
      for diagnostic in catalog.courseDiagnostics where diagnostic.severity == .error {
        console.err("labrun: warning: \(diagnostic)")
      }
    }
  }
}

/// Renders `labrun list`: the course's title, then one numbered, aligned row per lab in course order.
enum ListRenderer {
  static func lines(for catalog: Catalog) -> [String] {
    guard !catalog.entries.isEmpty else {
      return ["No labs in \(catalog.root) yet."]
    }
    let numberWidth = String(catalog.entries.count).count + 1
    let idWidth = max(2, catalog.entries.map(\.id.count).max() ?? 0)
    let titleWidth = max(5, catalog.entries.map(\.title.count).max() ?? 0)
    var lines = catalog.course?.title.map { [$0, ""] } ?? []
    lines.append(pad("", numberWidth) + " " + pad("ID", idWidth) + "  " + pad("TITLE", titleWidth) + "  STEPS")
    for (index, entry) in catalog.entries.enumerated() {
      let number = "\(index + 1)."
      lines.append(
        String(repeating: " ", count: numberWidth - number.count) + number + " " + pad(entry.id, idWidth) + "  "
          + pad(entry.title, titleWidth) + "  " + String(entry.stepCount))
    }
    return lines
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }
}
