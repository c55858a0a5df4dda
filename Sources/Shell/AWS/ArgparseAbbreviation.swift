/// How Python 2.7's argparse reads a long option typed in part (`--filter` for `--filters`).
///
/// Python 2.7's argparse has no `allow_abbrev` switch (it came in 3.5): `_parse_optional` takes any
/// unambiguous prefix of a parser's option strings, and rejects a prefix that several share with
/// `ambiguous option: TYPED could match A, B`, listing them in the order the parser's
/// `_option_string_actions` dict iterates (``AWSChoices/options``, dumped from the real parser).
enum ArgparseAbbreviation {
  /// What one typed word names.
  enum Match: Equatable {
    /// An option string of the parser (typed whole or as the only option with that prefix),
    /// and any `=value` typed with it.
    case option(String, inlineValue: String?)
    /// Several options start with what was typed.
    case ambiguous([String])
    /// Not an option of this parser (argparse leaves it for the next parser or reports it).
    case none
  }

  /// Matches `word` against `options` as `_parse_optional` does for a `--` word.
  static func match(_ word: String, among options: [String]) -> Match {
    guard word.hasPrefix("--"), word.count > 2 else { return .none }
    if options.contains(word) { return .option(word, inlineValue: nil) }
    var prefix = word
    var inlineValue: String?
    if let equals = word.firstIndex(of: "=") {
      prefix = String(word[..<equals])
      inlineValue = String(word[word.index(after: equals)...])
      if options.contains(prefix) { return .option(prefix, inlineValue: inlineValue) }
    }
    let candidates = options.filter { $0.hasPrefix(prefix) }
    switch candidates.count {
    case 0: return .none
    case 1: return .option(candidates[0], inlineValue: inlineValue)
    default: return .ambiguous(candidates)
    }
  }

  /// argparse's `error()` for an ambiguous prefix: the usage, then `aws: error: …` (exit 2).
  static func ambiguousMessage(_ word: String, _ candidates: [String]) -> String {
    AWSMessages.usageHead + "aws: error: ambiguous option: \(word) could match \(candidates.joined(separator: ", "))\n"
  }

  /// The words with every abbreviated option of the parser `command` (e.g. `ec2 describe-vpcs`)
  /// written out, or argparse's error for the first ambiguous one. A command whose parser was not
  /// dumped keeps its words.
  static func expand(_ words: [String], command: String) -> Result<[String], AWSArguments.Problem> {
    guard let options = AWSChoices.options[command] else { return .success(words) }
    var expanded: [String] = []
    for word in words {
      switch match(word, among: options) {
      case .option(let name, let inlineValue): expanded.append(inlineValue.map { name + "=" + $0 } ?? name)
      case .ambiguous(let candidates): return .failure(.ambiguous(word, candidates))
      case .none: expanded.append(word)
      }
    }
    return .success(expanded)
  }
}

extension AWSArguments.Problem {
  /// The problem as argparse reports it on standard error (exit status 2).
  var argparseText: String {
    switch self {
    case .missingValue(let name): AWSMessages.usageHead + "aws: error: argument \(name): expected one argument\n"
    case .badInteger(let option, let value):
      AWSMessages.usageHead + "aws: error: argument \(option): invalid int value: '\(value)'\n"
    case .ambiguous(let word, let candidates): ArgparseAbbreviation.ambiguousMessage(word, candidates)
    }
  }
}
