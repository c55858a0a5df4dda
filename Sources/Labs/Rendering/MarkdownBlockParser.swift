import TextLayout

/// Splits a Markdown text into blocks, following CommonMark's block rules for what labrun's texts
/// use: paragraphs (with lazy continuation lines), ATX and setext headings, fenced and indented
/// code, bullet and numbered lists (nested by indentation), block quotes, thematic breaks, and
/// pipe tables (kept as written).
enum MarkdownBlockParser {
  static func parse(_ text: String) -> [MarkdownBlock] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      expandingTabs(line.hasSuffix("\r") ? line.dropLast() : line)
    }
    return blocks(lines[...])
  }

  /// Tabs as spaces to the next multiple of four, so indentation can be counted in columns.
  private static func expandingTabs(_ line: Substring) -> String {
    guard line.contains("\t") else { return String(line) }
    var result = ""
    var column = 0
    for character in line {
      if character == "\t" {
        let spaces = 4 - column % 4
        result += String(repeating: " ", count: spaces)
        column += spaces
      } else {
        result.append(character)
        column += 1
      }
    }
    return result
  }

  static func blocks(_ lines: ArraySlice<String>) -> [MarkdownBlock] {
    var blocks: [MarkdownBlock] = []
    var index = lines.startIndex
    while index < lines.endIndex {
      let line = lines[index]
      if isBlank(line) {
        index += 1
      } else if indentation(line) >= 4 {
        blocks.append(indentedCode(lines, &index))
      } else if let fence = fence(line) {
        blocks.append(fencedCode(fence, lines, &index))
      } else if let heading = atxHeading(line) {
        blocks.append(heading)
        index += 1
      } else if isRule(line) {
        blocks.append(.rule)
        index += 1
      } else if quoteContent(line) != nil {
        blocks.append(quote(lines, &index))
      } else if let marker = listMarker(line) {
        blocks.append(list(marker, lines, &index))
      } else if isTableStart(lines, at: index) {
        var rows: [String] = []
        while index < lines.endIndex, !isBlank(lines[index]), lines[index].contains("|") {
          rows.append(String(lines[index].trimmingWhitespace()))
          index += 1
        }
        blocks.append(.table(rows))
      } else {
        blocks.append(paragraph(lines, &index))
      }
    }
    return blocks
  }

  // MARK: - Blocks

  private static func indentedCode(_ lines: ArraySlice<String>, _ index: inout Int) -> MarkdownBlock {
    var code: [String] = []
    while index < lines.endIndex, isBlank(lines[index]) || indentation(lines[index]) >= 4 {
      code.append(isBlank(lines[index]) ? "" : String(lines[index].dropFirst(4)))
      index += 1
    }
    while code.last == "" { code.removeLast() }
    return .code(info: "", lines: code)
  }

  private struct Fence {
    let character: Character
    let length: Int
    let indentation: Int
    let info: String
  }

  private static func fence(_ line: String) -> Fence? {
    let indent = indentation(line)
    guard indent <= 3 else { return nil }
    let rest = line.dropFirst(indent)
    guard let character = rest.first, character == "`" || character == "~" else { return nil }
    let length = rest.prefix { $0 == character }.count
    guard length >= 3 else { return nil }
    let info = rest.dropFirst(length).trimmingWhitespace()
    if character == "`", info.contains("`") { return nil }
    return Fence(character: character, length: length, indentation: indent, info: String(info))
  }

  private static func fencedCode(_ fence: Fence, _ lines: ArraySlice<String>, _ index: inout Int) -> MarkdownBlock {
    index += 1
    var code: [String] = []
    while index < lines.endIndex {
      let line = lines[index]
      index += 1
      let indent = indentation(line)
      let rest = line.dropFirst(indent)
      if indent <= 3, rest.prefix(while: { $0 == fence.character }).count >= fence.length,
        rest.allSatisfy({ $0 == fence.character || $0 == " " })
      {
        break
      }
      code.append(String(line.dropFirst(min(indent, fence.indentation))))
    }
    return .code(info: fence.info, lines: code)
  }

  private static func atxHeading(_ line: String) -> MarkdownBlock? {
    let indent = indentation(line)
    guard indent <= 3 else { return nil }
    let rest = line.dropFirst(indent)
    let level = rest.prefix { $0 == "#" }.count
    guard (1...6).contains(level) else { return nil }
    let afterHashes = rest.dropFirst(level)
    guard afterHashes.isEmpty || afterHashes.first == " " else { return nil }
    var text = afterHashes.trimmingWhitespace()
    // A closing run of `#` goes when a space stands before it (or it is all there is).
    let closing = text.reversed().prefix { $0 == "#" }.count
    if closing > 0 {
      let before = text.dropLast(closing)
      if before.isEmpty || before.last == " " { text = before.trimmingWhitespace() }
    }
    return .heading(level: level, text: String(text))
  }

  private static func isRule(_ line: String) -> Bool {
    guard indentation(line) <= 3 else { return false }
    // Most lines are prose: looking at the first mark first spares copying every line.
    guard let lead = line.first(where: { $0 != " " }), "-*_".contains(lead) else { return false }
    let marks = line.filter { $0 != " " }
    guard let first = marks.first, "-*_".contains(first), marks.count >= 3 else { return false }
    return marks.allSatisfy { $0 == first }
  }

  private static func quoteContent(_ line: String) -> String? {
    let indent = indentation(line)
    guard indent <= 3 else { return nil }
    let rest = line.dropFirst(indent)
    guard rest.first == ">" else { return nil }
    let content = rest.dropFirst()
    return String(content.first == " " ? content.dropFirst() : content)
  }

  private static func quote(_ lines: ArraySlice<String>, _ index: inout Int) -> MarkdownBlock {
    var inner: [String] = []
    while index < lines.endIndex {
      let line = lines[index]
      if let content = quoteContent(line) {
        inner.append(content)
      } else if !isBlank(line), let last = inner.last, !isBlank(last), !interruptsParagraph(line) {
        inner.append(line)  // a lazy continuation of the quoted paragraph
      } else {
        break
      }
      index += 1
    }
    return .quote(blocks(inner[...]))
  }

  struct ListMarker: Equatable {
    /// `-`, `*` or `+`, or the `.` or `)` after a number.
    let delimiter: Character
    let number: Int?
    /// The column where the item's content starts; later lines of the item are indented to it.
    let contentIndent: Int
    let content: String
  }

  static func listMarker(_ line: String) -> ListMarker? {
    let indent = indentation(line)
    guard indent <= 3 else { return nil }
    let rest = line.dropFirst(indent)
    let delimiter: Character
    let number: Int?
    let markerLength: Int
    if let first = rest.first, "-*+".contains(first) {
      delimiter = first
      number = nil
      markerLength = 1
    } else {
      let digits = rest.prefix { $0.isASCII && $0.isNumber }
      guard (1...9).contains(digits.count), let after = rest.dropFirst(digits.count).first, after == "." || after == ")"
      else { return nil }
      delimiter = after
      number = Int(digits)
      markerLength = digits.count + 1
    }
    let afterMarker = rest.dropFirst(markerLength)
    guard afterMarker.isEmpty || afterMarker.first == " " else { return nil }
    let spaces = afterMarker.prefix { $0 == " " }.count
    let content = afterMarker.dropFirst(spaces)
    // Five or more spaces after the marker start an indented code block: the content is one space in.
    let gap = content.isEmpty || spaces > 4 ? 1 : spaces
    let text = spaces > 4 ? String(afterMarker.dropFirst(1)) : String(content)
    return ListMarker(delimiter: delimiter, number: number, contentIndent: indent + markerLength + gap, content: text)
  }

  private static func list(_ first: ListMarker, _ lines: ArraySlice<String>, _ index: inout Int) -> MarkdownBlock {
    var items: [[MarkdownBlock]] = []
    var tight = true
    while index < lines.endIndex, let marker = listMarker(lines[index]), marker.delimiter == first.delimiter,
      (marker.number == nil) == (first.number == nil)
    {
      var itemLines = [marker.content]
      index += 1
      while index < lines.endIndex {
        let line = lines[index]
        if isBlank(line) {
          itemLines.append("")
        } else if indentation(line) >= marker.contentIndent {
          itemLines.append(String(line.dropFirst(marker.contentIndent)))
        } else if let last = itemLines.last, !isBlank(last), !interruptsParagraph(line),
          listMarker(line)?.delimiter != first.delimiter
        {
          itemLines.append(String(line.drop { $0 == " " }))  // a lazy continuation
        } else {
          break
        }
        index += 1
      }
      var trailingBlanks = 0
      while itemLines.count > 1, let last = itemLines.last, isBlank(last) {
        itemLines.removeLast()
        trailingBlanks += 1
      }
      let item = blocks(itemLines[...])
      if item.count > 1, itemLines.contains(where: isBlank) { tight = false }
      if trailingBlanks > 0, index < lines.endIndex, let next = listMarker(lines[index]),
        next.delimiter == first.delimiter
      {
        tight = false
      }
      items.append(item)
    }
    return .list(MarkdownList(start: first.number, items: items, tight: tight))
  }

  private static func paragraph(_ lines: ArraySlice<String>, _ index: inout Int) -> MarkdownBlock {
    var text = [String(lines[index].drop { $0 == " " })]
    index += 1
    while index < lines.endIndex, !isBlank(lines[index]) {
      let line = lines[index]
      if let level = setextLevel(line) {
        index += 1
        return .heading(level: level, text: String(text.joined(separator: "\n").trimmingWhitespace()))
      }
      if interruptsParagraph(line) { break }
      text.append(String(line.drop { $0 == " " }))
      index += 1
    }
    return .paragraph(text.joined(separator: "\n"))
  }

  private static func setextLevel(_ line: String) -> Int? {
    guard indentation(line) <= 3 else { return nil }
    let marks = line.trimmingWhitespace()
    guard let first = marks.first, first == "=" || first == "-", marks.allSatisfy({ $0 == first }) else { return nil }
    return first == "=" ? 1 : 2
  }

  /// Whether `line` starts a block even right after a paragraph line (so it is no continuation).
  private static func interruptsParagraph(_ line: String) -> Bool {
    if fence(line) != nil || atxHeading(line) != nil || isRule(line) || quoteContent(line) != nil { return true }
    // A list interrupts a paragraph only with a first item that has text, and numbered only from 1.
    guard let marker = listMarker(line), !marker.content.isEmpty else { return false }
    return marker.number == nil || marker.number == 1
  }

  private static func isTableStart(_ lines: ArraySlice<String>, at index: Int) -> Bool {
    guard lines[index].contains("|"), index + 1 < lines.endIndex else { return false }
    let row = lines[index + 1].trimmingWhitespace()
    guard row.contains("|") else { return false }
    let cells = row.trimming(charactersIn: "|").split(separator: "|", omittingEmptySubsequences: false)
    return cells.allSatisfy { cell in
      let trimmed = cell.trimmingWhitespace().trimming(charactersIn: ":")
      return !trimmed.isEmpty && trimmed.allSatisfy { $0 == "-" }
    }
  }

  // MARK: - Lines

  static func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }

  static func isBlank(_ line: String) -> Bool { line.allSatisfy { $0 == " " } }
}
