import Cloud
import TextLayout

/// One titled block of an awscli table: optional column headers, rows of cells, and how deeply it
/// is nested (each level adds a `|` on both sides).
struct AWSTableSection {
  /// nil when awscli passes Python's `None` as the title: nothing is printed for it, yet its
  /// width still counts as that of the text `None`.
  var title: String?
  var headers: [String] = []
  var rows: [[String]] = []
  var indentLevel = 0
  /// The widest cell (or header) of each column so far.
  private(set) var maxWidths: [Int] = []
  private var columnCount: Int?

  init(title: String?, indentLevel: Int = 0) {
    self.title = title
    self.indentLevel = indentLevel
  }

  mutating func setHeaders(_ headers: [String]) {
    updateMaxWidths(headers)
    if columnCount == nil { columnCount = headers.count }
    self.headers = headers
  }

  /// Adds a row; false (and no row) when its length differs from the section's first row or
  /// header, where awscli raises `Row should have N elements, instead it has M`.
  mutating func addRow(_ row: [String]) -> Bool {
    if columnCount == nil { columnCount = row.count }
    guard row.count == columnCount else { return false }
    rows.append(row)
    updateMaxWidths(row)
    return true
  }

  private mutating func updateMaxWidths(_ cells: [String]) {
    if maxWidths.isEmpty {
      maxWidths = cells.map { EastAsianWidth.awscliLength($0) }
    } else {
      for (offset, cell) in cells.enumerated() where offset < maxWidths.count {
        maxWidths[offset] = max(maxWidths[offset], EastAsianWidth.awscliLength(cell))
      }
    }
  }

  /// The width the section needs: its columns padded by 4 and its borders, or its title.
  var totalWidth: Int {
    let columns = maxWidths.reduce(0) { $0 + $1 + 4 } + 2 + 2 * indentLevel
    let titleWidth = EastAsianWidth.awscliLength(title ?? "None") + 2 + 2 * indentLevel
    return max(titleWidth, columns)
  }

  /// Column widths (padding included) stretched or shrunk to add up to exactly `maxWidth`:
  /// scaled proportionally with Python's round-half-even, then corrected one column at a time.
  func columnWidths(fitting maxWidth: Int) -> [Int] {
    let unscaled = maxWidths.map { $0 + 4 }
    guard !unscaled.isEmpty else { return [] }
    let scale = Double(maxWidth) / Double(unscaled.reduce(0, +))
    var scaled = unscaled.map { Int((scale * Double($0)).rounded(.toNearestOrEven)) }
    var offBy = scaled.reduce(0, +) - maxWidth
    while offBy != 0 {
      let order = offBy < 0 ? Array(scaled.indices.reversed()) : Array(scaled.indices)
      for position in order {
        if offBy > 0 {
          scaled[position] -= 1
          offBy -= 1
        } else {
          scaled[position] += 1
          offBy += 1
        }
        if offBy == 0 { break }
      }
    }
    return scaled
  }

  /// This section turned on its side, as awscli does for single-row sections when the table is
  /// too wide: each header becomes a row beside its value.
  func vertical() -> AWSTableSection {
    var turned = AWSTableSection(title: title, indentLevel: indentLevel)
    for (header, cell) in zip(headers, rows[0]) { _ = turned.addRow([header, cell]) }
    return turned
  }
}

/// awscli's `MultiTable`: sections drawn one under another inside a common width, as in
/// ```
/// -----------------
/// |  DescribeVpcs |
/// +---------------+
/// ```
struct AWSTableLayout {
  var sections: [AWSTableSection] = []
  /// The width awscli assumes when stdout is not a terminal.
  var terminalWidth = 80

  func render() -> String {
    var sections = self.sections
    guard !sections.isEmpty else { return "" }
    var width = sections.map(\.totalWidth).max() ?? 0
    if width > terminalWidth {
      // Too wide: turn every single-row section with headers on its side, then measure again.
      sections = sections.map { $0.rows.count == 1 && !$0.headers.isEmpty ? $0.vertical() : $0 }
      width = sections.map(\.totalWidth).max() ?? 0
    }
    var output = String(repeating: "-", count: width) + "\n"
    for section in sections { output += render(section, width: width) }
    return output
  }

  private func render(_ section: AWSTableSection, width totalWidth: Int) -> String {
    let edge = String(repeating: "|", count: section.indentLevel)
    var lines: [String] = []
    let width = totalWidth - 2 * section.indentLevel
    if let title = section.title, !title.isEmpty {
      lines.append(AWSTableLayout.centered(title, width: width, leftEdge: "|", rightEdge: "|"))
      if section.headers.isEmpty && section.rows.isEmpty {
        lines.append("+" + String(repeating: "-", count: max(0, width - 2)) + "+")
      }
    }
    if !section.headers.isEmpty {
      let widths = section.columnWidths(fitting: width)
      lines.append(AWSTableLayout.separator(widths))
      var line = ""
      for (offset, (columnWidth, header)) in zip(widths, section.headers).enumerated() {
        line += AWSTableLayout.centered(
          header, width: columnWidth, leftEdge: offset == 0 ? "|" : "", rightEdge: "|")
      }
      lines.append(line)
    }
    if !section.rows.isEmpty {
      let widths = section.columnWidths(fitting: width)
      if !widths.isEmpty {
        lines.append(AWSTableLayout.separator(widths))
        for row in section.rows {
          var line = ""
          for (offset, (columnWidth, cell)) in zip(widths, row).enumerated() {
            line += AWSTableLayout.leftAligned(
              cell, width: columnWidth, leftEdge: offset == 0 ? "|" : "", rightEdge: "|")
          }
          lines.append(line)
        }
        lines.append(AWSTableLayout.separator(widths))
      }
    }
    return lines.map { edge + $0 + edge + "\n" }.joined()
  }

  /// `+-----+------+`, one dash run per column.
  private static func separator(_ widths: [Int]) -> String {
    var line = ""
    for (offset, width) in widths.enumerated() {
      line +=
        offset == 0
        ? "+" + String(repeating: "-", count: max(0, width - 2)) + "+"
        : String(repeating: "-", count: max(0, width - 1)) + "+"
    }
    return line
  }

  /// awscli's `center_text`: the text starts at `width / 2 - textWidth / 2 - 1` spaces in.
  static func centered(_ text: String, width: Int, leftEdge: String, rightEdge: String) -> String {
    let textWidth = EastAsianWidth.awscliLength(text)
    let before = width / 2 - textWidth / 2 - 1
    let used = EastAsianWidth.awscliLength(leftEdge) + before + textWidth
    let after = max(0, width - EastAsianWidth.awscliLength(rightEdge) - used)
    return leftEdge + Spaces.of(max(0, before)) + text
      + Spaces.of(after) + rightEdge
  }

  /// awscli's `align_left`: two spaces of padding when the cell has room for them.
  static func leftAligned(_ text: String, width: Int, leftEdge: String, rightEdge: String) -> String {
    let textWidth = EastAsianWidth.awscliLength(text)
    let padding = width - (textWidth + 2 + leftEdge.count + rightEdge.count) >= 0 ? 2 : 0
    let after = max(0, width - (leftEdge.count + padding + textWidth) - rightEdge.count)
    return leftEdge + Spaces.of(padding) + text
      + Spaces.of(after) + rightEdge
  }
}
