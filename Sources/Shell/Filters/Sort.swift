/// coreutils `sort` over standard input: `-r -n -u -f -b -k N[,M] -t C`, the key with its own
/// ordering letters (`-k2n`, `-k2,2nr`, `-k1b`).
///
/// Lines compare by Unicode scalar value (as under `LC_ALL=C`/`C.UTF-8`), not by the en_US
/// collation a real Amazon Linux login uses; equal keys fall back to comparing whole lines, as
/// GNU sort's last-resort comparison does, unless `-u` is given. As in GNU sort, a key with
/// letters of its own orders by those alone (the global `-n`, `-r`, `-f`, `-b` are not inherited);
/// the global `-r` still turns the last-resort comparison round.
enum Sort {
  /// How a key is compared.
  struct Ordering: Equatable {
    var reverse = false
    var numeric = false
    var foldCase = false
    var blanks = false
  }

  private struct Options {
    var global = Ordering()
    var unique = false
    var keyStart: Int?
    var keyEnd: Int?
    /// The key's own letters, when `-k` gave any.
    var keyOrdering: Ordering?
    var separator: Character?

    /// How the key compares: by its own letters, else by the global options.
    var ordering: Ordering { keyOrdering ?? global }
  }

  /// Why a `-k` value cannot be used: GNU sort's message, or the lab shell's.
  struct KeyError: Error {
    let message: String
  }

  /// A `-k` value, POS1[,POS2], each a field number with ordering letters after it; or what
  /// GNU sort says of it.
  static func keySpec(_ value: String) -> Result<(start: Int, end: Int?, ordering: Ordering?), KeyError> {
    func invalid(_ what: String) -> String { "sort: \(what): invalid field specification ‘\(value)’\n" }
    func count(_ problem: String, _ text: Substring) -> String {
      "sort: \(problem): invalid count at start of ‘\(text)’\n"
    }
    var ordering = Ordering()
    var lettered = false
    // One position: its field number, then its letters; nil and the message when it is wrong.
    func position(_ text: Substring, first: Bool) -> Result<Int, KeyError> {
      let digits = text.prefix { $0.isASCII && $0.isNumber }
      guard let field = Int(digits) else {
        return .failure(
          KeyError(message: count(first ? "invalid number at field start" : "invalid number after ','", text)))
      }
      var rest = text.dropFirst(digits.count)
      if rest.first == "." {
        let offset = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
        if offset.allSatisfy({ $0 == "0" }) && !offset.isEmpty {
          return .failure(KeyError(message: invalid("character offset is zero")))
        }
        return .failure(
          KeyError(message: "sort: character positions in a key (‘\(value)’) are not available in this lab shell\n"))
      }
      if field == 0 { return .failure(KeyError(message: invalid("field number is zero"))) }
      while let letter = rest.popFirst() {
        switch letter {
        case "n": ordering.numeric = true
        case "r": ordering.reverse = true
        case "f": ordering.foldCase = true
        case "b": ordering.blanks = true
        case "d", "g", "h", "i", "M", "R", "V":
          return .failure(
            KeyError(message: "sort: the ‘\(letter)’ ordering of a key is not available in this lab shell\n"))
        default: return .failure(KeyError(message: invalid("stray character in field spec")))
        }
        lettered = true
      }
      return .success(field)
    }
    let parts = value.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
    let start: Int
    switch position(parts[0], first: true) {
    case .success(let field): start = field
    case .failure(let error): return .failure(error)
    }
    var end: Int?
    if parts.count > 1 {
      switch position(parts[1], first: false) {
      case .success(let field): end = field
      case .failure(let error): return .failure(error)
      }
    }
    return .success((start, end, lettered ? ordering : nil))
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
            switch keySpec(value) {
            case .failure(let error): return .failure(error.message, status: 2)
            case .success(let key):
              options.keyStart = key.start
              options.keyEnd = key.end
              options.keyOrdering = key.ordering
            }
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
    let ordering = options.ordering
    let keyed = lines.enumerated().map { (offset: $0.offset, line: $0.element, key: key(of: $0.element, options)) }
    let sorted = keyed.sorted { left, right in
      var order = compareKeys(left.key, right.key, ordering)
      if ordering.reverse { order = -order }
      if order == 0 && !options.unique {
        order = compareText(left.line, right.line)
        if options.global.reverse { order = -order }
      }
      return order != 0 ? order < 0 : left.offset < right.offset
    }
    var output: [String] = []
    var previousKey: String?
    for item in sorted {
      if options.unique, let previousKey, compareKeys(previousKey, item.key, ordering) == 0 { continue }
      previousKey = item.key
      output.append(item.line)
    }
    result.stdout = FilterInput.joined(output)
    return result
  }

  private static func apply(_ letter: Character, _ options: inout Options) {
    switch letter {
    case "r": options.global.reverse = true
    case "n": options.global.numeric = true
    case "u": options.unique = true
    case "f": options.global.foldCase = true
    case "b": options.global.blanks = true
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
    // A key that ends before it starts (`-k2,1`) is empty: every line ties, and the whole lines decide.
    let to =
      options.keyEnd.map { end in end < start ? from : fieldEnds[min(end, fieldEnds.count) - 1] } ?? characters.count
    return String(characters[from..<max(from, to)])
  }

  private static func compareKeys(_ left: String, _ right: String, _ options: Ordering) -> Int {
    if options.blanks {
      let blank = { (character: Character) in character == " " || character == "\t" }
      var rest = options
      rest.blanks = false
      return compareKeys(String(left.drop(while: blank)), String(right.drop(while: blank)), rest)
    }
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
