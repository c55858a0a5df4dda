/// GNU grep 3.8 over standard input: `-i -v -E -F -G -c -n -w -x -o -q -s -e`, with grep's own
/// messages and exit statuses (0 selected, 1 none, 2 trouble).
enum Grep {
  private struct Options {
    var patterns: [String] = []
    var extended = false
    var fixed = false
    var ignoreCase = false
    var invert = false
    var count = false
    var lineNumbers = false
    var word = false
    var wholeLine = false
    var onlyMatching = false
    var quiet = false
    var noMessages = false
    var files: [String] = []
  }

  static let usage = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n"

  private static let longOptions: [String: Character] = [
    "--ignore-case": "i", "--invert-match": "v", "--extended-regexp": "E", "--fixed-strings": "F",
    "--basic-regexp": "G", "--count": "c", "--line-number": "n", "--word-regexp": "w",
    "--line-regexp": "x", "--only-matching": "o", "--quiet": "q", "--silent": "q", "--no-messages": "s",
  ]

  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    var options = Options()
    var operands: [String] = []
    var arguments = invocation.arguments[...]
    var patternGiven = false
    while let argument = arguments.popFirst() {
      if argument == "--" {
        operands.append(contentsOf: arguments)
        break
      }
      if argument.hasPrefix("--") {
        if argument.hasPrefix("--regexp=") {
          options.patterns.append(String(argument.dropFirst("--regexp=".count)))
          patternGiven = true
        } else if let letter = longOptions[argument] {
          apply(letter, to: &options)
        } else {
          return .failure("grep: unrecognized option '\(argument)'\n" + usage, status: 2)
        }
        continue
      }
      guard argument.hasPrefix("-"), argument.count > 1 else {
        operands.append(argument)
        continue
      }
      var letters = argument.dropFirst()
      while let letter = letters.popFirst() {
        if letter == "e" {
          if !letters.isEmpty {
            options.patterns.append(String(letters))
          } else if let next = arguments.popFirst() {
            options.patterns.append(next)
          } else {
            return .failure("grep: option requires an argument -- 'e'\n" + usage, status: 2)
          }
          patternGiven = true
          break
        }
        guard "ivEFGcnwxoqsyhH".contains(letter) else {
          return .failure("grep: invalid option -- '\(letter)'\n" + usage, status: 2)
        }
        apply(letter, to: &options)
      }
    }
    if !patternGiven {
      guard !operands.isEmpty else { return .failure(usage, status: 2) }
      options.patterns = [operands.removeFirst()]
    }
    options.files = operands
    return search(invocation.stdin, options, state: state)
  }

  private static func apply(_ letter: Character, to options: inout Options) {
    switch letter {
    case "i", "y": options.ignoreCase = true
    case "v": options.invert = true
    case "E":
      options.extended = true
      options.fixed = false
    case "F":
      options.fixed = true
      options.extended = false
    case "G":
      options.extended = false
      options.fixed = false
    case "c": options.count = true
    case "n": options.lineNumbers = true
    case "w": options.word = true
    case "x": options.wholeLine = true
    case "o": options.onlyMatching = true
    case "q": options.quiet = true
    case "s": options.noMessages = true
    default: break  // -h and -H only matter with several files
    }
  }

  private static func compile(_ options: Options) -> Result<(RegexMatcher, [String]), RegexError> {
    var branches: [RegexNode] = []
    var warnings: [String] = []
    for pattern in options.patterns {
      var node: RegexNode
      if options.fixed {
        node = .concatenation(pattern.unicodeScalars.map { .scalar($0) })
      } else {
        var parser = RegexParser(pattern, extended: options.extended)
        do {
          node = try parser.parse()
        } catch {
          return .failure(error)
        }
        warnings.append(contentsOf: parser.warnings)
      }
      if options.wholeLine {
        node = .concatenation([.assertion(.lineStart), node, .assertion(.lineEnd)])
      } else if options.word {
        node = .concatenation([.assertion(.notAfterWordCharacter), node, .assertion(.notBeforeWordCharacter)])
      }
      branches.append(node)
    }
    do {
      let matcher = try RegexMatcher(
        branches.count == 1 ? branches[0] : .alternation(branches), ignoringCase: options.ignoreCase)
      return .success((matcher, warnings))
    } catch {
      return .failure(error)
    }
  }

  private static func search(_ stdin: String, _ options: Options, state: ShellState) -> CommandResult {
    let matcher: RegexMatcher
    var result = CommandResult()
    switch compile(options) {
    case .failure(let error): return .failure("grep: \(error.message)\n", status: 2)
    case .success(let (compiled, warnings)):
      matcher = compiled
      for warning in warnings { result.stderr += "grep: warning: \(warning)\n" }
    }
    let sources = options.files.isEmpty ? ["-"] : options.files
    var selectedAny = false
    // One budget for the whole command, over every file it reads.
    let budget = RegexBudget()
    var trouble = false
    for source in sources {
      var text = stdin
      if source != "-" {
        switch FileCommands.read(source, tool: "grep", state: state) {
        case .success(let content): text = content
        case .failure(let message):
          if !options.noMessages { result.stderr += message.text }
          trouble = true
          continue
        }
      }
      let name = source == "-" ? "(standard input)" : source
      let prefix = sources.count > 1 ? name + ":" : ""
      let (output, selected, exhausted) = scan(text, matcher, options, prefix: prefix, name: name, budget: budget)
      result.stdout += output
      if exhausted {
        result.stderr +=
          "grep: the pattern takes more than \(ShellLimits.maximumGrepSteps) steps over this input: not available in this lab shell\n"
        result.status = 2
        return result
      }
      selectedAny = selectedAny || selected
      if selected && options.quiet { return CommandResult(status: 0) }
    }
    if options.quiet { result.stdout = "" }
    result.status = trouble ? 2 : (selectedAny ? 0 : 1)
    return result
  }

  private static func scan(
    _ text: String, _ matcher: RegexMatcher, _ options: Options, prefix: String, name: String, budget: RegexBudget
  ) -> (String, Bool, Bool) {
    do {
      let (output, selected) = try scan(text, matcher, options, prefix: prefix, name: name, steps: budget)
      return (output, selected, false)
    } catch {
      return ("", false, true)
    }
  }

  private static func scan(
    _ text: String, _ matcher: RegexMatcher, _ options: Options, prefix: String, name: String, steps budget: RegexBudget
  ) throws(RegexBudgetExhausted) -> (String, Bool) {
    var output = ""
    var selectedCount = 0
    let binary = text.unicodeScalars.contains("\u{0}")
    for (offset, line) in FilterInput.lines(text).enumerated() {
      let scalars = Array(line.unicodeScalars)
      let matched = try matcher.matches(scalars, budget: budget)
      guard matched != options.invert else { continue }
      selectedCount += 1
      if options.quiet { break }
      if options.count { continue }
      if binary {
        // GNU grep reports a match in data with NUL bytes instead of printing it.
        return ("grep: \(name): binary file matches\n", true)
      }
      let number = options.lineNumbers ? "\(offset + 1):" : ""
      if options.onlyMatching {
        guard !options.invert else { continue }
        var position = 0
        while position <= scalars.count, let found = try matcher.firstMatch(in: scalars, from: position, budget: budget)
        {
          if found.end > found.start {
            output += prefix + number + String(String.UnicodeScalarView(scalars[found.start..<found.end])) + "\n"
            position = found.end
          } else {
            position = found.start + 1
          }
        }
      } else {
        output += prefix + number + line + "\n"
      }
    }
    if options.count { output += prefix + "\(selectedCount)\n" }
    return (output, selectedCount > 0)
  }
}
