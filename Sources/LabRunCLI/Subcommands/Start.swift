import ArgumentParser
import Labs

extension LabRun {
  struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Start or resume a lab in the simulated shell."
    )

    @Argument(help: "The id of the lab to start, as `labrun list` shows it.")
    var lab: String

    @OptionGroup var labs: LabsOptions

    func run() throws {
      let catalog = try labs.catalog()
      _ = try LabLookup.entry(lab, in: catalog)
      throw CLIFailure.notAvailableYet("start")
    }
  }
}

/// Finds a lab by id, or fails with a message listing what there is and what was probably meant.
enum LabLookup {
  static func entry(_ id: String, in catalog: Catalog) throws -> CatalogEntry {
    if let entry = catalog.entry(id: id) { return entry }
    throw CLIFailure.usage(unknownLabMessage(id, in: catalog))
  }

  static func unknownLabMessage(_ id: String, in catalog: Catalog) -> String {
    var message = "no lab named '\(id)'"
    guard !catalog.ids.isEmpty else {
      return message + "; the labs folder \(catalog.root) has no labs yet."
    }
    if let suggestion = Suggestion.closest(to: id, among: catalog.ids) {
      message += "; did you mean '\(suggestion)'?"
    }
    message += "\navailable labs: " + catalog.ids.joined(separator: ", ")
    message += "\n(run 'labrun list' to see their titles)"
    return message
  }
}
