/// coreutils `head` and `tail` over standard input, by lines (`-n N`, `-N`, `head -n -N`,
/// `tail -n +N`) or bytes (`-c N`). A last line without a newline is printed without one.
enum HeadTail {
  private enum Count {
    case lines(Int, fromStart: Bool)
    case bytes(Int, fromStart: Bool)
  }

  static func head(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    run(invocation, tool: "head", state: state)
  }

  static func tail(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    run(invocation, tool: "tail", state: state)
  }

  private static func run(_ invocation: Invocation, tool: String, state: ShellState) -> CommandResult {
    let isHead = tool == "head"
    var count = Count.lines(10, fromStart: !isHead)
    var files: [String] = []
    var warnings = ""
    var arguments = invocation.arguments[...]
    while let argument = arguments.popFirst() {
      if argument == "--" {
        files.append(contentsOf: arguments)
        break
      }
      var option: Character?
      var value: String?
      if argument.hasPrefix("--lines=") {
        option = "n"
        value = String(argument.dropFirst(8))
      } else if argument.hasPrefix("--bytes=") {
        option = "c"
        value = String(argument.dropFirst(8))
      } else if argument.hasPrefix("--") {
        if !isHead && argument == "--follow" {
          warnings += "tail: warning: following standard input indefinitely is ineffective\n"
          continue
        }
        return .failure(FilterInput.invalidOption(tool, argument), status: 1)
      } else if argument.hasPrefix("-"), argument.count > 1 {
        let body = argument.dropFirst()
        if body.first!.isNumber {
          option = "n"
          value = String(body)
        } else if body.first == "n" || body.first == "c" {
          option = body.first
          let rest = body.dropFirst()
          if !rest.isEmpty {
            value = String(rest)
          } else if let next = arguments.popFirst() {
            value = next
          } else {
            return .failure(
              "\(tool): option requires an argument -- '\(body.first!)'\nTry '\(tool) --help' for more information.\n",
              status: 1)
          }
        } else if !isHead && body == "f" || !isHead && body == "F" {
          warnings += "tail: warning: following standard input indefinitely is ineffective\n"
          continue
        } else if body == "q" || body == "v" {
          continue
        } else {
          return .failure(FilterInput.invalidOption(tool, argument), status: 1)
        }
      } else {
        files.append(argument)
        continue
      }
      guard let option, let value else { continue }
      guard let parsed = parseCount(value, isHead: isHead) else {
        let what = option == "n" ? "number of lines" : "number of bytes"
        return .failure("\(tool): invalid \(what): ‘\(value)’\n", status: 1)
      }
      count = option == "n" ? .lines(parsed.0, fromStart: parsed.1) : .bytes(parsed.0, fromStart: parsed.1)
    }
    var result = CommandResult(stderr: warnings)
    let sources = files.isEmpty ? ["-"] : files
    var printed = 0
    for source in sources {
      var text = invocation.stdin
      if source != "-" {
        switch HostFiles.read(HostFiles.resolve(source, state: state), state: state) {
        case .success(let content): text = content
        case .failure(let error):
          // coreutils 8.22 quotes both with `quote`, which a UTF-8 locale makes ‘…’ (as rm and cp).
          let reason =
            error == .isDirectory
            ? "error reading ‘\(source)’: \(error.text)" : "cannot open ‘\(source)’ for reading: \(error.text)"
          result.stderr += "\(tool): \(reason)\n"
          result.status = 1
          continue
        }
      }
      // With several files each gets a `==> NAME <==` header, a blank line between them.
      if sources.count > 1 {
        result.stdout += (printed > 0 ? "\n" : "") + "==> \(source == "-" ? "standard input" : source) <==\n"
      }
      printed += 1
      result.stdout += isHead ? head(text, count) : tail(text, count)
    }
    return result
  }

  /// The count and whether it is counted from the start (`tail -n +N`, or `head -n N`).
  private static func parseCount(_ text: String, isHead: Bool) -> (Int, Bool)? {
    var digits = Substring(text)
    var fromStart = isHead
    if digits.first == "+" {
      digits = digits.dropFirst()
      fromStart = true
    } else if digits.first == "-" {
      digits = digits.dropFirst()
      fromStart = !isHead
    }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    // Counts past any input are as good as infinite.
    return (Int(digits.prefix(15)) ?? Int.max, fromStart)
  }

  /// The lines of the text, each with its newline (the last may have none).
  private static func terminatedLines(_ text: String) -> [Substring] {
    var lines: [Substring] = []
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(after: index)
      if text[index] == "\n" {
        lines.append(text[start..<next])
        start = next
      }
      index = next
    }
    if start < text.endIndex { lines.append(text[start...]) }
    return lines
  }

  private static func head(_ text: String, _ count: Count) -> String {
    switch count {
    case .lines(let n, let fromStart):
      let lines = terminatedLines(text)
      return (fromStart ? Array(lines.prefix(n)) : Array(lines.dropLast(n))).joined()
    case .bytes(let n, let fromStart):
      let bytes = Array(text.utf8)
      return String(decoding: fromStart ? Array(bytes.prefix(n)) : Array(bytes.dropLast(n)), as: UTF8.self)
    }
  }

  private static func tail(_ text: String, _ count: Count) -> String {
    switch count {
    case .lines(let n, let fromStart):
      let lines = terminatedLines(text)
      return (fromStart ? Array(lines.dropFirst(max(0, n - 1))) : Array(lines.suffix(n))).joined()
    case .bytes(let n, let fromStart):
      let bytes = Array(text.utf8)
      return String(decoding: fromStart ? Array(bytes.dropFirst(max(0, n - 1))) : Array(bytes.suffix(n)), as: UTF8.self)
    }
  }
}
