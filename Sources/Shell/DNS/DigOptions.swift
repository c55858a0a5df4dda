/// What `dig`'s command line asks for: the lookups, the server and the print switches.
struct DigOptions {
  /// One question to send.
  struct Lookup {
    var name: String
    var type: String?
  }

  var lookups: [Lookup] = []
  var server: String?
  var port = 53
  var defaultType: String?
  /// `+tries`/`+retry`; nil leaves it to resolv.conf (``ResolverTimeouts``).
  var triesGiven: Int?
  /// `+time`; nil leaves it to resolv.conf.
  var timeoutGiven: Int?
  var tcp = false
  /// `+search`: apply the host's resolv.conf search list.
  var search = false
  /// `+trace`: walk the delegations from the root, asking each name server directly.
  var trace = false
  var short = false
  var cmd = true
  var comments = true
  var question = true
  var answer = true
  var authority = true
  var additional = true
  var stats = true
  var warnings = ""

  static let usage = """
    Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}
                {global-d-opt} host [@local-server] {local-d-opt}
                [ host [@local-server] {local-d-opt} [...]]

    Use "dig -h" (or "dig -h | more") for complete list of options

    """

  /// Parses dig's arguments; on error, the message dig prints (`Invalid option: …` and usage).
  static func parse(_ arguments: [String]) -> Result<DigOptions, DigUsageError> {
    var options = DigOptions()
    var typeSetExplicitly = false
    var index = 0
    func invalid(_ argument: String) -> Result<DigOptions, DigUsageError> {
      .failure(DigUsageError(text: "Invalid option: \(argument)\n" + usage))
    }
    func setType(_ type: String) {
      if typeSetExplicitly { options.warnings += ";; Warning, extra type option\n" }
      typeSetExplicitly = true
      if options.lookups.isEmpty {
        options.defaultType = type
      } else {
        options.lookups[options.lookups.count - 1].type = type
      }
    }
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument.hasPrefix("@"), argument.count > 1 {
        options.server = String(argument.dropFirst())
      } else if argument.hasPrefix("+") {
        guard options.applyPlus(String(argument.dropFirst())) else { return invalid(argument) }
      } else if argument.hasPrefix("-"), argument.count > 1 {
        let letter = argument.dropFirst().first!
        let attached = String(argument.dropFirst(2))
        switch letter {
        case "4", "6":
          continue
        case "p", "t", "c", "q", "x", "b":
          var value = attached
          if value.isEmpty {
            guard index < arguments.count else { return invalid(argument) }
            value = arguments[index]
            index += 1
          }
          switch letter {
          case "p":
            guard let port = Int(value), (0...65535).contains(port) else { return invalid(argument) }
            options.port = port
          case "t":
            guard let type = DNSTypes.type(value) else { return invalid(argument) }
            setType(type)
          case "c":
            guard DNSTypes.isClass(value) else { return invalid(argument) }
          case "q":
            options.lookups.append(Lookup(name: value, type: nil))
            typeSetExplicitly = false
          case "x":
            options.lookups.append(Lookup(name: DNSTypes.reverseName(value), type: "PTR"))
            typeSetExplicitly = true
          default:
            break
          }
        default:
          return invalid(argument)
        }
      } else if let type = DNSTypes.type(argument), !options.lookups.isEmpty || options.defaultType == nil {
        setType(type)
      } else if DNSTypes.isClass(argument) {
        continue
      } else {
        options.lookups.append(Lookup(name: argument, type: nil))
        typeSetExplicitly = false
      }
    }
    return .success(options)
  }

  /// One `+option`, with dig's `no` prefix; false for an option dig does not have.
  mutating func applyPlus(_ raw: String) -> Bool {
    var word = raw.lowercased()
    let value: Int?
    if let equals = word.firstIndex(of: "=") {
      value = Int(word[word.index(after: equals)...])
      word = String(word[..<equals])
    } else {
      value = nil
    }
    let on = !word.hasPrefix("no")
    if !on { word.removeFirst(2) }
    // dig accepts abbreviations; these are the shortest forms that are unambiguous in 9.18.
    func named(_ full: String, _ minimum: Int) -> Bool { word.count >= minimum && full.hasPrefix(word) }
    switch true {
    case named("short", 2): short = on
    case named("all", 2): setAll(on)
    case named("cmd", 3): cmd = on
    case named("comments", 3): comments = on
    case named("question", 3): question = on
    case named("answer", 2): answer = on
    case named("authority", 2): authority = on
    case named("additional", 3): additional = on
    case named("stats", 2): stats = on
    case named("tcp", 2), named("vc", 2): tcp = on
    case named("tries", 2):
      guard on, let value else { return false }
      triesGiven = min(max(value, 1), ShellLimits.maximumDNSTries)
    case named("retry", 3):
      guard on, let value else { return false }
      triesGiven = min(max(value, 0), ShellLimits.maximumDNSTries - 1) + 1
    case named("time", 2), named("timeout", 5):
      guard on, let value else { return false }
      timeoutGiven = min(max(value, 1), ShellLimits.maximumTimeoutSeconds)
    case named("search", 3): search = on
    case named("trace", 3): trace = on
    case named("recurse", 3), named("edns", 3), named("identify", 2), named("ttlid", 2):
      break
    default:
      return false
    }
    return true
  }

  /// The tries and the wait for each, in milliseconds: the command line's, else the host's file's.
  func timeouts(_ state: ShellState) -> (tries: Int, milliseconds: Int64) {
    ResolverTimeouts.of(state).resolved(tries: triesGiven, seconds: timeoutGiven)
  }

  private mutating func setAll(_ on: Bool) {
    cmd = on
    comments = on
    question = on
    answer = on
    authority = on
    additional = on
    stats = on
  }
}

/// A command line dig refuses; `text` goes to standard error and dig exits 1.
struct DigUsageError: Error {
  let text: String
}
