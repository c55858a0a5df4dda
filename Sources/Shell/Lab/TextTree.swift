/// A tree drawn in text as `tree(1)` draws one: each child after `├── `, the last after `└── `,
/// and a `│` carried down beside every child that has a sibling below it.
struct TextTree {
  /// The node's own line.
  var label: String
  /// Lines shown under the label, before the children and indented two spaces past their
  /// branches (a route table's routes); a detail may carry more indentation of its own.
  var details: [String] = []
  var children: [TextTree] = []

  /// The lines of the children of `self` (the root's label is the caller's to write).
  func childLines(prefix: String = "") -> [String] {
    var lines: [String] = []
    for (index, child) in children.enumerated() {
      let last = index == children.count - 1
      lines.append(prefix + (last ? "└── " : "├── ") + child.label)
      let below = prefix + (last ? "    " : "│   ")
      for detail in child.details { lines.append(below + "  " + detail) }
      lines += child.childLines(prefix: below)
    }
    return lines
  }
}
