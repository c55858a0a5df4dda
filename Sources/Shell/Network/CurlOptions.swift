import Cloud

/// What `curl` was asked to do.
struct CurlOptions {
  var url: String?
  var silent = false
  var showErrors = false
  var verbose = false
  var headOnly = false
  var includeHeaders = false
  var connectTimeout: Double?
  var maxTime: Double?
  var method = "GET"
  var discardBody = false
  /// `-f`: fail with status 22 on an HTTP error instead of printing the error page.
  var failOnError = false
  /// `-w FORMAT`: what to print after the transfer.
  var writeOut: String?
  /// `-o FILE`: the body goes to this file on the host (`/dev/null` discards it).
  var outputFile: String?
  /// `-O`: the body goes to a file named as the URL's last path segment.
  var remoteName = false
  /// `-k`: do not check the server's certificate against the host name (or its chain).
  var insecure = false

  /// A usage problem, worded as curl words it, with its exit code.
  struct Problem: Error {
    let message: String
    let status: Int32
  }

  static func parse(_ words: [String]) throws(Problem) -> CurlOptions {
    var options = CurlOptions()
    var index = 0
    func value(_ name: String) throws(Problem) -> String {
      guard index + 1 < words.count else {
        throw Problem(
          message:
            "curl: option \(name): requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
          status: 2)
      }
      index += 1
      return words[index]
    }
    func seconds(_ name: String) throws(Problem) -> Double {
      let text = try value(name)
      guard let number = Double(text) else {
        throw Problem(
          message:
            "curl: option \(name): expected a proper numerical parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
          status: 2)
      }
      guard number >= 0 else {
        throw Problem(
          message:
            "curl: option \(name): expected a positive numerical parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
          status: 2)
      }
      return number
    }
    while index < words.count {
      let word = words[index]
      switch word {
      case "-s", "--silent": options.silent = true
      case "-S", "--show-error": options.showErrors = true
      case "-v", "--verbose": options.verbose = true
      case "-I", "--head":
        options.headOnly = true
        options.method = "HEAD"
      case "-i", "--include": options.includeHeaders = true
      case "-f", "--fail": options.failOnError = true
      case "-k", "--insecure": options.insecure = true
      case "-L", "--location", "-4", "--compressed": break
      case "--connect-timeout": options.connectTimeout = try seconds(word)
      case "-m", "--max-time": options.maxTime = try seconds(word)
      case "-X", "--request": options.method = try value(word).uppercased()
      case "-w", "--write-out": options.writeOut = try value(word)
      case "-H", "--header", "-A", "--user-agent": _ = try value(word)
      case "-o", "--output":
        let target = try value(word)
        if target == "/dev/null" { options.discardBody = true } else { options.outputFile = target }
      case "-O", "--remote-name": options.remoteName = true
      default:
        if word.hasPrefix("--") {
          throw Problem(
            message:
              "curl: option \(word): is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
            status: 2)
        }
        if word.hasPrefix("-") && word.count > 2, let last = word.last, "owmXHA".contains(last) {
          // `-so FILE`: the flags, then the last letter's option with the next word as its value.
          var rewritten = words
          rewritten[index] = "-" + String(last)
          rewritten.insert("-" + word.dropFirst().dropLast(), at: index)
          return try parse(rewritten)
        }
        if word.hasPrefix("-") && word.count > 1 {
          // Bundled short flags such as -sv or -sI.
          var expanded: [String] = []
          for flag in word.dropFirst() { expanded.append("-" + String(flag)) }
          let known: Set<String> = ["-s", "-S", "-v", "-I", "-i", "-k", "-L", "-f", "-4", "-O"]  // flags without values
          guard expanded.allSatisfy(known.contains) else {
            throw Problem(
              message:
                "curl: option \(word): is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
              status: 2)
          }
          var bundled = try parse(expanded)
          bundled.url = options.url
          bundled.connectTimeout = options.connectTimeout
          bundled.maxTime = options.maxTime
          options.merge(bundled)
        } else {
          options.url = word
        }
      }
      index += 1
    }
    return options
  }

  /// Expands the `-w` variables the labs need (`%{http_code}`) and `\n`.
  static func expand(_ format: String, status: Int) -> String {
    var text = format
    // Three digits, as curl's `%03ld`: `000` when no response came.
    let code = String(repeating: "0", count: max(0, 3 - String(status).count)) + String(status)
    while let range = text.firstRange(of: "%{http_code}") {
      text.replaceSubrange(range, with: code)
    }
    var output = ""
    var escaped = false
    for character in text {
      if escaped {
        output += character == "n" ? "\n" : (character == "t" ? "\t" : "\\" + String(character))
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        output.append(character)
      }
    }
    return output
  }

