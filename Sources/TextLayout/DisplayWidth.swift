extension Unicode.Scalar {
  /// Columns this scalar takes on its own in a terminal: 0, 1 or 2.
  ///
  /// Control characters and the marks and format characters that draw on the character before them
  /// take 0; East Asian Wide and Fullwidth characters (Hangul, kana, CJK ideographs, most emoji) take 2;
  /// everything else, East Asian Ambiguous characters included, takes 1, as in a terminal that is not set
  /// to a CJK locale. The tables are Unicode 14.0's, so the answer does not change with the Swift version
  /// (only the grouping of scalars into characters, for `Character` and `String`, is the standard library's).
  public var displayWidth: Int {
    let value = self.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    // The first combining mark is U+0300; below it (the soft hyphen included) all is narrow.
    if value < 0x300 { return 1 }
    if WidthTables.zeroWidth.containsValue(value) { return 0 }
    return WidthTables.wide.containsValue(value) ? 2 : 1
  }
}

extension Character {
  /// Columns this character (a grapheme cluster) takes in a terminal.
  ///
  /// A cluster whose first scalar is wide takes 2 whatever follows it (an emoji ZWJ sequence, a flag,
  /// a Hangul syllable spelled in jamo); one that asks for emoji presentation with U+FE0F takes 2 as
  /// well (`❤️`, keycaps); otherwise its scalars' widths add up, so combining marks add nothing.
  public var displayWidth: Int {
    var scalars = unicodeScalars.makeIterator()
    guard let first = scalars.next() else { return 0 }
    let base = first.displayWidth
    if base == 2 { return 2 }
    var width = base
    while let scalar = scalars.next() {
      if scalar == "\u{FE0F}" { return 2 }
      width += scalar.displayWidth
    }
    return width
  }
}

extension StringProtocol {
  /// Columns this text takes in a terminal: the sum of its characters' widths.
  ///
  /// Line breaks and tabs count 0; measure one line at a time, with tabs already expanded.
  public var displayWidth: Int {
    var width = 0
    for character in self { width += character.displayWidth }
    return width
  }
}
