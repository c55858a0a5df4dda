import ArgumentParser
import Foundation
import Labs
import TextLayout

extension LabRun {
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List the labs of the course in order, with their titles and number of steps."
    )

    @OptionGroup var labs: LabsOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
      try Self.list(folder: labs.folder, lang: language.lang)
    }

    /// Lists the labs of the folder `--labs` names (nil: the usual one) in the `--lang` language.
    static func list(folder: String?, lang: String?) throws {
      let chosen = try LanguageOptions.resolve(lang: lang, environment: ProcessEnvironment.values)
      // Files whose bytes an earlier listing saw are not parsed again (`SummaryCache`).
      let cache = SummaryCache.open(environment: ProcessEnvironment.values)
      let catalog = try LabsOptions.catalog(folder: folder, memo: cache?.memo)
      cache?.save()
      let console = Console(environment: [:])
      let course = SpokenCourse(catalog: catalog, language: chosen)
      var titles: [String: String] = [:]
      if chosen != .en { for entry in catalog.entries { titles[entry.id] = course.title(of: entry) } }
      for line in ListRenderer.lines(
        for: catalog, titles: titles, messages: course.messages, courseTitle: course.courseTitle)
      {
        console.out(line)
      }
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
  /// `titles` are the labs' titles in the language spoken, by id; a lab without one shows its English title.
  /// `courseTitle` is the course's title in that language (nil: `course.yaml`'s).
  static func lines(
    for catalog: Catalog, titles: [String: String] = [:], messages: LabMessages = .english, courseTitle: String? = nil
  ) -> [String] {
    guard !catalog.entries.isEmpty else {
      return [messages.say(.listEmpty, ["root": catalog.root])]
    }
    let header = messages.say(.listHeader).split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    let (idHeader, titleHeader, stepsHeader) =
      header.count == 3 ? (header[0], header[1], header[2]) : ("ID", "TITLE", "STEPS")
    let title = { (entry: CatalogEntry) in titles[entry.id] ?? entry.title }
    let numberWidth = String(catalog.entries.count).count + 1
    let idWidth = max(idHeader.displayWidth, catalog.entries.map(\.id.displayWidth).max() ?? 0)
    let titleWidth = max(titleHeader.displayWidth, catalog.entries.map { title($0).displayWidth }.max() ?? 0)
    var lines = (courseTitle ?? catalog.course?.title).map { [$0, ""] } ?? []
    lines.append(
      pad("", numberWidth) + " " + pad(idHeader, idWidth) + "  " + pad(titleHeader, titleWidth) + "  " + stepsHeader)
    for (index, entry) in catalog.entries.enumerated() {
      let number = "\(index + 1)."
      lines.append(
        String(repeating: " ", count: numberWidth - number.count) + number + " " + pad(entry.id, idWidth) + "  "
          + pad(title(entry), titleWidth) + "  " + String(entry.stepCount))
    }
    return lines
  }

  /// Padded to `width` terminal columns: a Korean title is two columns a syllable.
  private static func pad(_ text: String, _ width: Int) -> String {
    text.padded(toWidth: width)
  }
}
