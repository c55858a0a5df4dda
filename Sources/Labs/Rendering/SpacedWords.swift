import TextLayout

/// One line's words and the runs of spaces between them, filled greedily into shorter lines.
///
/// Words are never cut: one wider than a line gets a line of its own. Between two words on one line
/// their spaces are kept as written.
struct SpacedWords {
  var words: [String] = []
  /// `gaps[i]` is what stands between `words[i]` and `words[i + 1]`.
  var gaps: [String] = []

  /// The words of `text` with any run of spaces between them as a break.
  init(_ text: Substring) {
    var rest = text.drop { $0 == " " }
    while !rest.isEmpty {
      let word = rest.prefix { $0 != " " }
      rest = rest.dropFirst(word.count)
      let gap = rest.prefix { $0 == " " }
      rest = rest.dropFirst(gap.count)
      words.append(String(word))
      if !rest.isEmpty { gaps.append(String(gap)) }
    }
  }

  init(words: [String], gaps: [String]) {
    self.words = words
    self.gaps = gaps
  }

  /// The lines, the first at most `firstRoom` columns wide and the rest `continuationRoom`.
  ///
  /// - Parameter breakMark: what ends a line the text goes on from, after the gap where it breaks
  ///   (` \` for a shell command); nil drops the gap and adds nothing.
  func fill(firstRoom: Int, continuationRoom: Int, breakMark: String? = nil) -> [String] {
    guard var text = words.first else { return [""] }
    var lines: [String] = []
    var next = 1
    while next < words.count {
      let room = lines.isEmpty ? firstRoom : continuationRoom
      if breakMark != nil, (text + remainder(from: next)).displayWidth <= room {
        text += remainder(from: next)
        break
      }
      let joined = text + gaps[next - 1] + words[next]
      let isLast = next == words.count - 1
      let reserve = isLast ? 0 : breakMark.map { (gaps[next] + $0).displayWidth } ?? 0
      if joined.displayWidth + reserve <= room {
        text = joined
      } else {
        lines.append(text + (breakMark.map { gaps[next - 1] + $0 } ?? ""))
        text = words[next]
      }
      next += 1
    }
    lines.append(text)
    return lines
  }

  /// The words with their gaps, as one line.
  var joined: String {
    words.isEmpty ? "" : words[0] + remainder(from: 1)
  }

  /// The words from `index` on with their gaps, starting with the gap before `words[index]`.
  private func remainder(from index: Int) -> String {
    var text = ""
    for position in index..<words.count { text += gaps[position - 1] + words[position] }
    return text
  }
}
