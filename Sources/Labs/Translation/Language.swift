/// A language labrun speaks to learners in; what the simulated tools print is English in every one.
public enum Language: String, CaseIterable, Sendable, Equatable {
  case en
  case ko

  /// The language's own name, for messages that list the choices.
  public var name: String {
    switch self {
    case .en: "English"
    case .ko: "한국어"
    }
  }

  /// The choices as `--lang` takes them: `ko|en`-style, in declaration order.
  public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }

  /// The language to use: `option` (`--lang`), else `LABRUN_LANG`, else the locale, else English.
  ///
  /// The locale is read as the C library reads it: the first non-empty of `LC_ALL`, `LC_MESSAGES` and
  /// `LANG`; `ko`, `ko_KR` and `ko_KR.UTF-8` (any encoding) are Korean, anything else English. An
  /// unknown `--lang` or `LABRUN_LANG` is a mistake the caller reports, so it comes back as the failure.
  public static func choose(option: String?, environment: [String: String]) -> Result<Language, UnknownLanguage> {
    if let option { return parse(option, source: "--lang") }
    if let chosen = environment["LABRUN_LANG"], !chosen.isEmpty { return parse(chosen, source: "LABRUN_LANG") }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
    return .success(fromLocale(locale))
  }

  /// The language a POSIX locale name asks for: Korean for `ko` and `ko_*`, else English.
  public static func fromLocale(_ locale: String) -> Language {
    let language = locale.split(whereSeparator: { $0 == "_" || $0 == "." || $0 == "@" }).first ?? ""
    return language == "ko" ? .ko : .en
  }

  private static func parse(_ text: String, source: String) -> Result<Language, UnknownLanguage> {
    if let language = Language(rawValue: text.lowercased()) { return .success(language) }
    return .failure(UnknownLanguage(value: text, source: source))
  }
}

/// A language name labrun does not know, and where it came from.
public struct UnknownLanguage: Error, Equatable, Sendable, CustomStringConvertible {
  /// The value given.
  public let value: String
  /// `--lang` or `LABRUN_LANG`.
  public let source: String

  public var description: String {
    "\(source) '\(value)' is not a language labrun speaks; choose one of \(Language.choices) (ko is 한국어, en is English)."
  }
}
