/// GNU coreutils `cut`: bytes (`-b`, and `-c`, which GNU cut also counts in bytes), or fields
/// split at one delimiter byte (`-f`, `-d`, tab by default; `-s` drops lines without one);
/// `--complement` and `--output-delimiter`. The list is GNU's: `N`, `N-`, `-M`, `N-M`, joined by
/// commas or blanks, merged, and printed in the input's order.
enum Cut {
  enum Mode: Equatable {
    case bytes
    case fields
  }

  /// The chosen positions as sorted, merged closed ranges from 1 (`Int.max` for "to the end").
  typealias Ranges = [ClosedRange<Int>]

  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    var mode: Mode?
    var list = ""
    var delimiter: UInt8?
    var onlyDelimited = false
    var complement = false
    var outputDelimiter: [UInt8]?
    var files: [String] = []
    func usage(_ text: String) -> CommandResult {
      .failure("cut: \(text)\nTry 'cut --help' for more information.\n", status: 1)
    }
    func choose(_ chosen: Mode, _ value: String) -> CommandResult? {
      if mode != nil { return usage("only one list may be specified") }
      mode = chosen
      list = value
      return nil
    }
    func setDelimiter(_ value: String) -> CommandResult? {
      let bytes = Array(value.utf8)
      // GNU takes an empty delimiter as the NUL byte.
      guard bytes.count <= 1 else { return usage("the delimiter must be a single character") }
      delimiter = bytes.first ?? 0
      return nil
    }
    var words = invocation.arguments[...]
    var optionsEnded = false
    while let word = words.popFirst() {
      if optionsEnded || word == "-" || !word.hasPrefix("-") {
        files.append(word)
        continue
      }
      if word == "--" {
        optionsEnded = true
        continue
      }
      if word.hasPrefix("--") {
        let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0])
        var value = parts.count == 2 ? String(parts[1]) : nil
        let takesValue = ["--bytes", "--characters", "--fields", "--delimiter", "--output-delimiter"]
        guard let long = (takesValue + ["--only-delimited", "--complement"]).first(where: { $0 == name }) else {
          return usage("unrecognized option '\(word)'")
        }
        if takesValue.contains(long) && value == nil {
          guard let next = words.popFirst() else { return usage("option '\(long)' requires an argument") }
          value = next
        }
        switch long {
        case "--bytes", "--characters": if let failed = choose(.bytes, value ?? "") { return failed }
        case "--fields": if let failed = choose(.fields, value ?? "") { return failed }
        case "--delimiter": if let failed = setDelimiter(value ?? "") { return failed }
        case "--output-delimiter": outputDelimiter = Array((value ?? "").utf8)
        case "--only-delimited": onlyDelimited = true
        default: complement = true
        }
        continue
      }
      var letters = word.dropFirst()
      while let letter = letters.popFirst() {
        switch letter {
        case "b", "c", "f", "d":
          var value = String(letters)
          letters = ""
          if value.isEmpty {
            guard let next = words.popFirst() else { return usage("option requires an argument -- '\(letter)'") }
            value = next
          }
          let failed = letter == "d" ? setDelimiter(value) : choose(letter == "f" ? .fields : .bytes, value)
          if let failed { return failed }
        case "s": onlyDelimited = true
        case "n": continue
        default: return usage("invalid option -- '\(letter)'")
        }
      }
    }
    guard let mode else { return usage("you must specify a list of bytes, characters, or fields") }
    if delimiter != nil && mode != .fields {
      return usage("an input delimiter may be specified only when operating on fields")
    }
    if onlyDelimited && mode != .fields {
      return usage("suppressing non-delimited lines makes sense\n\tonly when operating on fields")
    }
    let ranges: Ranges
    switch parse(list, mode: mode) {
    case .failure(let problem): return usage(problem.text)
    case .success(let parsed): ranges = complement ? complemented(parsed) : parsed
    }
    var output: [UInt8] = []
    var errors = ""
    var status: Int32 = 0
    for text in inputs(files, invocation: invocation, state: state, errors: &errors, status: &status) {
      cut(
        Array(text.utf8), mode: mode, ranges: ranges, delimiter: delimiter ?? 0x09, onlyDelimited: onlyDelimited,
        outputDelimiter: outputDelimiter, into: &output)
    }
    return CommandResult(stdout: String(decoding: output, as: UTF8.self), stderr: errors, status: status)
  }

  /// The texts the operands name, in order (standard input for none or `-`); a file that cannot
  /// be read is reported and skipped, as cut goes on to the next.
  private static func inputs(
    _ files: [String], invocation: Invocation, state: ShellState, errors: inout String, status: inout Int32
  ) -> [String] {
    guard !files.isEmpty else { return [invocation.stdin] }
    var texts: [String] = []
    for file in files {
      if file == "-" {
        texts.append(invocation.stdin)
        continue
      }
      switch FileCommands.read(file, tool: "cut", state: state) {
      case .success(let text): texts.append(text)
      case .failure(let message):
        errors += message.text
        status = 1
      }
    }
    return texts
  }

  /// Why a list was refused, in GNU's words for the mode.
  struct ListProblem: Error {
    let text: String
  }

  /// GNU's reading of a list (`set-fields.c`): items split at commas and blanks.
  static func parse(_ list: String, mode: Mode) -> Result<Ranges, ListProblem> {
    let fields = mode == .fields
    let numbered = ListProblem(
      text: fields ? "fields are numbered from 1" : "byte/character positions are numbered from 1")
    var ranges: Ranges = []
    let items = list.split(omittingEmptySubsequences: false) { $0 == "," || $0 == " " || $0 == "\t" }
    for item in items {
      guard !item.isEmpty else { return .failure(numbered) }
      let ends = item.split(separator: "-", omittingEmptySubsequences: false)
      guard ends.count <= 2 else {
        return .failure(ListProblem(text: fields ? "invalid field range" : "invalid byte or character range"))
      }
      func number(_ text: Substring) -> Result<Int?, ListProblem> {
        if text.isEmpty { return .success(nil) }
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
          let shown = String(item)
          return .failure(
            ListProblem(
              text: fields ? "invalid field value ‘\(shown)’" : "invalid byte/character position ‘\(shown)’"))
        }
        guard let value = Int(text), value < Int.max else {
          return .failure(
            ListProblem(
              text: fields ? "field number ‘\(text)’ is too large" : "byte/character offset ‘\(text)’ is too large"))
        }
        guard value > 0 else { return .failure(numbered) }
        return .success(value)
      }
      let low: Int?
      switch number(ends[0]) {
      case .failure(let problem): return .failure(problem)
      case .success(let value): low = value
      }
      if ends.count == 1 {
        guard let low else { return .failure(numbered) }
        ranges.append(low...low)
        continue
      }
      let high: Int?
      switch number(ends[1]) {
      case .failure(let problem): return .failure(problem)
      case .success(let value): high = value
      }
      if low == nil && high == nil { return .failure(ListProblem(text: "invalid range with no endpoint: -")) }
      let from = low ?? 1
      let to = high ?? Int.max
      guard from <= to else { return .failure(ListProblem(text: "invalid decreasing range")) }
      ranges.append(from...to)
    }
    return .success(merged(ranges))
  }

  /// The ranges sorted and joined where they overlap or touch.
  static func merged(_ ranges: Ranges) -> Ranges {
    var result: Ranges = []
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = result.last, range.lowerBound <= last.upperBound || range.lowerBound - 1 == last.upperBound {
        result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
      } else {
        result.append(range)
      }
    }
    return result
  }

  /// The positions from 1 that `ranges` leaves out.
  static func complemented(_ ranges: Ranges) -> Ranges {
    var result: Ranges = []
    var next = 1
    for range in ranges {
      if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
      if range.upperBound == Int.max { return result }
      next = range.upperBound + 1
    }
    result.append(next...Int.max)
    return result
  }

  private static func selected(_ position: Int, _ ranges: Ranges) -> Bool {
    ranges.contains { $0.contains(position) }
  }

  /// Cuts each line of `bytes`; every line printed ends in a newline, the last one too.
  static func cut(
    _ bytes: [UInt8], mode: Mode, ranges: Ranges, delimiter: UInt8, onlyDelimited: Bool, outputDelimiter: [UInt8]?,
    into output: inout [UInt8]
  ) {
    guard !bytes.isEmpty else { return }
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    if bytes.last == 0x0A { lines.removeLast() }
    for line in lines {
      switch mode {
      case .bytes:
        // Separate ranges' bytes are joined by the output delimiter only when one was given.
        var started = false
        for (offset, byte) in line.enumerated() {
          guard let range = ranges.first(where: { $0.contains(offset + 1) }) else { continue }
          if started, offset + 1 == range.lowerBound, let given = outputDelimiter { output += given }
          output.append(byte)
          started = true
        }
      case .fields:
        guard line.contains(delimiter) else {
          if !onlyDelimited {
            output += line
            output.append(0x0A)
          }
          continue
        }
        var first = true
        for (index, field) in line.split(separator: delimiter, omittingEmptySubsequences: false).enumerated()
        where selected(index + 1, ranges) {
          if !first { output += outputDelimiter ?? [delimiter] }
          output += field
          first = false
        }
      }
      output.append(0x0A)
    }
  }
}
