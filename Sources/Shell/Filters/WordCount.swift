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
    var counted: [(name: String?, counts: [String: Int])] = []
    var fileBytes = 0
    for file in files.isEmpty ? ["-"] : files {
      if file == "-" {
        counted.append((files.isEmpty ? nil : "-", count(invocation.stdin)))
        continue
      }
      switch HostFiles.readBytes(HostFiles.resolve(file, state: state), state: state) {
      case .success(let bytes):
        var counts = count(String(decoding: bytes, as: UTF8.self))
        counts["c"] = bytes.count
        counted.append((file, counts))
        fileBytes += bytes.count
      case .failure(let error):
        result.stderr += "wc: \(file): \(error.text)\n"
        result.status = 1
        if error == .isDirectory { counted.append((file, count(""))) }
      }
    }
    if counted.count > 1 {
      var total: [String: Int] = [:]
      for letter in ["l", "w", "m", "c"] { total[letter] = counted.reduce(0) { $0 + ($1.counts[letter] ?? 0) } }
      total["L"] = counted.map { $0.counts["L"] ?? 0 }.max() ?? 0
      counted.append(("total", total))
    }
    let letters = ["l", "w", "m", "c", "L"].filter { selected.contains(Character($0)) }
    // GNU wc sizes its columns from the files' sizes, known in advance; standard input is not,
    // so with it the columns are 7 wide, and a single count of it is bare.
    let readsStdin = files.isEmpty || files.contains("-")
    let width =
      letters.count == 1 && counted.count == 1 ? 1 : (readsStdin ? 7 : max(1, String(fileBytes).count))
    for (name, counts) in counted {
      var line = letters.map { pad(counts[$0] ?? 0, width) }.joined(separator: " ")
      if let name { line += " " + name }
      result.stdout += line + "\n"
    }
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
