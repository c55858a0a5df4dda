import TextLayout

/// Reading rendered text the way a learner's terminal shows it, for the renderer's tests. Written
/// apart from the renderer, so that a fault in one is not hidden by the same fault in the other.
enum Rendered {
  static let escape: Character = "\u{1B}"

  /// `text` without its SGR escapes (`ESC [ … m`).
  static func plain(_ text: String) -> String {
    var result = ""
    var inEscape = false
    for character in text {
      if inEscape {
        if character == "m" { inEscape = false }
      } else if character == escape {
        inEscape = true
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// The lines of rendered text, without the final line break.
  static func lines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// The columns a rendered line takes: Korean two each, escapes none.
  static func width(_ line: String) -> Int { plain(line).displayWidth }

  /// The whitespace-separated words of a text.
  static func words(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
  }

  /// Whether every style a line starts is reset before the line ends (no style leaks to the next).
  static func stylesAreClosed(_ line: String) -> Bool {
    var open = false
    var rest = Substring(line)
    while let start = rest.firstIndex(of: escape) {
      guard let end = rest[start...].firstIndex(of: "m") else { return false }
      let sequence = rest[start...end]
      open = sequence != "\u{1B}[0m"
      rest = rest[rest.index(after: end)...]
    }
    return !open
  }

  /// Commands shown broken with ` \`, joined again as bash joins them: the backslash and the line
  /// break go, and so does the indentation the continuation was shown with.
  static func joiningContinuations(_ lines: [String], continuationIndent: Int) -> [String] {
    var joined: [String] = []
    var pending: String?
    for line in lines {
      if let head = pending {
        let indent = String(repeating: " ", count: continuationIndent)
        pending = nil
        let rest = line.hasPrefix(indent) ? String(line.dropFirst(continuationIndent)) : "<missing indent>" + line
        if rest.hasSuffix(" \\") {
          pending = head + rest.dropLast()
        } else {
          joined.append(head + rest)
        }
      } else if line.hasSuffix(" \\") {
        pending = String(line.dropLast())
      } else {
        joined.append(line)
      }
    }
    if let pending { joined.append(pending + "<dangling continuation>") }
    return joined
  }
}
