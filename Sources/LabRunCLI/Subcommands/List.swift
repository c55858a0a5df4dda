import ArgumentParser
import Labs

extension LabRun {
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the labs of the course with their titles and number of steps."
    )

    @OptionGroup var labs: LabsOptions

    func run() throws {
      let catalog = try labs.catalog()
      let console = Console(environment: [:])
      for line in ListRenderer.lines(for: catalog) { console.out(line) }
      for problem in catalog.problems { console.err("labrun: warning: \(problem)") }
    }
  }
}

/// Renders `labrun list`: one aligned row per lab.
enum ListRenderer {
  static func lines(for catalog: Catalog) -> [String] {
    guard !catalog.entries.isEmpty else {
      return ["No labs in \(catalog.root) yet."]
    }
    let idWidth = max(2, catalog.entries.map(\.id.count).max() ?? 0)
    let titleWidth = max(5, catalog.entries.map(\.title.count).max() ?? 0)
    var lines = [pad("ID", idWidth) + "  " + pad("TITLE", titleWidth) + "  STEPS"]
    for entry in catalog.entries {
      lines.append(pad(entry.id, idWidth) + "  " + pad(entry.title, titleWidth) + "  " + String(entry.stepCount))
    }
    return lines
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }
}
