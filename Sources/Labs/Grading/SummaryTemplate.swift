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

  /// The template with its marks: a `{name}` of `marks`, found as `fillingMarks` finds the marks it
  /// fills when the page is written, so that what reads as a word here was written as one.
  init(_ template: String, marks: Set<String> = ProgressPage.totalsMarks) {
    var pieces: [Piece] = []
    var words: [UInt8] = []
    let bytes = Array(template.utf8)
    var index = 0
    while index < bytes.count {
      if let (name, end) = Self.mark(at: index, in: bytes), marks.contains(name) {
        if !words.isEmpty { pieces.append(.words(words)) }
        words = []
        pieces.append(.mark(name))
        index = end + 1
      } else {
        words.append(bytes[index])
        index += 1
      }
    }
    if !words.isEmpty { pieces.append(.words(words)) }
    self.pieces = pieces
  }

  /// The name of the `{name}` that opens at `index`, and where its `}` is: the bytes up to the
  /// first brace after it, when that brace closes.
  private static func mark(at index: Int, in bytes: [UInt8]) -> (name: String, end: Int)? {
    guard bytes[index] == UInt8(ascii: "{") else { return nil }
    var end = index + 1
    while end < bytes.count, bytes[end] != UInt8(ascii: "}"), bytes[end] != UInt8(ascii: "{") { end += 1 }
    guard end < bytes.count, bytes[end] == UInt8(ascii: "}") else { return nil }
    return (String(decoding: bytes[(index + 1)..<end], as: UTF8.self), end)
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
