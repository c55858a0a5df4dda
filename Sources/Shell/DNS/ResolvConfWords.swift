import Cloud

/// The words of each line of a resolv.conf: lines end at "\n", words end at spaces and tabs, and
/// lines without a word are left out.
///
/// Every DNS tool reads the file at each call, and splitting it character by character cost about
/// 20 K instructions a read, more than the tool's own work on a cached answer. An ASCII file, as
/// resolv.conf files are, is split byte by byte instead; in ASCII only "\r\n" is one character of
/// two bytes, so a "\n" after "\r" stays inside its word, as it does when splitting characters.
/// Any other file is split by characters.
enum ResolvConfWords {
  static func lines(_ text: String) -> [[Substring]] {
    let utf8 = text.utf8
    guard ASCIIText.holds(text) else { return byCharacter(text) }
    var lines: [[Substring]] = []
    var words: [Substring] = []
    var wordStart: String.Index?
    var previous: UInt8 = 0
    var index = utf8.startIndex
    while index != utf8.endIndex {
      let byte = utf8[index]
      let endsLine = byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r")
      if endsLine || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
        if let start = wordStart {
          words.append(text[start..<index])
          wordStart = nil
        }
        if endsLine && !words.isEmpty {
          lines.append(words)
          words = []
        }
      } else if wordStart == nil {
        wordStart = index
      }
      previous = byte
      utf8.formIndex(after: &index)
    }
    if let start = wordStart { words.append(text[start...]) }
    if !words.isEmpty { lines.append(words) }
    return lines
  }

  /// The same split, character by character.
  static func byCharacter(_ text: String) -> [[Substring]] {
    text.split(separator: "\n").map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }) }.filter { !$0.isEmpty }
  }
}
