/// The parts of a text a translation must keep as they are: code spans (`` `…` ``), fenced code
/// blocks (the commands a step asks for) and `{placeholders}`, each with where it starts.
struct CodeSpans: Equatable {
  /// One kept part and its position in the text (1-based line and column, in characters).
  struct Span: Equatable {
    var text: String
    var line: Int
    var column: Int
  }

  /// Inline code spans and placeholders, in the order they appear.
  var inline: [Span] = []
  /// Fenced code blocks, whole, in order.
  var blocks: [Span] = []

  /// Scans Markdown text.
  init(_ text: String) {
    var line = 1
    var inFence = false
    var fenceText = ""
    var fenceStart = 1
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      defer { line += 1 }
      if raw.trimmingLeadingSpaces.hasPrefix("```") {
        if inFence {
          blocks.append(Span(text: fenceText, line: fenceStart, column: 1))
        } else {
          fenceText = ""
          fenceStart = line
        }
        inFence.toggle()
        continue
      }
      if inFence {
        fenceText += raw + "\n"
        continue
      }
      scanInline(raw, line: line)
    }
  }

  private mutating func scanInline(_ raw: Substring, line: Int) {
    var column = 1
    var open: (String, Int)?
    var placeholder: (String, Int)?
    for character in raw {
      defer { column += 1 }
      if var span = open {
        if character == "`" {
          inline.append(Span(text: span.0, line: line, column: span.1))
          open = nil
        } else {
          span.0.append(character)
          open = span
        }
      } else if character == "`" {
        open = ("", column)
      } else if var name = placeholder {
        if character == "}" {
          inline.append(Span(text: "{" + name.0 + "}", line: line, column: name.1))
          placeholder = nil
        } else if character.isLetter || character.isNumber || character == "_" {
          name.0.append(character)
          placeholder = name
        } else {
          placeholder = nil
        }
      } else if character == "{" {
        placeholder = ("", column)
      }
    }
  }

  /// The first of `translated`'s spans that the English does not have (or the first English one it
  /// lacks), as a message and a position in the translation; nil when both keep the same.
  ///
  /// Inline spans may move (Korean puts the verb last), so they are compared as a multiset; code
  /// blocks are commands and must come in the same order, character for character.
  static func mismatch(english: CodeSpans, translated: CodeSpans) -> (message: String, line: Int, column: Int)? {
    for (index, block) in translated.blocks.enumerated() {
      guard index < english.blocks.count else {
        return ("this code block is not in the English text; a translation adds no commands", block.line, block.column)
      }
      if block.text != english.blocks[index].text {
        let wanted = english.blocks[index].text.split(separator: "\n").first.map(String.init) ?? ""
        return ("this code block differs from the English one; commands stay as they are: \(wanted)", block.line, 1)
      }
    }
    if translated.blocks.count < english.blocks.count {
      let missing = english.blocks[translated.blocks.count].text.split(separator: "\n").first.map(String.init) ?? ""
      return ("the translation leaves out the English code block \(missing)", 1, 1)
    }
    var wanted = english.inline.map(\.text)
    for span in translated.inline {
      if let index = wanted.firstIndex(of: span.text) {
        wanted.remove(at: index)
      } else {
        return (
          "`\(span.text)` is not in the English text; code spans and placeholders stay as they are", span.line,
          span.column
        )
      }
    }
    if let lost = wanted.first {
      return ("the translation leaves out `\(lost)`, which the English text has", 1, 1)
    }
    return nil
  }
}

extension Substring {
  fileprivate var trimmingLeadingSpaces: Substring { drop { $0 == " " } }
}
