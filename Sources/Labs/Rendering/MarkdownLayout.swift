import TextLayout

/// Lays Markdown blocks out as terminal lines of a given width.
struct MarkdownLayout {
  let colour: Bool

  /// Columns that a list's items and a code block's commands stand in from the text around them.
  static let listIndent = 2
  static let codeIndent = 4

  /// Fence info strings whose lines are shell commands, to be broken with ` \` when too wide.
  static let commandLanguages: Set<String> = ["", "sh", "bash", "shell", "console"]

  func lines(_ blocks: [MarkdownBlock], width: Int, tight: Bool = false) -> [String] {
    var lines: [String] = []
    for (index, block) in blocks.enumerated() {
      if index > 0 && !tight { lines.append("") }
      lines += self.lines(block, width: width)
    }
    return lines
  }

  private func lines(_ block: MarkdownBlock, width: Int) -> [String] {
    let wrapper = InlineWrapper(colour: colour)
    switch block {
    case .paragraph(let text):
      return wrapper.lines(MarkdownInlineParser.parse(text), width: width)
    case .heading(let level, let text):
      let heading = wrapper.lines(MarkdownInlineParser.parse(text), width: width, adding: .strong)
      guard level <= 2 else { return heading }
      let widest = heading.map { TerminalText.visibleWidth($0) }.max() ?? 0
      return heading + [String(repeating: level == 1 ? "=" : "-", count: min(widest, width))]
    case .code(let info, let code):
      return codeLines(code, info: info, width: width)
    case .list(let list):
      return listLines(list, width: width)
    case .quote(let blocks):
      return lines(blocks, width: width - 2).map { $0.isEmpty ? "│" : "│ " + $0 }
    case .rule:
      return [String(repeating: "─", count: width)]
    case .table(let rows):
      return rows
    }
  }

  private func codeLines(_ code: [String], info: String, width: Int) -> [String] {
    let indent = String(repeating: " ", count: Self.codeIndent)
    let language = info.split(separator: " ").first.map { $0.lowercased() } ?? ""
    let isCommands = Self.commandLanguages.contains(language)
    var lines: [String] = []
    for line in code {
      let shown = isCommands ? CommandBreaker.lines(line, width: width - Self.codeIndent) : [line]
      for text in shown {
        lines.append(text.isEmpty ? "" : indent + (colour ? TerminalStyle.code.apply(to: text) : text))
      }
    }
    return lines
  }

  private func listLines(_ list: MarkdownList, width: Int) -> [String] {
    let marks: [String] = list.items.indices.map { index in
      list.start.map { "\($0 + index)." } ?? "-"
    }
    let markWidth = (marks.map(\.displayWidth).max() ?? 1) + 1
    let indent = Self.listIndent + markWidth
    var lines: [String] = []
    for (index, item) in list.items.enumerated() {
      if index > 0 && !list.tight { lines.append("") }
      let lead =
        String(repeating: " ", count: Self.listIndent)
        + (marks[index] + " ").padded(toWidth: markWidth, alignment: list.start == nil ? .left : .right)
      let hang = String(repeating: " ", count: indent)
      let content = self.lines(item, width: width - indent, tight: list.tight)
      if content.isEmpty { lines.append(String(lead.dropLast())) }
      for (offset, line) in content.enumerated() {
        if offset == 0 {
          lines.append(line.isEmpty ? String(lead.dropLast()) : lead + line)
        } else {
          lines.append(line.isEmpty ? "" : hang + line)
        }
      }
    }
    return lines
  }
}
