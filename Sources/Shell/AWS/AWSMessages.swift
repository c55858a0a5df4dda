import Cloud

/// awscli v1's own wording for its errors, and how it lays them out on standard error.
enum AWSMessages {
  /// argparse's `usage: ` and awscli 1.18.147's USAGE, which opens with a carriage return and the
  /// note about AWS CLI version 2 (awscli/argparser.py), then the help blurb.
  static let usageHead =
    "usage: \r" + cliV2Note + "\n\n" + """
      usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
      To see help text, you can run:

        aws help
        aws <command> help
        aws <command> <subcommand> help

      """

  /// The note awscli 1.18.147 puts in front of every usage message.
  static let cliV2Note =
    "Note: AWS CLI version 2, the latest major version of the AWS CLI, is now stable and recommended for general use. For more information, see the AWS CLI version 2 installation instructions at: https://docs.aws.amazon.com/cli/latest/userguide/install-cliv2.html"

  /// awscli 1.18.147's UnknownArgumentError as its driver prints it: `usage: ` and USAGE, then the
  /// message (awscli/clidriver.py `main`); the status is 255.
  static func unknownOptions(_ list: String) -> String {
    usageHead + "\nUnknown options: " + list + "\n"
  }

  /// What a real command or operation that this lab does not simulate answers.
  static func notSimulated(_ words: [String]) -> String {
    "aws \(words.joined(separator: " ")): not available in this lab shell\n"
  }

  /// The traceback awscli 1.18.147 stops with when botocore 1.18.6 refuses the config file at
  /// `path` (as botocore names it: `~` expanded, not resolved): nothing catches a
  /// `ConfigParseError` raised while the driver is built, so Python prints it and exits with 1.
  static func refusedConfig(_ path: String, _ refusal: AWSConfigReader.Refusal) -> String {
    refusedFile(
      path, refusal,
      frames: [
        ("botocore/session.py", 357, "full_config", "self._config = botocore.configloader.load_config(config_file)"),
        ("botocore/configloader.py", 106, "load_config", "parsed = raw_config_parse(config_filename)"),
      ])
  }

  /// The same for the shared credentials file, which `full_config` reads next for its profiles.
  static func refusedCredentials(_ path: String, _ refusal: AWSConfigReader.Refusal) -> String {
    refusedFile(path, refusal, frames: [("botocore/session.py", 368, "full_config", "cred_file)")])
  }

  /// The frames from `/usr/bin/aws` to the driver's `full_config`, then `frames`, then the raise in
  /// `raw_config_parse` (one for the parser's error, another for a nested block's): Amazon Linux 2's
  /// awscli package keeps its modules in Python 2.7's site-packages.
  private static func refusedFile(_ path: String, _ refusal: AWSConfigReader.Refusal, frames: [AWSDebugLog.Frame])
    -> String
  {
    let driver: [AWSDebugLog.Frame] = [
      ("/usr/bin/aws", 27, "<module>", "sys.exit(main())"),
      ("/usr/bin/aws", 23, "main", "return awscli.clidriver.main()"),
      ("awscli/clidriver.py", 68, "main", "driver = create_clidriver()"),
      ("awscli/clidriver.py", 77, "create_clidriver", "load_plugins(session.full_config.get('plugins', {}),"),
    ]
    let raise: AWSDebugLog.Frame = (
      "botocore/configloader.py", refusal == .unparsable ? 152 : 166, "raw_config_parse", "path=_unicode_path(path))"
    )
    let lines = AWSDebugLog.traceback(
      driver + frames + [raise],
      exception: "botocore.exceptions.ConfigParseError: Unable to parse config file: \(path)")
    return lines.map { $0 + "\n" }.joined()
  }

  /// `write_exception`: a blank line, the message, a newline.
  static func exception(_ message: String) -> String { "\n" + message + "\n" }

  /// A service error as botocore's ClientError words it.
  static func clientError(code: String, operation: String, message: String) -> String {
    exception("An error occurred (\(code)) when calling the \(operation) operation: \(message)")
  }

  static func connectTimeout(_ url: String) -> String {
    "Connect timeout on endpoint URL: \"\(url)\""
  }

  static func couldNotConnect(_ url: String) -> String {
    "Could not connect to the endpoint URL: \"\(url)\""
  }

  static let noRegion = "You must specify a region. You can also configure your region by running \"aws configure\".\n"
  static let noCredentials =
    "Unable to locate credentials. You can configure credentials by running \"aws configure\".\n"

  /// argparse's "invalid choice" error with awscli's table of choices and suggestions.
  static func invalidChoice(argument: String, choice: String, choices: [String]) -> String {
    var text = usageHead + "aws: error: argument \(argument): Invalid choice, valid choices are:\n\n"
    text += table(choices)
    let close = Similarity.closeMatches(choice, choices)
    if !close.isEmpty {
      text += "\n\nInvalid choice: '\(choice)', maybe you meant:\n\n"
      text += close.map { "  * \($0)\n" }.joined()
    }
    return text
  }

