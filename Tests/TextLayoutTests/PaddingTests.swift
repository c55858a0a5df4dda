import Testing
import TextLayout

@Suite struct PaddingTests {
  @Test(arguments: [
    ("Ana", 6, TextAlignment.left, "Ana   "),
    ("Ana", 6, .right, "   Ana"),
    ("김민준", 8, .left, "김민준  "),
    ("김민준", 8, .right, "  김민준"),
    ("e\u{301}", 3, .left, "e\u{301}  "),
    ("👍", 3, .right, " 👍"),
    ("", 2, .left, "  "),
    ("김민준", 6, .left, "김민준"),
    ("김민준", 4, .right, "김민준"),
    ("abc", 0, .left, "abc"),
  ])
  func padsToTheDisplayWidth(text: String, width: Int, alignment: TextAlignment, padded: String) {
    #expect(text.padded(toWidth: width, alignment: alignment) == padded)
  }

  @Test func aSubstringPadsLikeAString() {
    let name = "김민준 <minjun@example.com>".prefix(3)
    #expect(name.padded(toWidth: 7) == "김민준 ")
  }
}
