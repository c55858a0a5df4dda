import Cloud
import TextLayout

/// `ls` as GNU coreutils 8.22 prints it on Amazon Linux 2: names in columns on a terminal (80
/// columns, tabs for padding as `ls` uses them), one per line into a pipe or file, and `-l` with
/// modes, owners, sizes and times. Colours (AL2's `ls` alias) are not reproduced.
enum ListCommand {
  static let allowed = "laAh1dC"

  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    guard let (flags, typed) = FileCommands.parse(invocation, allowed: allowed) else {
      var result = FileCommands.badOption(invocation, allowed: allowed)
      result.status = 2
      return result
    }
    let operands = typed.isEmpty ? ["."] : typed
    let tree = HostFiles.tree(state)
    var result = CommandResult()
    var files: [(shown: String, entry: FileEntry)] = []
    var folders: [(shown: String, entry: FileEntry)] = []
    for operand in FileOrder.sorted(operands) {
      let path = HostFiles.resolve(operand, state: state)
      switch HostFiles.lookup(path, state: state) {
      case .failure(let error):
        result.stderr += "ls: cannot access \(operand): \(error.text)\n"
        result.status = 2
      case .success(let entry):
        if entry.isDirectory && !flags.contains("d") {
          folders.append((operand, entry))
        } else {
          files.append((operand, entry))
        }
      }
    }
    var blocks: [String] = []
    if !files.isEmpty {
      blocks.append(
        render(
          files.map { ($0.shown, $0.entry) }, flags: flags, tree: tree, state: state, invocation: invocation,
          total: false))
    }
    let titled = operands.count > 1
    for folder in folders {
      guard HostFiles.allows(folder.entry, user: HostFiles.user(state), bit: 0o4) else {
        result.stderr += "ls: cannot open directory \(folder.shown): Permission denied\n"
        result.status = 2
        continue
      }
      var children = tree.children(of: folder.entry.path).map { (FileTree.name(of: $0.path), $0) }
      if !flags.contains("a") {
        children = children.filter { !$0.0.hasPrefix(".") || flags.contains("A") }
      }
      var ordered = FileOrder.sorted(children, name: \.0)
      if flags.contains("a") {
        let parent = tree.entry(FileTree.parent(of: folder.entry.path)) ?? folder.entry
        ordered.insert(("..", parent), at: 0)
        ordered.insert((".", folder.entry), at: 0)
      }
      let body = render(ordered, flags: flags, tree: tree, state: state, invocation: invocation, total: true)
      blocks.append((titled ? folder.shown + ":\n" : "") + body)
    }
    result.stdout = blocks.joined(separator: "\n")
    return result
  }

  private static func render(
    _ items: [(String, FileEntry)], flags: Set<Character>, tree: FileTree, state: ShellState,
    invocation: Invocation, total: Bool
  ) -> String {
    if flags.contains("l") { return long(items, human: flags.contains("h"), tree: tree, state: state, total: total) }
    let names = items.map(\.0)
    if names.isEmpty { return "" }
    if flags.contains("1") || (!invocation.stdoutIsTerminal && !flags.contains("C")) {
      return names.map { $0 + "\n" }.joined()
    }
    return columns(names, width: 80)
  }

  /// GNU ls's vertical columns: the most columns that fit the width, filled top to bottom.
  static func columns(_ names: [String], width: Int) -> String {
    let widths = names.map(\.displayWidth)
    var chosen = (columns: 1, rows: names.count, widths: [widths.max() ?? 0])
    if names.count > 1 {
      for columns in stride(from: min(names.count, width / 3), through: 2, by: -1) {
        let rows = (names.count + columns - 1) / columns
        if (columns - 1) * rows >= names.count { continue }
        var columnWidths: [Int] = []
        for column in 0..<columns {
          let slice = widths[min(column * rows, widths.count)..<min((column + 1) * rows, widths.count)]
          columnWidths.append(slice.max() ?? 0)
        }
        let total = columnWidths.reduce(0, +) + 2 * (columns - 1)
        if total <= width {
          chosen = (columns, rows, columnWidths)
          break
        }
      }
    }
    var output = ""
    for row in 0..<chosen.rows {
      var position = 0
      for column in 0..<chosen.columns {
        let index = column * chosen.rows + row
        guard index < names.count else { break }
        let isLastInRow = column == chosen.columns - 1 || (column + 1) * chosen.rows + row >= names.count
        output += names[index]
        position += widths[index]
        if isLastInRow { break }
        let target = position - widths[index] + chosen.widths[column] + 2
        output += indent(from: position, to: target)
        position = target
      }
      output += "\n"
    }
    return output
  }

  /// Padding as GNU ls writes it: a tab wherever one reaches a tab stop not past the target.
  static func indent(from start: Int, to target: Int) -> String {
    var from = start
    var text = ""
    while from < target {
      if target / 8 > (from + 1) / 8 {
        text += "\t"
        from += 8 - from % 8
      } else {
        text += " "
        from += 1
      }
    }
    return text
  }

  private static func long(
    _ items: [(String, FileEntry)], human: Bool, tree: FileTree, state: ShellState, total: Bool
  ) -> String {
    let now = state.world.now
    var rows: [[String]] = []
    var blocks = 0
    for (name, entry) in items {
      let size = tree.size(of: entry)
      if case .file = entry.kind { blocks += (size + 4095) / 4096 * 4 }
      let links = entry.isDirectory ? 2 + tree.children(of: entry.path).filter(\.isDirectory).count : 1
      rows.append([
        mode(entry), String(links), entry.owner, entry.owner, human ? humanSize(size) : String(size),
        timestamp(entry.modified, now: now), name,
      ])
    }
    var widths = [0, 0, 0, 0, 0]
    for row in rows {
      for column in 1...4 { widths[column] = max(widths[column], row[column].count) }
    }
    var output = total ? "total \(human ? humanSize(blocks * 1024) : String(blocks))\n" : ""
    for row in rows {
      output += row[0] + " " + pad(row[1], widths[1], right: true) + " " + pad(row[2], widths[2], right: false) + " "
      output += pad(row[3], widths[3], right: false) + " " + pad(row[4], widths[4], right: true) + " " + row[5] + " "
      output += row[6] + "\n"
    }
    return output
  }

  private static func pad(_ text: String, _ width: Int, right: Bool) -> String {
    let padding = Spaces.of(max(0, width - text.count))
    return right ? padding + text : text + padding
  }

  static func mode(_ entry: FileEntry) -> String {
    var text = ""
    switch entry.kind {
    case .directory: text = "d"
    case .device: text = "c"
    case .file: text = "-"
    }
    let letters: [Character] = ["r", "w", "x"]
    for shift in [6, 3, 0] {
      for (offset, letter) in letters.enumerated() {
        let bit = UInt16(1) << UInt16(shift + 2 - offset)
        var character = entry.mode & bit != 0 ? letter : "-"
        if shift == 0 && offset == 2 && entry.mode & 0o1000 != 0 { character = character == "x" ? "t" : "T" }
        text.append(character)
      }
    }
    return text
  }

  /// `Mmm dd HH:MM` for the last six months, else `Mmm dd  YYYY`, in UTC.
  static func timestamp(_ milliseconds: Int64, now: Int64) -> String {
    let when = SimClock(millisecondsSinceEpoch: milliseconds).components
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    let day = when.day < 10 ? " \(when.day)" : "\(when.day)"
    let sixMonths: Int64 = 15_778_476_000
    if now - milliseconds > sixMonths || milliseconds > now {
      return "\(months[when.month - 1]) \(day)  \(when.year)"
    }
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(months[when.month - 1]) \(day) \(two(when.hour)):\(two(when.minute))"
  }

  /// coreutils' `-h`: powers of 1024, rounded up, one decimal below 10.
  static func humanSize(_ bytes: Int) -> String {
    if bytes < 1024 { return String(bytes) }
    let units = ["K", "M", "G", "T"]
    var value = Double(bytes)
    var unit = -1
    while value >= 1024 && unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    if value < 10 {
      let tenths = (value * 10).rounded(.up)
      if tenths >= 100 { return "10" + units[unit] }
      return "\(Int(tenths) / 10).\(Int(tenths) % 10)" + units[unit]
    }
    let whole = Int(value.rounded(.up))
    if whole >= 1024 && unit < units.count - 1 { return "1.0" + units[unit + 1] }
    return "\(whole)" + units[unit]
  }
}
