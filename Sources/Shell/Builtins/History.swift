import Cloud

/// bash's `history`: numbered lines, `history N` for the last N, `history -c` to clear.
enum History {
  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    var count: Int?
    if let first = invocation.arguments.first {
      if first == "-c" {
        state.history.removeAll()
        return CommandResult()
      }
      if first.hasPrefix("-") && first != "-" {
        return .failure(
          "-bash: history: \(first): invalid option\nhistory: usage: history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]\n",
          status: 2)
      }
      guard let number = Int(first), number >= 0 else {
        return .failure("-bash: history: \(first): numeric argument required\n", status: 1)
      }
      if invocation.arguments.count > 1 { return .failure("-bash: history: too many arguments\n", status: 1) }
      count = number
    }
    let start = max(0, state.history.count - (count ?? state.history.count))
    var text = ""
    for index in start..<state.history.count {
      text += format(number: index + 1, line: state.history[index])
    }
    return .output(text)
  }

  /// `%5d  %s`: the number right-aligned in five columns, two spaces, the line.
  static func format(number: Int, line: String) -> String {
    let digits = String(number)
    return Spaces.of(max(0, 5 - digits.count)) + digits + "  " + line + "\n"
  }
}
