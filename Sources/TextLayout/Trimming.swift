extension StringProtocol where SubSequence == Substring {
  /// This text without the whitespace (spaces, tabs, line breaks, U+3000 and the rest of Unicode's
  /// White_Space) at its start and end.
  public func trimmingWhitespace() -> Substring {
    trimming { $0.isWhitespace }
  }

  /// This text without any of `characters` at its start and end, e.g. `line.trimming(charactersIn: " \t")`.
  public func trimming(charactersIn characters: String) -> Substring {
    trimming { characters.contains($0) }
  }

  /// This text without the characters at its start and end for which `shouldTrim` is true.
  public func trimming(where shouldTrim: (Character) -> Bool) -> Substring {
    var start = startIndex
    var end = endIndex
    while start < end, shouldTrim(self[start]) { start = index(after: start) }
    while end > start {
      let before = index(before: end)
      guard shouldTrim(self[before]) else { break }
      end = before
    }
    return self[start..<end]
  }
}
