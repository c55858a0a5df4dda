/// One block of a Markdown text, as far as labrun's texts use Markdown.
indirect enum MarkdownBlock: Sendable, Equatable {
  /// Prose: its source lines, joined with line breaks, to be reflowed.
  case paragraph(String)
  /// An ATX (`## Title`) or setext (`Title` over `===`) heading.
  case heading(level: Int, text: String)
  /// A fenced or indented code block: its lines exactly as written, and the fence's info string.
  case code(info: String, lines: [String])
  /// A bullet or numbered list.
  case list(MarkdownList)
  /// A block quote's own blocks.
  case quote([MarkdownBlock])
  /// A thematic break (`---`).
  case rule
  /// A pipe table's lines, kept as written.
  case table([String])
}

/// A bullet (`-`, `*`, `+`) or numbered (`1.`, `1)`) list.
struct MarkdownList: Sendable, Equatable {
  /// The number of the first item, for a numbered list; nil for bullets.
  var start: Int?
  /// Each item's blocks.
  var items: [[MarkdownBlock]]
  /// No blank line between items or inside one: shown without blank lines.
  var tight: Bool
}