  private mutating func merge(_ other: CurlOptions) {
    silent = silent || other.silent
    showErrors = showErrors || other.showErrors
    verbose = verbose || other.verbose
    if other.headOnly {
      headOnly = true
      method = "HEAD"
    }
    failOnError = failOnError || other.failOnError
    includeHeaders = includeHeaders || other.includeHeaders
    remoteName = remoteName || other.remoteName
    insecure = insecure || other.insecure
  }
}

/// A URL as curl splits it.
struct CurlURL {
  let scheme: String
  let host: String
  let port: Int
  let path: String

  /// The scheme a URL names (`foo` in `foo://x`), if it names one.
  static func scheme(of text: String) -> String? {
    // Split at the `:`, `/` and `@` bytes when ASCII (`ASCIIText`): walking characters cost 45,000
    // instructions a URL.
    if ASCIIText.holds(text) {
      let bytes = Array(text.utf8)
      return schemeSeparator(in: bytes).map { String(decoding: bytes[..<$0], as: UTF8.self).lowercased() }
    }
    guard let range = Substring(text).firstRange(of: "://") else { return nil }
    return Substring(text)[..<range.lowerBound].lowercased()
  }

  /// Where the first `://` starts in `bytes`.
  private static func schemeSeparator(in bytes: [UInt8]) -> Int? {
    var index = 0
    while index + 2 < bytes.count {
      if bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: "/"), bytes[index + 2] == UInt8(ascii: "/")
      {
        return index
      }
      index += 1
    }
    return nil
  }

  init?(_ text: String) {
    guard let parts = ASCIIText.holds(text) ? Self.splitBytes(text) : Self.splitCharacters(text) else { return nil }
    (scheme, host, port, path) = parts
  }

  /// What a URL is made of, as `init` keeps it.
  typealias Parts = (scheme: String, host: String, port: Int, path: String)

  /// The URL split at bytes, for ASCII text.
  static func splitBytes(_ text: String) -> Parts? {
    let bytes = Array(text.utf8)
    var start = 0
    var scheme = "http"
    if let separator = schemeSeparator(in: bytes) {
      scheme = String(decoding: bytes[..<separator], as: UTF8.self).lowercased()
      start = separator + 3
    }
    guard scheme == "http" || scheme == "https" else { return nil }
    let slash = bytes[start...].firstIndex(of: UInt8(ascii: "/")) ?? bytes.endIndex
    var authority = bytes[start..<slash]
    let path = slash == bytes.endIndex ? "/" : String(decoding: bytes[slash...], as: UTF8.self)
    if let at = authority.lastIndex(of: UInt8(ascii: "@")) { authority = authority[(at + 1)...] }
    var port = scheme == "https" ? 443 : 80
    if let colon = authority.lastIndex(of: UInt8(ascii: ":")),
      let number = Int(String(decoding: authority[(colon + 1)...], as: UTF8.self))
    {
      port = number
      authority = authority[..<colon]
    }
    guard !authority.isEmpty else { return nil }
    return (scheme, String(decoding: authority, as: UTF8.self).lowercased(), port, path)
  }

  /// The URL split character by character, for text that is not ASCII.
  static func splitCharacters(_ text: String) -> Parts? {
    var rest = Substring(text)
    var scheme = "http"
    if let range = rest.firstRange(of: "://") {
      scheme = rest[..<range.lowerBound].lowercased()
      rest = rest[range.upperBound...]
    }
    guard scheme == "http" || scheme == "https" else { return nil }
    let slash = rest.firstIndex(of: "/") ?? rest.endIndex
    var authority = String(rest[..<slash])
    let path = slash == rest.endIndex ? "/" : String(rest[slash...])
    if let at = authority.lastIndex(of: "@") { authority = String(authority[authority.index(after: at)...]) }
    var port = scheme == "https" ? 443 : 80
    if let colon = authority.lastIndex(of: ":"), let number = Int(authority[authority.index(after: colon)...]) {
      port = number
      authority = String(authority[..<colon])
    }
    guard !authority.isEmpty else { return nil }
    return (scheme, authority.lowercased(), port, path)
  }
}
