import TextLayout

/// Measures rendered lines, whose SGR escapes take no columns.
enum TerminalText {
  /// The columns `line` takes on a terminal: its display width without its escape sequences.
  static func visibleWidth(_ line: String) -> Int { withoutEscapes(line).displayWidth }

  /// `line` without its SGR escape sequences (`ESC [ … m`).
  static func withoutEscapes(_ line: String) -> String {
    var result = ""
    var inEscape = false
    for character in line {
      if inEscape {
        if character == "m" { inEscape = false }
      } else if character == "\u{1B}" {
        inEscape = true
      } else {
        result.append(character)
      }
    }
    return result
  }
}
