/// bash's builtin `printf FORMAT [ARGUMENTS…]`: `%s`, `%d`/`%i`, `%b`, `%c`, `%x`, `%o`, `%%` with
/// flags (`-`, `0`) and widths; the format's escapes as `echo -e` reads them; the format is reused
/// while arguments remain, missing ones being empty or zero.
enum Printf {
  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    var arguments = invocation.arguments[...]
    if arguments.first == "--" { arguments = arguments.dropFirst() }
    guard let format = arguments.first else {
      return .failure("-bash: printf: usage: printf [-v var] format [arguments]\n", status: 2)
    }
    var values = Array(arguments.dropFirst())[...]
    let (template, _) = Echo.interpretEscapes(format)
    var output = ""
    var errors = ""
    var status: Int32 = 0
    repeat {
      let consumedBefore = values.count
      output += render(template, &values, errors: &errors, status: &status)
      if values.count == consumedBefore { break }
    } while !values.isEmpty
    return CommandResult(stdout: output, stderr: errors, status: status)
  }

  private static func render(
    _ template: String, _ values: inout ArraySlice<String>, errors: inout String, status: inout Int32
  ) -> String {
    var output = ""
    var characters = Array(template)[...]
    while let character = characters.popFirst() {
      guard character == "%" else {
        output.append(character)
        continue
      }
      var flags = ""
      while let next = characters.first, "-0+ #".contains(next) { flags.append(characters.removeFirst()) }
      var width = ""
      while let next = characters.first, next.isASCII && next.isNumber { width.append(characters.removeFirst()) }
      guard let conversion = characters.popFirst() else {
        output.append("%" + flags + width)
        break
      }
      let value = values.popFirst()
      var text: String
      switch conversion {
      case "%":
        if let value { values.insert(value, at: values.startIndex) }
        output.append("%")
        continue
      case "s": text = value ?? ""
      case "b": text = Echo.interpretEscapes(value ?? "").0
      case "c": text = value.map { String($0.prefix(1)) } ?? ""
      case "d", "i", "x", "o":
        let raw = value ?? "0"
        let number = Int(raw.trimmingLeadingBlanks()) ?? 0
        if value != nil, Int(raw.trimmingLeadingBlanks()) == nil {
          errors += "-bash: printf: \(raw): invalid number\n"
          status = 1
        }
        let radix = conversion == "x" ? 16 : (conversion == "o" ? 8 : 10)
        text = String(number, radix: radix)
      default:
        if let value { values.insert(value, at: values.startIndex) }
        errors += "-bash: printf: `\(conversion)': invalid format character\n"
        status = 1
        return output
      }
      let size = Int(width) ?? 0
      if text.count < size {
        let padding = String(
          repeating: flags.contains("0") && !flags.contains("-") ? "0" : " ", count: size - text.count)
        text = flags.contains("-") ? text + padding : padding + text
      }
      output += text
    }
    return output
  }
}

extension String {
  fileprivate func trimmingLeadingBlanks() -> String {
    String(drop { $0 == " " || $0 == "\t" })
  }
}
