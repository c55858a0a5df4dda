/// coreutils `sort` over standard input: `-r -n -u -f -k N[,M] -t C`.
///
/// Lines compare by Unicode scalar value (as under `LC_ALL=C`/`C.UTF-8`), not by the en_US
/// collation a real Amazon Linux login uses; equal keys fall back to comparing whole lines, as
/// GNU sort's last-resort comparison does, unless `-u` is given.
enum Sort {
  private struct Options {
    var reverse = false
    var numeric = false
    var unique = false
    var foldCase = false
    var keyStart: Int?
    var keyEnd: Int?
    var separator: Character?
  }

  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    var options = Options()
    var files: [String] = []
    var arguments = invocation.arguments[...]
    while let argument = arguments.popFirst() {
      if argument == "-" || !argument.hasPrefix("-") {
        files.append(argument)
        continue
      }
      if argument == "--" {
        files.append(contentsOf: arguments)
        break
      }
      let long: [String: Character] = [
        "--reverse": "r", "--numeric-sort": "n", "--unique": "u", "--ignore-case": "f",
      ]
      if argument.hasPrefix("--") {
        guard let letter = long[argument] else {
          return .failure(FilterInput.invalidOption("sort", argument), status: 2)
        }
        apply(letter, &options)
        continue
      }
      var letters = argument.dropFirst()
      while let letter = letters.popFirst() {
        if letter == "k" || letter == "t" {
          let value = letters.isEmpty ? arguments.popFirst() : String(letters)
          letters = ""
          guard let value else {
            return .failure(
              "sort: option requires an argument -- '\(letter)'\nTry 'sort --help' for more information.\n", status: 2)
          }
          if letter == "t" {
            guard value.count == 1 else { return .failure("sort: multi-character tab ‘\(value)’\n", status: 2) }
            options.separator = value.first
          } else {
            let parts = value.split(separator: ",", maxSplits: 1)
            guard let start = parts.first.flatMap({ Int($0) }), start > 0,
              parts.count == 1 || Int(parts[1]).map({ $0 > 0 }) == true
            else {
              return .failure("sort: invalid number at field start: invalid count at start of ‘\(value)’\n", status: 2)
            }
            options.keyStart = start
            options.keyEnd = parts.count > 1 ? Int(parts[1]) : nil
          }
          continue
        }
        guard "rnufsb".contains(letter) else {
          return .failure(FilterInput.invalidOption("sort", argument, letter: letter), status: 2)
        }
        apply(letter, &options)
      }
    }
    var result = CommandResult()
    var text = files.isEmpty ? invocation.stdin : ""
    for file in files {
      if file == "-" {
        text += invocation.stdin
        continue
      }
      switch HostFiles.read(HostFiles.resolve(file, state: state), state: state) {
      case .success(let content): text += content.isEmpty || content.hasSuffix("\n") ? content : content + "\n"
      case .failure(let error):
        let verb = error == .isDirectory ? "read failed" : "cannot read"
        return .failure("sort: \(verb): \(file): \(error.text)\n", status: 2)
      }
    }
    let lines = FilterInput.lines(text).map(String.init)
    let keyed = lines.enumerated().map { (offset: $0.offset, line: $0.element, key: key(of: $0.element, options)) }
    let sorted = keyed.sorted { left, right in
      var order = compareKeys(left.key, right.key, options)
      if order == 0 && !options.unique { order = compareText(left.line, right.line) }
      if options.reverse { order = -order }
      return order != 0 ? order < 0 : left.offset < right.offset
    }
    var output: [String] = []
    var previousKey: String?
    for item in sorted {
      if options.unique, let previousKey, compareKeys(previousKey, item.key, options) == 0 { continue }
      previousKey = item.key
      output.append(item.line)
    }
    result.stdout = FilterInput.joined(output)
    return result
  }

  private static func apply(_ letter: Character, _ options: inout Options) {
    switch letter {
    case "r": options.reverse = true
    case "n": options.numeric = true
    case "u": options.unique = true
    case "f": options.foldCase = true
    default: break
    }
  }

  /// The part of the line `-k` selects; without `-t`, a field keeps the blanks before it.
  private static func key(of line: String, _ options: Options) -> String {
    guard let start = options.keyStart else { return line }
    let characters = Array(line)
    var fieldStarts: [Int] = []
    var fieldEnds: [Int] = []
    var index = 0
    if let separator = options.separator {
      fieldStarts.append(0)
      for (offset, character) in characters.enumerated() where character == separator {
        fieldEnds.append(offset)
        fieldStarts.append(offset + 1)
      }
      fieldEnds.append(characters.count)
    } else {
      while index < characters.count {
        let fieldStart = index
        while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
        while index < characters.count, characters[index] != " " && characters[index] != "\t" { index += 1 }
        fieldStarts.append(fieldStart)
        fieldEnds.append(index)
      }
    }
    guard start - 1 < fieldStarts.count else { return "" }
    let from = fieldStarts[start - 1]
    let to = options.keyEnd.map { min($0, fieldEnds.count) }.map { fieldEnds[max($0, start) - 1] } ?? characters.count
    return String(characters[from..<max(from, to)])
  }

  private static func compareKeys(_ left: String, _ right: String, _ options: Options) -> Int {
    if options.numeric {
      let a = numericValue(left)
      let b = numericValue(right)
      return a < b ? -1 : (a > b ? 1 : 0)
    }
    if options.foldCase { return compareText(left.uppercased(), right.uppercased()) }
    return compareText(left, right)
  }

  private static func compareText(_ left: String, _ right: String) -> Int {
    if left == right { return 0 }
    return left.unicodeScalars.lexicographicallyPrecedes(right.unicodeScalars) ? -1 : 1
  }

  /// The leading number of a line as `sort -n` reads it; no number counts as zero.
  private static func numericValue(_ text: String) -> Double {
    var scalars = Substring(text).drop { $0 == " " || $0 == "\t" }
    var sign = 1.0
    if scalars.first == "-" {
      sign = -1
      scalars = scalars.dropFirst()
    }
    var number = ""
    var seenPoint = false
    for character in scalars {
      if character.isASCII && character.isNumber {
        number.append(character)
      } else if character == "." && !seenPoint {
        seenPoint = true
        number.append(character)
      } else {
        break
      }
    }
    return sign * (Double(number == "." ? "0" : (number.isEmpty ? "0" : number)) ?? 0)
  }
}