  /// Python 2.7 argparse's error for a required option that is missing (it names the first only).
  static func missingArgument(_ name: String) -> String {
    usageHead + "aws: error: argument \(name) is required\n"
  }

  /// Python 2.7 argparse's error for a missing positional argument.
  static let tooFewArguments = usageHead + "aws: error: too few arguments\n"

  /// awscli's two-column choice table: `%-40s` cells joined by ` | ` (a longer name is not cut).
  static func table(_ choices: [String]) -> String {
    // Built in one string: the service list has hundreds of names, and a mistyped command
    // prints it whole.
    var text = ""
    text.reserveCapacity(choices.count * 44)
    var index = 0
    while index < choices.count {
      if index > 0 { text += "\n" }
      pad(choices[index], 40, into: &text)
      if index + 1 < choices.count {
        text += " | "
        pad(choices[index + 1], 40, into: &text)
      }
      index += 2
    }
    return text + "\n"
  }

  static func pad(_ text: String, _ width: Int) -> String {
    var padded = ""
    pad(text, width, into: &padded)
    return padded
  }

  /// Appends `text` and the spaces that make it `width` characters wide.
  static func pad(_ text: String, _ width: Int, into output: inout String) {
    output += text
    let count = text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count
    if count < width { output += Spaces.of(width - count) }
  }
}

/// difflib-style closeness for awscli's "maybe you meant".
enum Similarity {
  /// `difflib.get_close_matches(word, choices, cutoff=0.8)` as awscli 1.18.147 calls it: at most
  /// three, best first, equal scores in descending order of the word (`heapq.nlargest` on pairs).
  static func closeMatches(_ word: String, _ choices: [String], cutoff: Double = 0.8) -> [String] {
    let typed = Sequence(word)
    var scored: [(score: Double, word: String)] = []
    for choice in choices {
      let offered = Sequence(choice)
      guard let score = closeRatio(typed, offered, cutoff: cutoff) else { continue }
      scored.append((score, choice))
    }
    scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.word > $1.word }
    return scored.prefix(3).map(\.word)
  }

  /// A word as difflib compares it: its characters, or its bytes when each byte is a character
  /// (ASCII with no CR, which could begin a two-byte CRLF character), which compare alike and
  /// cost no walk of grapheme clusters (awscli's error for a mistyped command scores every choice).
  enum Sequence {
    case bytes([UInt8])
    case characters([Character])

    init(_ word: String) {
      let bytes = Array(word.utf8)
      self = bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? .bytes(bytes) : .characters(Array(word))
    }

    var count: Int {
      switch self {
      case .bytes(let bytes): bytes.count
      case .characters(let characters): characters.count
      }
    }

    var characters: [Character] {
      switch self {
      case .bytes(let bytes): bytes.map { Character(Unicode.Scalar($0)) }
      case .characters(let characters): characters
      }
    }
  }

  /// The ratio of `choice` to `word` when it reaches `cutoff`, else nil.
  private static func closeRatio(_ word: Sequence, _ choice: Sequence, cutoff: Double) -> Double? {
    // difflib's `real_quick_ratio` first: an upper bound on the ratio from the lengths alone, so a
    // pasted 64 KiB word is ruled out at once instead of compared in quadratic time.
    let (countA, countB) = (word.count, choice.count)
    guard countA + countB > 0 else { return 1 }
    guard Double(2 * min(countA, countB)) / Double(countA + countB) >= cutoff else { return nil }
    // get_close_matches scores `SequenceMatcher(b=word, a=choice)`; the greedy blocks make the
    // ratio depend on which word is which, so the order stays.
    let score = ratio(choice, word)
    return score >= cutoff ? score : nil
  }

  /// `ratio` of two words in either form.
  private static func ratio(_ a: Sequence, _ b: Sequence) -> Double {
    switch (a, b) {
    case (.bytes(let x), .bytes(let y)): ratio(x, y)
    default: ratio(a.characters, b.characters)
    }
  }

  /// 2·M / T over matching blocks found greedily, like `SequenceMatcher.ratio()`.
  static func ratio<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Double {
    let total = a.count + b.count
    guard total > 0 else { return 1 }
    return Double(2 * matches(a[...], b[...])) / Double(total)
  }

  private static func matches<Element: Equatable>(_ a: ArraySlice<Element>, _ b: ArraySlice<Element>) -> Int {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    var best = (length: 0, i: a.startIndex, j: b.startIndex)
    for i in a.indices {
      for j in b.indices {
        var length = 0
        while i + length < a.endIndex, j + length < b.endIndex, a[i + length] == b[j + length] { length += 1 }
        if length > best.length { best = (length, i, j) }
      }
    }
    guard best.length > 0 else { return 0 }
    return best.length
      + matches(a[a.startIndex..<best.i], b[b.startIndex..<best.j])
      + matches(a[(best.i + best.length)...], b[(best.j + best.length)...])
  }
}
