/// How the filters read their input: standard input only, because the simulated hosts have no
/// files a learner could name. A filter at the start of a line reads empty input (there is no
/// terminal stdin), and a file operand gets the tool's own "No such file or directory".
enum FilterInput {
  /// The lines of a text, without their newlines; a last line without a newline still counts.
  static func lines(_ text: String) -> [Substring] {
    guard !text.isEmpty else { return [] }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if text.hasSuffix("\n") { lines.removeLast() }
    return lines
  }

  /// Joins lines, each followed by a newline, as line-oriented tools print them.
  static func joined<S: StringProtocol>(_ lines: [S]) -> String {
    var output = ""
    for line in lines {
      output += line
      output += "\n"
    }
    return output
  }

  /// GNU getopt's message for an unknown option, followed by the tool's `Try` line.
  static func invalidOption(_ tool: String, _ argument: String, letter: Character? = nil) -> String {
    let what =
      argument.hasPrefix("--")
      ? "unrecognized option '\(argument)'" : "invalid option -- '\(letter ?? argument.dropFirst().first ?? "-")'"
    return "\(tool): \(what)\nTry '\(tool) --help' for more information.\n"
  }
}
