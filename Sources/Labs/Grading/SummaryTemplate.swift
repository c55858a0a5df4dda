/// A translated progress summary (`progress-totals` in a lab's language) read back from a page:
/// the template's own words matched byte for byte, each `{mark}` as a run of ASCII digits.
///
/// The English summary is read loosely (`ProgressClaims`); a translation is read by its template,
/// so that a page written in Korean claims as much as one written in English.
struct SummaryTemplate {
  private enum Piece {
    case words([UInt8])
    case mark(String)
  }

  private let pieces: [Piece]

  /// The template with its marks (`{passed}`); a brace that opens no mark is a word.
  init(_ template: String) {
    var pieces: [Piece] = []
    var words: [UInt8] = []
    let bytes = Array(template.utf8)
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "{"),
        let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "}")), close > index + 1
      {
        if !words.isEmpty { pieces.append(.words(words)) }
        words = []
        pieces.append(.mark(String(decoding: bytes[(index + 1)..<close], as: UTF8.self)))
        index = close + 1
      } else {
        words.append(bytes[index])
        index += 1
      }
    }
    if !words.isEmpty { pieces.append(.words(words)) }
    self.pieces = pieces
  }

  /// The numbers of `line` by mark, when the line reads as the template (a CR at its end left
  /// out); nil when it does not.
  func numbers(in line: UnsafeBufferPointer<UInt8>) -> [String: Int]? {
    var end = line.count
    if end > 0, line[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    var position = 0
    var found: [String: Int] = [:]
    for piece in pieces {
      switch piece {
      case .words(let words):
        guard end - position >= words.count, line[position..<(position + words.count)].elementsEqual(words) else {
          return nil
        }
        position += words.count
      case .mark(let name):
        let start = position
        while position < end, line[position] >= UInt8(ascii: "0"), line[position] <= UInt8(ascii: "9") {
          position += 1
        }
        // Nine digits at most: more is no count a page could honestly show, and no overflow.
        guard position > start, position - start <= 9 else { return nil }
        found[name] = line[start..<position].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
      }
    }
    return position == end ? found : nil
  }
}
