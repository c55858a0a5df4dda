/// GNU coreutils `tr` over standard input, byte by byte as in the C locale: translate SET1 to
/// SET2 (the shorter SET2 padded with its last byte, or SET1 cut to it with `-t`), delete (`-d`),
/// squeeze repeats (`-s`), complement SET1 (`-c`, `-C`). Sets hold bytes, `\` escapes (`\n`,
/// `\t`, `\\`, octal `\NNN`), ranges (`a-z`) and classes (`[:digit:]`); `[=c=]` and `[c*n]`
/// are refused by name.
enum Tr {
  /// One element of a set as written, before it is expanded.
  enum Element: Equatable {
    case bytes([UInt8])
    case upper
    case lower
  }

  struct Failure: Error {
    let message: String
  }

  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    var complement = false
    var delete = false
    var squeeze = false
    var truncate = false
    var operands: [String] = []
    func usage(_ text: String) -> CommandResult {
      .failure("tr: \(text)\nTry 'tr --help' for more information.\n", status: 1)
    }
    var optionsEnded = false
    for word in invocation.arguments {
      guard !optionsEnded, word.hasPrefix("-"), word != "-" else {
        operands.append(word)
        continue
      }
      if word == "--" {
        optionsEnded = true
        continue
      }
      if word.hasPrefix("--") {
        switch word {
        case "--complement": complement = true
        case "--delete": delete = true
        case "--squeeze-repeats": squeeze = true
        case "--truncate-set1": truncate = true
        default: return usage("unrecognized option '\(word)'")
        }
        continue
      }
      for letter in word.dropFirst() {
        switch letter {
        case "c", "C": complement = true
        case "d": delete = true
        case "s": squeeze = true
        case "t": truncate = true
        default: return usage("invalid option -- '\(letter)'")
        }
      }
    }
    guard let first = operands.first else { return usage("missing operand") }
    let translating = !delete && operands.count >= 2
    let allowed = delete && squeeze || translating ? 2 : 1
    if operands.count > allowed {
      var text = "extra operand ‘\(operands[allowed])’"
      if delete && !squeeze && operands.count == 2 {
        text += "\nOnly one string may be given when deleting without squeezing repeats."
      }
      return usage(text)
    }
    if !delete && !squeeze && operands.count < 2 {
      return usage("missing operand after ‘\(first)’\nTwo strings must be given when translating.")
    }
    if delete && squeeze && operands.count < 2 {
      return usage(
        "missing operand after ‘\(first)’\nTwo strings must be given when both deleting and squeezing repeats.")
    }
    var warnings = ""
    let set1: [UInt8]
    var set2: [UInt8] = []
    do throws(Failure) {
      let written1 = try elements(first, warnings: &warnings)
      set1 = expanded(written1, complement: complement)
      if operands.count == 2 {
        let written2 = try elements(operands[1], translationSet2: translating, warnings: &warnings)
        if translating { try checkClasses(written1, written2, complement: complement) }
        set2 = expanded(written2, complement: false)
        if translating && set2.isEmpty && !truncate && !set1.isEmpty {
          throw Failure(message: "tr: when not truncating set1, string2 must be non-empty\n")
        }
      }
    } catch {
      return .failure(warnings + error.message, status: 1)
    }
    var input = Array(invocation.stdin.utf8)
    if translating {
      var map = Array(0...255).map { UInt8($0) }
      let used = truncate ? Array(set1.prefix(set2.count)) : set1
      for (index, byte) in used.enumerated() { map[Int(byte)] = index < set2.count ? set2[index] : set2.last ?? byte }
      input = input.map { map[Int($0)] }
    } else if delete {
      var deleted = [Bool](repeating: false, count: 256)
      for byte in set1 { deleted[Int(byte)] = true }
      input.removeAll { deleted[Int($0)] }
    }
    if squeeze {
      let squeezed = operands.count == 2 ? set2 : set1
      var member = [Bool](repeating: false, count: 256)
      for byte in squeezed { member[Int(byte)] = true }
      var output: [UInt8] = []
      output.reserveCapacity(input.count)
      for byte in input where !(member[Int(byte)] && output.last == byte) { output.append(byte) }
      input = output
    }
    return CommandResult(stdout: String(decoding: input, as: UTF8.self), stderr: warnings, status: 0)
  }

  /// A set as written: bytes with escapes and ranges resolved, and the case classes kept apart
  /// (they pair up in a translation).
  static func elements(_ text: String, translationSet2: Bool = false, warnings: inout String) throws(Failure)
    -> [Element]
  {
    let bytes = Array(text.utf8)
    var result: [Element] = []
    var plain: [UInt8] = []
    func flush() {
      if !plain.isEmpty { result.append(.bytes(plain)) }
      plain = []
    }
    var index = 0
    // One byte as written at `index`, an escape read whole; nil past the end.
    func next() -> UInt8? {
      guard index < bytes.count else { return nil }
      let byte = bytes[index]
      index += 1
      guard byte == UInt8(ascii: "\\") else { return byte }
      guard index < bytes.count else {
        warnings += "tr: warning: an unescaped backslash at end of string is not portable\n"
        return byte
      }
      let escaped = bytes[index]
      index += 1
      switch escaped {
      case UInt8(ascii: "a"): return 0x07
      case UInt8(ascii: "b"): return 0x08
      case UInt8(ascii: "f"): return 0x0C
      case UInt8(ascii: "n"): return 0x0A
      case UInt8(ascii: "r"): return 0x0D
      case UInt8(ascii: "t"): return 0x09
      case UInt8(ascii: "v"): return 0x0B
      case UInt8(ascii: "0")...UInt8(ascii: "7"):
        var value = Int(escaped - UInt8(ascii: "0"))
        var digits = 1
        while digits < 3, index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[index]) {
          let widened = value * 8 + Int(bytes[index] - UInt8(ascii: "0"))
          if widened > 255 { break }
          value = widened
          index += 1
          digits += 1
        }
        return UInt8(value)
      default: return escaped
      }
    }
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "["), index + 1 < bytes.count {
        let opener = bytes[index + 1]
        if opener == UInt8(ascii: ":"), let close = closing(bytes, from: index + 2, mark: UInt8(ascii: ":")) {
          let name = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
          index = close + 2
          switch name {
          case "upper":
            flush()
            result.append(.upper)
          case "lower":
            flush()
            result.append(.lower)
          default:
            guard let members = classes[name] else { throw Failure(message: "tr: invalid character class ‘\(name)’\n") }
            if translationSet2 {
              throw Failure(
                message:
                  "tr: when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'\n"
              )
            }
            plain += members
          }
          continue
        }
        if opener == UInt8(ascii: "="), closing(bytes, from: index + 2, mark: UInt8(ascii: "=")) != nil {
          throw Failure(message: "tr: equivalence classes ([=c=]) are not available in this lab shell\n")
        }
        if index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: "*") {
          var end = index + 3
          while end < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) { end += 1 }
          if end < bytes.count, bytes[end] == UInt8(ascii: "]") {
            throw Failure(message: "tr: repeated characters ([c*n]) are not available in this lab shell\n")
          }
        }
      }
      guard let low = next() else { break }
      // A range: the byte, `-`, and a byte after it.
      if index + 1 <= bytes.count - 1, bytes[index] == UInt8(ascii: "-") {
        let mark = index
        index += 1
        guard let high = next() else {
          index = mark
          plain.append(low)
          continue
        }
        guard low <= high else {
          let written = String(decoding: [low, UInt8(ascii: "-"), high], as: UTF8.self)
          throw Failure(message: "tr: range-endpoints of '\(written)' are in reverse collating sequence order\n")
        }
        plain += Array(low...high)
        continue
      }
      plain.append(low)
    }
    flush()
    return result
  }

  /// The index of the `mark` in a `mark]` at or after `start`, which closes `[:` or `[=`.
  private static func closing(_ bytes: [UInt8], from start: Int, mark: UInt8) -> Int? {
    var index = start
    while index + 1 < bytes.count {
      if bytes[index] == mark && bytes[index + 1] == UInt8(ascii: "]") { return index > start ? index : nil }
      index += 1
    }
    return nil
  }

  /// The classes of the C locale, in byte order.
  static let classes: [String: [UInt8]] = {
    let all = Array(UInt8(0)...UInt8(255))
    func members(where test: (UInt8) -> Bool) -> [UInt8] { all.filter(test) }
    let upper = members { $0 >= 65 && $0 <= 90 }
    let lower = members { $0 >= 97 && $0 <= 122 }
    let digit = members { $0 >= 48 && $0 <= 57 }
    return [
      "alpha": members { upper.contains($0) || lower.contains($0) },
      "alnum": members { upper.contains($0) || lower.contains($0) || digit.contains($0) },
      "digit": digit,
      "xdigit": members { digit.contains($0) || ($0 >= 65 && $0 <= 70) || ($0 >= 97 && $0 <= 102) },
      "space": members { $0 == 32 || ($0 >= 9 && $0 <= 13) },
      "blank": [9, 32],
      "punct": members { $0 >= 33 && $0 <= 126 && !upper.contains($0) && !lower.contains($0) && !digit.contains($0) },
      "cntrl": members { $0 < 32 || $0 == 127 },
      "print": members { $0 >= 32 && $0 <= 126 },
      "graph": members { $0 >= 33 && $0 <= 126 },
    ]
  }()

  /// A translation's SET2 may hold only the case classes, each against the other case in SET1.
  static func checkClasses(_ set1: [Element], _ set2: [Element], complement: Bool) throws(Failure) {
    guard set2.contains(where: { !isBytes($0) }) else { return }
    // The case conversions, the only use of a class in SET2 GNU makes sense of without aligning.
    if !complement, set1.count == 1, set2.count == 1, set1[0] != set2[0], !isBytes(set1[0]) { return }
    throw Failure(
      message:
        "tr: a case class ([:upper:], [:lower:]) in SET2 is available in this lab shell only as the whole of both sets, [:lower:] [:upper:] or [:upper:] [:lower:]\n"
    )
  }

  private static func isBytes(_ element: Element) -> Bool {
    if case .bytes = element { return true }
    return false
  }

  /// The bytes a set stands for, in order; complemented, every other byte in ascending order.
  static func expanded(_ elements: [Element], complement: Bool) -> [UInt8] {
    var bytes: [UInt8] = []
    for element in elements {
      switch element {
      case .bytes(let some): bytes += some
      case .upper: bytes += Array(UInt8(65)...UInt8(90))
      case .lower: bytes += Array(UInt8(97)...UInt8(122))
      }
    }
    guard complement else { return bytes }
    var member = [Bool](repeating: false, count: 256)
    for byte in bytes { member[Int(byte)] = true }
    return (0...255).filter { !member[$0] }.map { UInt8($0) }
  }
}
