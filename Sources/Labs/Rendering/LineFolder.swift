import TextLayout

/// Fits text laid out in lines (`why`, `topology`, `help`) to a window without reflowing it: no line
/// is joined to another, and one wider than the window is folded at its spaces.
///
/// A folded line goes on two columns to the right of where its text starts — after its indentation,
/// any tree drawing (`│   ├── `) and any list mark (`1. `, `✓ `) — and the tree's vertical lines go on
/// beside it, so the drawing stays whole. Where a line has columns (a run of three or more spaces, as
/// `help` and `hosts` have), the fold lines up with its last column that leaves room to fold into,
/// the one whose text overflows. A line whose continuation would have fewer than 20 columns is left
/// as it is.
enum LineFolder {
  /// The narrowest continuation worth folding into.
  static let minimumRoom = 20

  static func fold(_ text: String, width: Int) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { fold(line: $0, width: width).joined(separator: "\n") }
      .joined(separator: "\n")
  }

  static func fold(line: Substring, width: Int) -> [String] {
    guard line.displayWidth > width else { return [String(line)] }
    let gutter = line.prefix { $0 == " " || isBoxDrawing($0) }
    let afterGutter = line.dropFirst(gutter.count)
    let marked = listMark(afterGutter)
    // Spaces after the mark belong to the lead (`✓  4. ` pads a one-digit number to a two-digit
    // one's width), so the first line keeps them: folding must not shift its columns.
    let padding = afterGutter.dropFirst(marked.count).prefix { $0 == " " }
    let mark = marked.isEmpty ? "" : marked + padding
    let body = afterGutter.dropFirst(mark.count)
    let lead = String(gutter) + mark
    var continuation = String(gutter.map(continued)) + String(repeating: " ", count: mark.displayWidth + 2)
    // A table's last column is the one that runs past the window (`hosts`' WHERE); a column
    // starting too far right to fold into gives way to the one before it.
    if let aligned = columnStarts(body).map({ lead.displayWidth + $0 }).last(where: { width - $0 >= minimumRoom }) {
      continuation = String(gutter.map(continued)) + String(repeating: " ", count: aligned - gutter.displayWidth)
    }
    let continuationWidth = continuation.displayWidth
    guard width - continuationWidth >= minimumRoom else { return [String(line)] }
    let words = SpacedWords(body)
    let filled = words.fill(firstRoom: width - lead.displayWidth, continuationRoom: width - continuationWidth)
    return filled.enumerated().map { index, text in (index == 0 ? lead : continuation) + text }
  }

  /// Box-drawing characters (U+2500 to U+257F), of which tree drawings are made.
  static func isBoxDrawing(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
    return (0x2500...0x257F).contains(scalar.value)
  }

  /// What a gutter character becomes on a folded line: vertical lines go on, branches become the
  /// line they hang from, and everything else becomes a space.
  private static func continued(_ character: Character) -> Character {
    switch character {
    case "│", "┃", "║", "╎", "╏", "┆", "┇", "┊", "┋": character
    case "├", "┝", "┞", "┟", "┠", "┡", "┢", "┣": "│"
    case "╟", "╠": "║"
    default: " "
    }
  }

  /// A list mark at the start of `text` with the space after it (`12. `, `- `, `✓ `), or "".
  private static func listMark(_ text: Substring) -> String {
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, text.dropFirst(digits.count).hasPrefix(". ") { return String(digits) + ". " }
    if let first = text.first, "-*•✓✗→»".contains(first), text.dropFirst().first == " " { return "\(first) " }
    return ""
  }

  /// The columns from the start of `body` to the text after each run of three or more spaces.
  private static func columnStarts(_ body: Substring) -> [Int] {
    var starts: [Int] = []
    var column = 0
    var spaces = 0
    for character in body {
      if character == " " {
        spaces += 1
      } else {
        if spaces >= 3 && column > spaces { starts.append(column) }
        spaces = 0
      }
      column += character.displayWidth
    }
    return starts
  }
}
