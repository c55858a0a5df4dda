/// The global options awscli accepts anywhere on the line, and what is left for the command.
struct AWSArguments: Equatable {
  var region: String?
  var endpointURL: String?
  var output: String?
  var query: String?
  var profile: String?
  var debug = false
  var noPaginate = false
  var noVerifySSL = false
  var noSignRequest = false
  var version = false
  var connectTimeout: Int?
  var readTimeout: Int?
  /// The words that are not global options: service, operation and its arguments.
  var rest: [String] = []
  /// The words as typed, for `--debug`'s "Arguments entered to CLI".
  var typed: [String] = []

  /// A global option that takes a value, and what it was missing.
  enum Problem: Error, Equatable {
    case missingValue(String)
    case badInteger(option: String, value: String)
    /// A prefix that several options share (argparse's "ambiguous option").
    case ambiguous(String, [String])
  }

  private static let valued: Set<String> = [
    "--region", "--endpoint-url", "--output", "--query", "--profile", "--cli-connect-timeout",
    "--cli-read-timeout", "--color", "--ca-bundle",
  ]

  /// Separates global options from the rest, as awscli's driver does before dispatching.
  static func parse(_ words: [String]) throws(Problem) -> AWSArguments {
    var result = AWSArguments()
    result.typed = words
    var index = 0
    while index < words.count {
      var word = words[index]
      var name = word
      var inlineValue: String?
      // The main parser reads every word first, so a prefix of a global option is that option
      // wherever it stands, and a prefix several global options share fails the whole line.
      switch ArgparseAbbreviation.match(word, among: AWSChoices.options["global"] ?? []) {
      case .option(let option, let value):
        name = option
        inlineValue = value
        if value == nil { word = option }
      case .ambiguous(let candidates): throw .ambiguous(word, candidates)
      case .none: break
      }
      if valued.contains(name) {
        let value: String
        if let inlineValue {
          value = inlineValue
        } else {
          guard index + 1 < words.count, !Self.looksLikeOption(words[index + 1]) else { throw .missingValue(name) }
          value = words[index + 1]
          index += 1
        }
        try result.set(name, value)
      } else {
        switch word {
        case "--debug": result.debug = true
        case "--no-paginate": result.noPaginate = true
        case "--no-verify-ssl": result.noVerifySSL = true
        case "--no-sign-request": result.noSignRequest = true
        case "--version": result.version = true
        default: result.rest.append(word)
        }
      }
      index += 1
    }
    return result
  }

  /// argparse's test for a word that starts another option rather than giving a value: a leading
  /// `-` and more, unless it reads as a negative number or holds a space.
  static func looksLikeOption(_ word: String) -> Bool {
    guard word.hasPrefix("-"), word.count > 1, !word.contains(" ") else { return false }
    let rest = word.dropFirst()
    let digits: ClosedRange<Character> = "0"..."9"
    let isNumber = rest.allSatisfy { digits.contains($0) || $0 == "." } && rest.contains { digits.contains($0) }
    return !isNumber
  }

  private mutating func set(_ name: String, _ value: String) throws(Problem) {
    switch name {
    case "--region": region = value
    case "--endpoint-url": endpointURL = value
    case "--output": output = value
    case "--query": query = value
    case "--profile": profile = value
    case "--cli-connect-timeout":
      guard let number = Int(value), number >= 0 else { throw .badInteger(option: name, value: value) }
      connectTimeout = number
    case "--cli-read-timeout":
      guard let number = Int(value), number >= 0 else { throw .badInteger(option: name, value: value) }
      readTimeout = number
    default: break
    }
  }
}
