import ArgumentParser
import Labs

/// The option that picks the language labrun speaks in, shared by the subcommands that show lab texts.
struct LanguageOptions: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "The language labrun speaks: ko or en (else LABRUN_LANG, else the locale, else English).", valueName: "ko|en"))
  var lang: String?

  /// The language chosen: `--lang`, else `LABRUN_LANG`, else the locale, else English.
  func resolve(environment: [String: String]) throws -> Language {
    try Self.resolve(lang: lang, environment: environment)
  }

  /// `resolve(environment:)` for a `--lang` value read without ArgumentParser (`QuickCommandLine`).
  static func resolve(lang: String?, environment: [String: String]) throws -> Language {
    switch Language.choose(option: lang, environment: environment) {
    case .success(let language):
      return language
    case .failure(let unknown):
      throw CLIFailure.usage(unknown.description)
    }
  }
}
