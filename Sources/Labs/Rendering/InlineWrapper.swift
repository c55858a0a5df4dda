import TextLayout

/// A piece of a rendered line in one style.
struct StyledFragment: Sendable, Equatable {
  var text: String
  var style: TerminalStyle
}

/// Fills a block's inline pieces into lines of a given width, breaking only at spaces.
///
/// A word — what lies between two spaces of prose, styles and code spans included (`` `x`, `` is one
/// word) — is never broken: one wider than the line gets a line of its own. The spaces inside a code
/// span do not break either, unless the span is wider than a whole line; then it breaks at them.
struct InlineWrapper {
  let colour: Bool

  private enum Token {
    case word([StyledFragment])
    case space(TerminalStyle)
    case lineBreak
  }

  /// The lines of `inlines` at `width` columns, each rendered (with SGR escapes when `colour`).
  func lines(_ inlines: [MarkdownInline], width: Int, adding style: TerminalStyle = []) -> [String] {
    fill(tokens(inlines, adding: style), width: max(1, width)).map(render)
  }

  private func tokens(_ inlines: [MarkdownInline], adding extra: TerminalStyle) -> [Token] {
    var tokens: [Token] = []
    var word: [StyledFragment] = []
    func endWord() {
      if !word.isEmpty { tokens.append(.word(word)) }
      word = []
    }
    for inline in inlines {
      switch inline {
      case .text(let text, let style):
        var rest = Substring(text)
        while let first = rest.first {
          let isSpace = Self.isSpace(first)
          let run = rest.prefix { Self.isSpace($0) == isSpace }
          rest = rest.dropFirst(run.count)
          if isSpace {
            endWord()
            if case .word = tokens.last { tokens.append(.space(style.union(extra))) }
          } else {
            word.append(StyledFragment(text: String(run), style: style.union(extra)))
          }
        }
      case .code(let code, let style):
        word.append(StyledFragment(text: colour ? code : Self.backticked(code), style: style.union(extra)))
      case .lineBreak:
        endWord()
        if case .space = tokens.last { tokens.removeLast() }
        tokens.append(.lineBreak)
      }
    }
    endWord()
    return tokens
  }

  private static func isSpace(_ character: Character) -> Bool {
    character == " " || character == "\t" || character == "\n"
  }

  /// Inline code as plain mode shows it: in backticks, enough of them to hold the ones it contains.
  static func backticked(_ code: String) -> String {
    var longest = 0
    var run = 0
    for character in code {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let pad = code.first == "`" || code.last == "`" ? " " : ""
    return fence + pad + code + pad + fence
  }

  private func fill(_ input: [Token], width: Int) -> [[StyledFragment]] {
    var lines: [[StyledFragment]] = []
    var line: [StyledFragment] = []
    var used = 0
    var space: TerminalStyle?
    var queue = input[...]
    while let token = queue.popFirst() {
      switch token {
      case .lineBreak:
        lines.append(line)
        line = []
        used = 0
        space = nil
      case .space(let style):
        if !line.isEmpty, space == nil { space = style }
      case .word(let fragments):
        let wordWidth = fragments.reduce(0) { $0 + $1.text.displayWidth }
        if wordWidth > width, let pieces = Self.splitAtCodeSpaces(fragments) {
          queue = pieces[...] + queue
          continue
        }
        if line.isEmpty {
          line = fragments
          used = wordWidth
        } else if used + 1 + wordWidth <= width {
          line.append(StyledFragment(text: " ", style: space ?? []))
          line += fragments
          used += 1 + wordWidth
        } else {
          lines.append(line)
          line = fragments
          used = wordWidth
        }
        space = nil
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// A word wider than the line, cut at the spaces inside its code spans; nil when it has none.
  private static func splitAtCodeSpaces(_ fragments: [StyledFragment]) -> [Token]? {
    var tokens: [Token] = []
    var word: [StyledFragment] = []
    var didSplit = false
    for fragment in fragments {
      guard fragment.style.contains(.code), fragment.text.contains(" ") else {
        word.append(fragment)
        continue
      }
      let parts = fragment.text.split(separator: " ", omittingEmptySubsequences: true)
      for (index, part) in parts.enumerated() {
        if index > 0 || (fragment.text.first == " " && !word.isEmpty) {
          if !word.isEmpty { tokens.append(.word(word)) }
          tokens.append(.space(fragment.style))
          word = []
          didSplit = true
        }
        word.append(StyledFragment(text: String(part), style: fragment.style))
      }
      if fragment.text.last == " " {
        if !word.isEmpty { tokens.append(.word(word)) }
        tokens.append(.space(fragment.style))
        word = []
        didSplit = true
      }
    }
    if !word.isEmpty { tokens.append(.word(word)) }
    return didSplit ? tokens : nil
  }

  /// One line's fragments as text: plain, or with each run of one style wrapped in its escapes.
  private func render(_ fragments: [StyledFragment]) -> String {
    guard colour else { return fragments.map(\.text).joined() }
    var runs: [StyledFragment] = []
    for fragment in fragments {
      if let last = runs.last, last.style == fragment.style {
        runs[runs.count - 1].text += fragment.text
      } else {
        runs.append(fragment)
      }
    }
    return runs.map { $0.style.apply(to: $0.text) }.joined()
  }
}
