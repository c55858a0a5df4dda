/// coreutils `wc` over standard input: `-l -w -m -c -L`, columns in wc's order (lines, words,
/// characters, bytes, longest line). One count prints bare; several are right-aligned in 7
/// columns, as GNU wc does when it cannot know the input size in advance.
enum WordCount {
  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    var selected = Set<Character>()
    var files: [String] = []
    var endOfOptions = false
    let longOptions: [String: Character] = [
      "--lines": "l", "--words": "w", "--chars": "m", "--bytes": "c", "--max-line-length": "L",
    ]
    for argument in invocation.arguments {
      if endOfOptions || argument == "-" || !argument.hasPrefix("-") {
        files.append(argument)
      } else if argument == "--" {
        endOfOptions = true
      } else if argument.hasPrefix("--") {
        guard let letter = longOptions[argument] else {
          return .failure(FilterInput.invalidOption("wc", argument), status: 1)
        }
        selected.insert(letter)
      } else {
        for letter in argument.dropFirst() {
          guard "lwmcL".contains(letter) else {
            return .failure(FilterInput.invalidOption("wc", argument, letter: letter), status: 1)
          }
          selected.insert(letter)
        }
      }
    }
    if selected.isEmpty { selected = ["l", "w", "c"] }
    var result = CommandResult()
    for file in files where file != "-" {
      result.stderr += "wc: \(file): No such file or directory\n"
      result.status = 1
    }
    guard files.isEmpty || files.contains("-") else { return result }
    let counts = count(invocation.stdin)
    let values = ["l", "w", "m", "c", "L"].compactMap { letter -> Int? in
      guard selected.contains(Character(letter)) else { return nil }
      return counts[letter]
    }
    let width = values.count == 1 && files.isEmpty ? 1 : 7
    var line = values.map { pad($0, width) }.joined(separator: " ")
    if files.contains("-") { line += " -" }
    result.stdout = line + "\n"
    return result
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: " ", count: max(0, width - digits.count)) + digits
  }

  private static func count(_ text: String) -> [String: Int] {
    var lines = 0
    var words = 0
    var characters = 0
    var longest = 0
    var current = 0
    var inWord = false
    for scalar in text.unicodeScalars {
      characters += 1
      switch scalar {
      case "\n":
        lines += 1
        longest = max(longest, current)
        current = 0
      case "\t":
        current += 8 - current % 8
      default:
        current += 1
      }
      if isSpace(scalar) {
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
      }
    }
    longest = max(longest, current)
    return ["l": lines, "w": words, "m": characters, "c": text.utf8.count, "L": longest]
  }

  /// Word separators: ASCII white space and Unicode spaces other than the no-break ones.
  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    if [0xA0, 0x2007, 0x202F].contains(scalar.value) { return false }
    return scalar == " " || (0x09...0x0D).contains(scalar.value)
      || (scalar.value > 0x7F && scalar.properties.isWhitespace)
  }
}
