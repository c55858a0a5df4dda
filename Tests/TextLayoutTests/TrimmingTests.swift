import Testing
import TextLayout

@Suite struct TrimmingTests {
  @Test(arguments: [
    ("  hello  ", "hello"),
    ("\t hint \n", "hint"),
    ("\u{3000}김민준\u{3000}", "김민준"),
    ("\r\nline\r\n", "line"),
    ("a b", "a b"),
    ("   ", ""),
    ("", ""),
    ("\u{A0}x\u{A0}", "x"),
  ])
  func trimsWhitespace(text: String, trimmed: String) {
    #expect(text.trimmingWhitespace() == trimmed)
    #expect(text[...].trimmingWhitespace() == trimmed)
  }

  @Test(arguments: [
    (" \tanswer b\t ", " \t", "answer b"),
    ("\"quoted\"", "\"", "quoted"),
    ("--flag--", "-", "flag"),
    ("xxx", "x", ""),
    ("\nkeep\n", " \t", "\nkeep\n"),
    ("가나다가", "가", "나다"),
  ])
  func trimsTheGivenCharacters(text: String, characters: String, trimmed: String) {
    #expect(text.trimming(charactersIn: characters) == trimmed)
  }

  @Test func trimsWhereAPredicateHolds() {
    #expect("123abc456".trimming(where: \.isNumber) == "abc")
    #expect("abc".trimming(where: \.isNumber) == "abc")
  }

  @Test func theResultIsASliceOfTheOriginal() {
    let text = "  hello  "
    let trimmed = text.trimmingWhitespace()
    #expect(text[trimmed.startIndex..<trimmed.endIndex] == "hello")
  }
}
