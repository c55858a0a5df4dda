/// bash's builtin `echo`: `-n` drops the newline, `-e` interprets backslash escapes, `-E` stops.
///
/// As in bash, options are only recognised while every letter of an argument is one of `neE`
/// (`-x` or `--` are printed), and `\c` under `-e` ends all output.
enum Echo {
  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    var newline = true
    var escapes = false
    var arguments = invocation.arguments[...]
    while let first = arguments.first, first.count > 1, first.hasPrefix("-"),
      first.dropFirst().allSatisfy({ "neE".contains($0) })
    {
      for flag in first.dropFirst() {
        switch flag {
        case "n": newline = false
        case "e": escapes = true
        default: escapes = false
        }
      }
      arguments = arguments.dropFirst()
    }
    let text = arguments.joined(separator: " ")
    guard escapes else { return .output(text + (newline ? "\n" : "")) }
    let (expanded, stopped) = interpretEscapes(text)
    return .output(expanded + (newline && !stopped ? "\n" : ""))
  }

  /// The text with `echo -e` escapes replaced, and whether `\c` stopped it.
  static func interpretEscapes(_ text: String) -> (String, stopped: Bool) {
    let scalars = Array(text.unicodeScalars)
    var output = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      guard scalar == "\\", index + 1 < scalars.count else {
        output.append(scalar)
        index += 1
        continue
      }
      let code = scalars[index + 1]
      index += 2
      switch code {
      case "a": output.append("\u{07}")
      case "b": output.append("\u{08}")
      case "c": return (String(output), true)
      case "e", "E": output.append("\u{1B}")
      case "f": output.append("\u{0C}")
      case "n": output.append("\n")
      case "r": output.append("\r")
      case "t": output.append("\t")
      case "v": output.append("\u{0B}")
      case "\\": output.append("\\")
      case "0":
        let (value, used) = number(scalars, from: index, radix: 8, maxDigits: 3)
        let byte = UInt8(truncatingIfNeeded: value)
        output.append(byte < 0x80 ? Unicode.Scalar(byte) : "\u{FFFD}")
        index += used
      case "x", "u", "U":
        let maxDigits = code == "x" ? 2 : code == "u" ? 4 : 8
        let (value, used) = number(scalars, from: index, radix: 16, maxDigits: maxDigits)
        if used == 0 {
          output.append("\\")
          output.append(code)
        } else if code == "x" {
          // A byte above 0x7F on its own is not valid UTF-8; the replacement character stands in.
          output.append(value < 0x80 ? Unicode.Scalar(UInt8(value)) : "\u{FFFD}")
        } else {
          output.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        index += used
      default:
        output.append("\\")
        output.append(code)
      }
    }
    return (String(output), false)
  }

  private static func number(_ scalars: [Unicode.Scalar], from start: Int, radix: UInt32, maxDigits: Int)
    -> (UInt32, used: Int)
  {
    var value: UInt32 = 0
    var used = 0
    while used < maxDigits, start + used < scalars.count,
      let digit = UInt32(String(scalars[start + used]), radix: Int(radix))
    {
      value = value &* radix &+ digit
      used += 1
    }
    return (value, used)
  }
}
