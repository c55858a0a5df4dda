import Shell
import TextLayout

/// labrun's own texts laid out for a terminal window: Markdown rendered and reflowed to the window's
/// width, line-laid-out text folded to it, and what the simulated tools print left exactly as it is.
///
/// Widths are display widths: Korean and other wide characters take two columns, escapes none. No
/// word is ever broken and no line is wider than the window, except one that holds a single word
/// wider than the window (a long name, a URL); then that word stands alone on its line.
///
/// Windows narrower than `minimumWidth` (40 columns) are laid out as 40 columns wide: narrower, a
/// list item or a command would have too little room to be read, and a terminal wraps the excess.
/// Output that is not a terminal (a pipe, a file) is laid out for `defaultWidth`, 80 columns.
///
/// The Markdown is the part of CommonMark the course is written in:
/// - paragraphs: the source's hard wraps are joined and the text reflowed to the width;
/// - headings (`#`… or underlined with `===`/`---`): their text, levels 1 and 2 underlined with
///   `=` and `-` as wide as the heading;
/// - `**strong**`, `*emphasis*` and `_emphasis_` (not inside a word: `$SUBNET_PRIVATE_A` stays);
/// - inline code: exactly as written, its spaces never breaking unless it is wider than a line;
/// - bullet lists (shown with `- `) and numbered lists, two columns in, continuation lines under
///   the item's text, nested lists further in;
/// - block quotes, shown behind `│ `; thematic breaks, as a line of `─`;
/// - fenced code blocks: commands to type, four columns in and never reflowed; a command wider
///   than the window is broken at its spaces with ` \` continuations, so pasted into bash it runs
///   as written (a fence with an info string other than `sh`, `bash`, `shell` or `console` is shown
///   as written, unbroken);
/// - pipe tables (the course has none): kept as written.
///
/// With `colour`, headings and strong text are bold, emphasis italic, and inline code and commands
/// cyan (ANSI SGR, reset at the end of every styled run, so no line leaks a style). Without it the
/// text is plain, with no escapes: the `**`, `*` and `_` markers are gone, but inline code keeps its
/// backticks (`` `sleep 90` ``), so what to type stays marked where no colour can mark it; commands
/// in code blocks, set apart by their indentation, have none.
public struct TerminalRenderer: Sendable, Equatable {
  /// The narrowest width laid out; narrower windows get this.
  public static let minimumWidth = 40
  /// The width for output that is not a terminal.
  public static let defaultWidth = 80

  /// The columns every line fits in (at least `minimumWidth`).
  public let width: Int
  /// Whether SGR escapes style the text.
  public let colour: Bool

  /// A renderer for a window `width` columns wide (below 40 counts as 40), in colour or not.
  public init(width: Int = TerminalRenderer.defaultWidth, colour: Bool = false) {
    self.width = max(width, Self.minimumWidth)
    self.colour = colour
  }

  /// Renders the Markdown `markdown` for a window `width` columns wide; see the type's documentation.
  public static func render(_ markdown: String, width: Int, colour: Bool) -> String {
    TerminalRenderer(width: width, colour: colour).render(markdown: markdown)
  }

  /// The Markdown text as the terminal shows it: its lines, each ending with a line break, with one
  /// blank line between blocks; "" for a text with no blocks.
  public func render(markdown: String) -> String {
    render(markdown: markdown, lead: "")
  }

  /// The Markdown text behind `lead` (feedback's `» `, say): the first line starts with it and the
  /// others are indented as far, so the text stands in a column of its own; the text is laid out in
  /// what the window leaves beside the lead.
  public func render(markdown: String, lead: String) -> String {
    let hang = String(repeating: " ", count: lead.displayWidth)
    let room = max(1, width - lead.displayWidth)
    let lines = MarkdownLayout(colour: colour).lines(MarkdownBlockParser.parse(markdown), width: room)
    guard !lines.isEmpty else { return "" }
    return lines.enumerated().map { index, line in
      index == 0 ? lead + line : (line.isEmpty ? "" : hang + line)
    }.joined(separator: "\n") + "\n"
  }

  /// Text laid out in lines (`why`, `topology`, `help`) fitted to the window: lines are never joined,
  /// and one wider than the window is folded at its spaces under its own indentation (see
  /// `OutputForm.lines`). Line breaks, the final one included, stay where they are.
  public func fold(lines text: String) -> String {
    LineFolder.fold(text, width: width)
  }

  /// `text` as the terminal shows it, by its form: tool output exactly as it is, labrun's Markdown
  /// rendered, labrun's lines folded.
  public func show(_ text: String, form: OutputForm) -> String {
    switch form {
    case .verbatim: text
    case .markdown: render(markdown: text)
    case .lines: fold(lines: text)
    }
  }

  /// A chunk of a command's output as the terminal shows it (see `show(_:form:)`).
  public func show(_ chunk: OutputChunk) -> String {
    show(chunk.text, form: chunk.form)
  }
}
