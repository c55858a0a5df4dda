import TextLayout

/// Breaks a shell command too wide for the window at its spaces, ending each line but the last
/// with ` \`, so that what is shown, pasted into bash (or labrun's shell), runs as the command.
///
/// Spaces inside quotes or after a backslash are part of a word and never break, since a ` \` there
/// would change the command; the comment at the end of a line (`# …`) is one word. A comment line
/// on its own is wrapped as comment lines instead: a continuation would make its rest a command.
enum CommandBreaker {
  /// The shown lines of `line` in `width` columns; the lines after the first are indented two
  /// spaces more, so the continuation reads as such.
  static func lines(_ line: String, width: Int) -> [String] {
    guard line.displayWidth > width else { return [line] }
    let indentation = line.prefix { $0 == " " }
    let command = line.dropFirst(indentation.count)
    if command.first == "#" { return commentLines(indentation: String(indentation), command, width: width) }
    let words = shellWords(command)
    guard words.words.count > 1 else { return [line] }
    let continuationRoom = width - indentation.count - 2
    let filled = phrases(words, widest: continuationRoom - 2)
      .fill(firstRoom: width - indentation.count, continuationRoom: continuationRoom, breakMark: "\\")
    return filled.enumerated().map { index, text in String(indentation) + (index == 0 ? "" : "  ") + text }
  }

  /// The words of a command line, split only at spaces the shell itself would split at.
  static func shellWords(_ command: Substring) -> SpacedWords {
    var words: [String] = []
    var gaps: [String] = []
    var word = ""
    var gap = ""
    var quote: Character?
    var escaped = false
    var comment = false
    for character in command {
      if character == " ", quote == nil, !escaped, !comment {
        gap.append(character)
        continue
      }
      if !gap.isEmpty {
        words.append(word)
        gaps.append(gap)
        word = ""
        gap = ""
      }
      word.append(character)
      // After a `#` that starts a word, the rest of the line is a comment: nothing in it counts.
      guard !comment else { continue }
      if escaped {
        escaped = false
      } else if character == "\\" && quote != "'" {
        escaped = true
      } else if let open = quote {
        if character == open { quote = nil }
      } else if character == "'" || character == "\"" {
        quote = character
      } else if character == "#" && word.count == 1 {
        comment = true
      }
    }
    if !word.isEmpty { words.append(word) }
    return SpacedWords(words: words, gaps: gaps)
  }

  /// The words grouped so that each option keeps its values (`--subnet-ids $A $B`), as commands are
  /// set out in documentation, one option a line; a trailing comment is a group of its own. A group
  /// wider than `widest` falls apart into its words.
  static func phrases(_ words: SpacedWords, widest: Int) -> SpacedWords {
    var groups: [SpacedWords] = []
    for (index, word) in words.words.enumerated() {
      let startsOption = word.count > 1 && word.first == "-"
      if index == 0 || startsOption || word.first == "#" {
        groups.append(SpacedWords(words: [word], gaps: []))
      } else {
        groups[groups.count - 1].words.append(word)
        groups[groups.count - 1].gaps.append(words.gaps[index - 1])
      }
    }
    var phrases = SpacedWords(words: [], gaps: [])
    var wordIndex = 0
    for group in groups {
      if wordIndex > 0 { phrases.gaps.append(words.gaps[wordIndex - 1]) }
      let text = group.joined
      if text.displayWidth <= widest || group.words.count == 1 {
        phrases.words.append(text)
      } else {
        phrases.words += group.words
        phrases.gaps += group.gaps
      }
      wordIndex += group.words.count
    }
    return phrases
  }

  private static func commentLines(indentation: String, _ comment: Substring, width: Int) -> [String] {
    let marker = comment.prefix { $0 == "#" }
    let words = SpacedWords(comment.dropFirst(marker.count))
    let room = width - indentation.count - marker.count - 1
    return words.fill(firstRoom: room, continuationRoom: room).map { indentation + marker + " " + $0 }
  }
}
