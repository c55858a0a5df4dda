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
      let word = words[index]
      var name = word
      var inlineValue: String?
      if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
        name = String(word[..<equals])
        inlineValue = String(word[word.index(after: equals)...])
      }
      if valued.contains(name) {
        let value: String
        if let inlineValue {
          value = inlineValue
        } else {
          guard index + 1 < words.count else { throw .missingValue(name) }
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
