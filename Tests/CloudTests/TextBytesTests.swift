import Cloud
import Testing

/// `TextBytes` must give the very string that appending the same pieces to a `String` gives,
/// including where a join falls inside what becomes one character.
@Suite struct TextBytesTests {
  static let pieceLists: [[String]] = [
    [],
    [""],
    ["plain", " ", "ASCII", "\n"],
    ["✓ ", "1.", " ", "step-id", "  ", "제목", " (5점)", "\n"],
    // Joins that make one character of two pieces: a combining accent, CRLF, a flag's halves.
    ["e", "\u{301}", "!"],
    ["line\r", "\nnext"],
    ["\u{1F1F0}", "\u{1F1F7}"],
    ["한", "\u{1100}", "\u{1161}"],
    [String(repeating: "long piece ", count: 40), "끝"],
  ]

  @Test(arguments: pieceLists)
  func piecesJoinAsStringsJoin(_ pieces: [String]) {
    var bytes = TextBytes()
    var string = ""
    for piece in pieces {
      bytes += piece
      string += piece
    }
    #expect(bytes.text == string)
    #expect(bytes.text.count == string.count)
    #expect(Array(bytes.text.utf8) == Array(string.utf8))
  }

  @Test(arguments: [(-3, ""), (0, ""), (1, " "), (4, "    "), (300, String(repeating: " ", count: 300))])
  func spaces(count: Int, expected: String) {
    var text = TextBytes(capacity: 8)
    text += "["
    text.append(spaces: count)
    text += "]"
    #expect(text.text == "[" + expected + "]")
  }

  @Test func slicesOfUTF8() {
    let bytes = Array("앞 {mark} 뒤".utf8)
    var text = TextBytes()
    text.append(utf8: bytes[0..<4])
    text += "값"
    text.append(utf8: bytes[10...])
    #expect(text.text == "앞 값 뒤")
  }
}
