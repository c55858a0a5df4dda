/// The command lines `labrun` reads without ArgumentParser: `labrun list` and its two options.
///
/// ArgumentParser learns a command's arguments by reflecting over its type, and every cast it makes
/// on the way scans this binary's ~7,400 protocol conformances: about 15 M instructions at each
/// start, a third of a `labrun list` (docs/performance.md). `list` is the command a learner runs
/// first and most, and its two options are read here in the one form ArgumentParser reads the same
/// way: each at most once, as `--name value` or `--name=value`, with a value that is not empty and
/// does not start with `-`.
///
/// Anything else (help, a typo, an option twice, `--`, a value that looks like an option) is left
/// to ArgumentParser, so every message and exit status stays its own. `QuickCommandLineTests`
/// holds the two parsers to the same answers.
enum QuickCommandLine: Equatable {
  /// `labrun list`, with its `--labs` and `--lang` values.
  case list(labs: String?, lang: String?)

  /// The command `arguments` (without the program's name) give, or nil to ask ArgumentParser.
  static func parse(_ arguments: [String]) -> QuickCommandLine? {
    guard arguments.first == "list" else { return nil }
    var values: [String: String] = [:]
    var rest = arguments.dropFirst()
    while let word = rest.popFirst() {
      let name: String
      let value: String
      if let equals = word.firstIndex(of: "=") {
        name = String(word[..<equals])
        value = String(word[word.index(after: equals)...])
      } else {
        guard let next = rest.popFirst() else { return nil }
        name = word
        value = next
      }
      guard name == "--labs" || name == "--lang", values[name] == nil else { return nil }
      guard let first = value.utf8.first, first != UInt8(ascii: "-") else { return nil }
      values[name] = value
    }
    return .list(labs: values["--labs"], lang: values["--lang"])
  }

  /// Runs the command, as its ArgumentParser twin would.
  func run() throws {
    switch self {
    case .list(let labs, let lang): try LabRun.List.list(folder: labs, lang: lang)
    }
  }
}
