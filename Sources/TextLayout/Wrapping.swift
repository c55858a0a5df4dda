extension StringProtocol where SubSequence == Substring {
  /// This text broken into lines of at most `width` terminal columns, at spaces, the way Python's
  /// `textwrap.wrap` breaks it (with `break_on_hyphens=False`) but measuring display width.
  ///
  /// Words (runs of characters other than the space) stay whole: a word that does not fit moves to the
  /// next line. Only a word wider than the room a line has (its width less any indentation) is cut, and
  /// its first piece fills what is left of the current line. Korean wraps at its spaces like English.
  /// Each line break in the text starts a new line, and an empty line stays empty. Spaces at a break are
  /// dropped; between words on one line they are kept.
  ///
  /// - Parameters:
  ///   - width: the columns a line may take; below 1 counts as 1.
  ///   - keepingIndentation: start the lines a paragraph wraps onto with its leading spaces too (only
  ///     while they leave room for text).
  /// - Returns: the lines, without line breaks; at least one.
  public func wrapped(toWidth width: Int, keepingIndentation: Bool = false) -> [String] {
    let width = Swift.max(1, width)
    var lines: [String] = []
    for paragraph in split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      var wrapper = ParagraphWrapper(paragraph, width: width, keepingIndentation: keepingIndentation)
      lines += wrapper.lines()
    }
    return lines
  }
}

/// One paragraph's words and the spaces between them, filled greedily into lines.
private struct ParagraphWrapper {
  let width: Int
  let indentation: Substring
  let continuation: Substring
  /// Words and the runs of spaces between them, in order, without the indentation or trailing spaces.
  var tokens: [Substring] = []

  init(_ paragraph: Substring, width: Int, keepingIndentation: Bool) {
    self.width = width
    indentation = paragraph.prefix { $0 == " " }
    continuation = keepingIndentation ? indentation : ""
    var rest = paragraph.dropFirst(indentation.count)
    while !rest.isEmpty {
      let isGap = rest.first == " "
      let token = rest.prefix { ($0 == " ") == isGap }
      rest = rest.dropFirst(token.count)
      if !(isGap && rest.isEmpty) { tokens.append(token) }
    }
  }

  static func isGap(_ token: Substring) -> Bool { token.first == " " }

  mutating func lines() -> [String] {
    guard !tokens.isEmpty else { return [""] }
    var lines: [String] = []
    var prefix = indentation
    while !tokens.isEmpty {
      lines.append(nextLine(prefix: prefix))
      prefix = continuation
    }
    return lines
  }

  /// Takes from `tokens` what fits on one line that starts with `prefix`.
  private mutating func nextLine(prefix: Substring) -> String {
    var prefix = prefix
    var room = width - prefix.displayWidth
    if room < 1 {
      prefix = ""
      room = width
    }
    if let first = tokens.first, Self.isGap(first) { tokens.removeFirst() }
    var parts: [Substring] = []
    var used = 0
    while let token = tokens.first {
      let tokenWidth = token.displayWidth
      guard used + tokenWidth <= room else { break }
      parts.append(token)
      used += tokenWidth
      tokens.removeFirst()
    }
    if let word = tokens.first, !Self.isGap(word), word.displayWidth > room {
      // Too wide for any line: its first piece fills this one, at least one character on an empty line.
      var pieceEnd = word.startIndex
      var pieceWidth = 0
      while pieceEnd < word.endIndex {
        let characterWidth = word[pieceEnd].displayWidth
        let isFirst = pieceEnd == word.startIndex
        guard used + pieceWidth + characterWidth <= room || (isFirst && parts.allSatisfy(Self.isGap)) else { break }
        pieceWidth += characterWidth
        pieceEnd = word.index(after: pieceEnd)
      }
      if pieceEnd > word.startIndex {
        parts.append(word[..<pieceEnd])
        if pieceEnd == word.endIndex { tokens.removeFirst() } else { tokens[0] = word[pieceEnd...] }
      }
    }
    while let last = parts.last, Self.isGap(last) { parts.removeLast() }
    return parts.isEmpty ? "" : String(prefix) + parts.joined()
  }
}
