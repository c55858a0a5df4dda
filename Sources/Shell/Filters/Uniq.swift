/// coreutils `uniq` over standard input: adjacent equal lines collapse; `-c` counts (`%7d `),
/// `-d` only repeated, `-u` only unique, `-i` ignores case.
enum Uniq {
  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    var count = false
    var repeatedOnly = false
    var uniqueOnly = false
    var ignoreCase = false
    var files: [String] = []
    for argument in invocation.arguments {
      guard argument.hasPrefix("-"), argument != "-" else {
        files.append(argument)
        continue
      }
      let long: [String: Character] = ["--count": "c", "--repeated": "d", "--unique": "u", "--ignore-case": "i"]
      let letters: [Character]
      if argument.hasPrefix("--") {
        guard let letter = long[argument] else {
          return .failure(FilterInput.invalidOption("uniq", argument), status: 1)
        }
        letters = [letter]
      } else {
        letters = Array(argument.dropFirst())
      }
      for letter in letters {
        switch letter {
        case "c": count = true
        case "d": repeatedOnly = true
        case "u": uniqueOnly = true
        case "i": ignoreCase = true
        default: return .failure(FilterInput.invalidOption("uniq", argument, letter: letter), status: 1)
        }
      }
    }
    var text = invocation.stdin
    if let file = files.first, file != "-" {
      switch FileCommands.read(file, tool: "uniq", state: state) {
      case .success(let content): text = content
      case .failure(let message): return .failure(message.text, status: 1)
      }
    }
    var groups: [(line: Substring, count: Int)] = []
    for line in FilterInput.lines(text) {
      if let last = groups.last, ignoreCase ? last.line.lowercased() == line.lowercased() : last.line == line {
        groups[groups.count - 1].count += 1
      } else {
        groups.append((line, 1))
      }
    }
    var output = ""
    for group in groups {
      if repeatedOnly && group.count < 2 { continue }
      if uniqueOnly && group.count > 1 { continue }
      if count {
        let digits = String(group.count)
        output += String(repeating: " ", count: max(0, 7 - digits.count)) + digits + " "
      }
      output += group.line + "\n"
    }
    return .output(output)
  }
}
