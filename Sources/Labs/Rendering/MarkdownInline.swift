/// One piece of a paragraph or heading after its Markdown markers are read.
enum MarkdownInline: Sendable, Equatable {
  /// Prose in a style (plain, strong, emphasis or both); its spaces are where lines may break.
  case text(String, TerminalStyle)
  /// A code span's content, exactly as written between the backticks (line breaks become spaces).
  case code(String, TerminalStyle)
  /// A hard line break (two spaces or a backslash at the end of a source line).
  case lineBreak
}

/// Reads the inline Markdown of one block: code spans, `*`/`_` emphasis and `**`/`__` strong
/// emphasis by CommonMark's delimiter rules, backslash escapes and hard line breaks.
///
/// Links, images, autolinks and HTML are not read: their text stays as written, so nothing in it is
/// lost (no course text uses them).
enum MarkdownInlineParser {
  /// The pieces of `source`, the block's lines joined with line breaks.
  static func parse(_ source: String) -> [MarkdownInline] {
    var nodes = tokenize(Array(source))
    matchEmphasis(&nodes)
    return flatten(nodes)
  }

  /// A run of `*` or `_` that may open or close emphasis.
  private struct Delimiter {
    let character: Character
    /// Characters of the run not used by a match yet.
    var count: Int
    /// The run's length as written, for CommonMark's "rule of three".
    let length: Int
    var canOpen: Bool
    var canClose: Bool
  }

  private enum Node {
    case text(String)
    case code(String)
    case delimiter(Delimiter)
    case lineBreak
  }

  private static func tokenize(_ characters: [Character]) -> [(node: Node, style: TerminalStyle)] {
    var nodes: [(node: Node, style: TerminalStyle)] = []
    var text = ""
    func flush() {
      if !text.isEmpty { nodes.append((.text(text), [])) }
      text = ""
    }
    var index = 0
    while index < characters.count {
      let character = characters[index]
      switch character {
      case "\\":
        let next = index + 1 < characters.count ? characters[index + 1] : nil
        if let next, next.isASCII, next.isPunctuation || next.isSymbol {
          text.append(next)
          index += 2
        } else if next == "\n" {
          flush()
          nodes.append((.lineBreak, []))
          index += 2
        } else {
          text.append(character)
          index += 1
        }
      case "`":
        let run = runLength(of: "`", in: characters, from: index)
        if let close = closingBackticks(run, in: characters, after: index + run) {
          flush()
          nodes.append((.code(codeContent(characters[(index + run)..<close])), []))
          index = close + run
        } else {
          text += String(repeating: "`", count: run)
          index += run
        }
      case "*", "_":
        let run = runLength(of: character, in: characters, from: index)
        let before = index > 0 ? characters[index - 1] : " "
        let after = index + run < characters.count ? characters[index + run] : " "
        flush()
        nodes.append((.delimiter(delimiter(character, run: run, before: before, after: after)), []))
        index += run
      case "\n":
        // Two spaces before a source line break keep the break; any other break is a space.
        if text.hasSuffix("  ") {
          while text.hasSuffix(" ") { text.removeLast() }
          flush()
          nodes.append((.lineBreak, []))
        } else {
          text.append(" ")
        }
        index += 1
      default:
        text.append(character)
        index += 1
      }
    }
    flush()
    return nodes
  }

  private static func runLength(of character: Character, in characters: [Character], from start: Int) -> Int {
    var end = start
    while end < characters.count, characters[end] == character { end += 1 }
    return end - start
  }

  /// Where the run of exactly `length` backticks that closes a code span starts, if there is one.
  private static func closingBackticks(_ length: Int, in characters: [Character], after start: Int) -> Int? {
    var index = start
    while index < characters.count {
      guard characters[index] == "`" else {
        index += 1
        continue
      }
      let run = runLength(of: "`", in: characters, from: index)
      if run == length { return index }
      index += run
    }
    return nil
  }

  /// A code span's text: line breaks become spaces, and one space is stripped from each end when
  /// both ends have one (so `` `` `x` `` `` can show a backtick), as CommonMark says.
  private static func codeContent(_ characters: ArraySlice<Character>) -> String {
    var content = String(characters.map { $0 == "\n" ? " " : $0 })
    if content.count >= 2, content.first == " ", content.last == " ", !content.allSatisfy({ $0 == " " }) {
      content = String(content.dropFirst().dropLast())
    }
    return content
  }

