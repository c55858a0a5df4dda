/// How a run of rendered text looks on a colour terminal: any mix of bold, italic and the colour
/// kept for things to type.
struct TerminalStyle: OptionSet, Sendable, Hashable {
  let rawValue: UInt8

  /// `**strong**` text and headings: bold.
  static let strong = TerminalStyle(rawValue: 1 << 0)
  /// `*emphasis*`: italic.
  static let emphasis = TerminalStyle(rawValue: 1 << 1)
  /// Inline code and commands to type: cyan, so they stand apart from prose.
  static let code = TerminalStyle(rawValue: 1 << 2)

  /// The SGR parameters that select this style, e.g. `1;36`; empty for plain text.
  var parameters: String {
    var codes: [String] = []
    if contains(.strong) { codes.append("1") }
    if contains(.emphasis) { codes.append("3") }
    if contains(.code) { codes.append("36") }
    return codes.joined(separator: ";")
  }

  /// `text` in this style, reset right after it, so no style runs past the end of a line.
  func apply(to text: String) -> String {
    let parameters = self.parameters
    guard !parameters.isEmpty, !text.isEmpty else { return text }
    return "\u{1B}[\(parameters)m\(text)\u{1B}[0m"
  }
}