  /// CommonMark's flanking rules: whether a run can open or close emphasis depends on the
  /// characters on either side; `_` also may not open or close inside a word (`$SUBNET_PRIVATE_A`).
  private static func delimiter(_ character: Character, run: Int, before: Character, after: Character) -> Delimiter {
    let beforeIsSpace = before.isWhitespace
    let afterIsSpace = after.isWhitespace
    let beforeIsPunctuation = before.isPunctuation || before.isSymbol
    let afterIsPunctuation = after.isPunctuation || after.isSymbol
    let leftFlanking = !afterIsSpace && (!afterIsPunctuation || beforeIsSpace || beforeIsPunctuation)
    let rightFlanking = !beforeIsSpace && (!beforeIsPunctuation || afterIsSpace || afterIsPunctuation)
    let canOpen: Bool
    let canClose: Bool
    if character == "*" {
      canOpen = leftFlanking
      canClose = rightFlanking
    } else {
      canOpen = leftFlanking && (!rightFlanking || beforeIsPunctuation)
      canClose = rightFlanking && (!leftFlanking || afterIsPunctuation)
    }
    return Delimiter(character: character, count: run, length: run, canOpen: canOpen, canClose: canClose)
  }

  /// Pairs closers with the nearest opener before them, as CommonMark's "process emphasis" does:
  /// two characters from each side make strong emphasis, one makes emphasis; what is between takes
  /// the style, and unpaired delimiters between them stay literal.
  private static func matchEmphasis(_ nodes: inout [(node: Node, style: TerminalStyle)]) {
    var closer = 0
    while closer < nodes.count {
      guard case .delimiter(var closing) = nodes[closer].node, closing.canClose, closing.count > 0 else {
        closer += 1
        continue
      }
      guard let opener = opener(for: closing, before: closer, in: nodes),
        case .delimiter(var opening) = nodes[opener].node
      else {
        closer += 1
        continue
      }
      let used = opening.count >= 2 && closing.count >= 2 ? 2 : 1
      for index in (opener + 1)..<closer {
        nodes[index].style.insert(used == 2 ? .strong : .emphasis)
        if case .delimiter(var inner) = nodes[index].node {
          inner.canOpen = false
          inner.canClose = false
          nodes[index].node = .delimiter(inner)
        }
      }
      opening.count -= used
      closing.count -= used
      nodes[opener].node = .delimiter(opening)
      nodes[closer].node = .delimiter(closing)
      if closing.count == 0 { closer += 1 }
    }
  }

  private static func opener(
    for closing: Delimiter, before closer: Int, in nodes: [(node: Node, style: TerminalStyle)]
  ) -> Int? {
    var index = closer - 1
    while index >= 0 {
      if case .delimiter(let opening) = nodes[index].node, opening.character == closing.character,
        opening.canOpen, opening.count > 0
      {
        // The rule of three: `*foo**bar*` is one emphasis, not a strong one inside.
        let eitherBoth = opening.canClose || closing.canOpen
        let multipleOfThree = (opening.length + closing.length) % 3 == 0
        let bothMultiples = opening.length % 3 == 0 && closing.length % 3 == 0
        if !(eitherBoth && multipleOfThree && !bothMultiples) { return index }
      }
      index -= 1
    }
    return nil
  }

  private static func flatten(_ nodes: [(node: Node, style: TerminalStyle)]) -> [MarkdownInline] {
    var inlines: [MarkdownInline] = []
    func add(_ text: String, _ style: TerminalStyle) {
      guard !text.isEmpty else { return }
      if case .text(let previous, let previousStyle) = inlines.last, previousStyle == style {
        inlines[inlines.count - 1] = .text(previous + text, style)
      } else {
        inlines.append(.text(text, style))
      }
    }
    for (node, style) in nodes {
      switch node {
      case .text(let text): add(text, style)
      case .code(let code): inlines.append(.code(code, style.union(.code)))
      case .delimiter(let delimiter): add(String(repeating: delimiter.character, count: delimiter.count), style)
      case .lineBreak: inlines.append(.lineBreak)
      }
    }
    while inlines.last == .lineBreak { inlines.removeLast() }
    return inlines
  }
}
