import Testing
import TextLayout

@Suite struct WrappingTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let text: String
    let width: Int
    var keepingIndentation = false
    let lines: [String]
    let why: String
    var testDescription: String { why }
  }

  /// Plain ASCII: each expectation is what Python 3.11's `textwrap.wrap(text, width,
  /// break_on_hyphens=False)` returns (with `initial_indent`/`subsequent_indent` for kept indentation).
  static let asciiCases: [Case] = [
    Case(
      text: "The quick brown fox jumps over the lazy dog", width: 10,
      lines: ["The quick", "brown fox", "jumps over", "the lazy", "dog"], why: "fills each line greedily"),
    Case(
      text: "The quick brown fox jumps over the lazy dog", width: 15,
      lines: ["The quick brown", "fox jumps over", "the lazy dog"], why: "a word that exactly fills the line stays"),
    Case(text: "one two", width: 7, lines: ["one two"], why: "fits exactly"),
    Case(text: "one two", width: 6, lines: ["one", "two"], why: "one column short"),
    Case(text: "a  b   c", width: 4, lines: ["a  b", "c"], why: "spaces between words on a line are kept"),
    Case(text: "a  b   c", width: 3, lines: ["a", "b", "c"], why: "spaces at a break are dropped"),
    Case(text: "word   ", width: 10, lines: ["word"], why: "trailing spaces are dropped"),
    Case(
      text: "supercalifragilistic is long", width: 8,
      lines: ["supercal", "ifragili", "stic is", "long"], why: "a word wider than the line is cut"),
    Case(text: "hello world", width: 4, lines: ["hell", "o wo", "rld"], why: "a cut word's piece fills the line"),
    Case(text: "ab world", width: 4, lines: ["ab w", "orld"], why: "a long word starts on the current line"),
    Case(text: "ab c", width: 1, lines: ["a", "b", "c"], why: "width 1"),
    Case(
      text: "  indented text that wraps", width: 10,
      lines: ["  indented", "text that", "wraps"], why: "indentation on the first line only"),
    Case(
      text: "  indented text that wraps", width: 10, keepingIndentation: true,
      lines: ["  indented", "  text", "  that", "  wraps"], why: "indentation kept on continuation lines"),
    Case(
      text: "    a longword here", width: 8, keepingIndentation: true,
      lines: ["    a lo", "    ngwo", "    rd", "    here"], why: "a word wider than the room after the indentation"),
  ]

  /// What textwrap cannot show: display width, several lines, and the edges. Worked out by hand from
  /// the widths (Hangul 2 columns, marks 0, emoji 2).
  static let wideCases: [Case] = [
    Case(text: "", width: 10, lines: [""], why: "empty text is one empty line"),
    Case(text: "   ", width: 10, lines: [""], why: "only spaces"),
    Case(text: "김민준은 학생입니다", width: 10, lines: ["김민준은", "학생입니다"], why: "Korean breaks at its spaces"),
    Case(text: "김민준은 학생입니다", width: 19, lines: ["김민준은 학생입니다"], why: "Korean that fits (19 columns)"),
    Case(text: "김민준은 학생입니다", width: 18, lines: ["김민준은", "학생입니다"], why: "Korean one column short"),
    Case(
      text: "학생입니다", width: 5, lines: ["학생", "입니", "다"],
      why: "a Korean word wider than the line is cut between syllables"),
    Case(text: "학생", width: 3, lines: ["학", "생"], why: "a syllable never straddles a line"),
    Case(text: "가 나", width: 1, lines: ["가", "나"], why: "width 1: a wide character alone on its line"),
    Case(text: "S3 엔드포인트 endpoint", width: 12, lines: ["S3", "엔드포인트", "endpoint"], why: "mixed Korean and English"),
    Case(text: "S3 엔드포인트 endpoint", width: 13, lines: ["S3 엔드포인트", "endpoint"], why: "mixed, 13 columns"),
    Case(text: "ok 👍 done", width: 5, lines: ["ok 👍", "done"], why: "an emoji is two columns"),
    Case(text: "👨‍👩‍👧👨‍👩‍👧", width: 3, lines: ["👨‍👩‍👧", "👨‍👩‍👧"], why: "ZWJ sequences are never split"),
    Case(
      text: "cafe\u{301} cafe\u{301}", width: 9, lines: ["cafe\u{301} cafe\u{301}"], why: "combining marks take no room"
    ),
    Case(
      text: "e\u{301}e\u{301}e\u{301}", width: 2, lines: ["e\u{301}e\u{301}", "e\u{301}"],
      why: "a cut keeps each mark on its letter"),
    Case(
      text: "first line\n\nthird", width: 20, lines: ["first line", "", "third"], why: "line breaks and an empty line"),
    Case(text: "one two\r\nthree", width: 5, lines: ["one", "two", "three"], why: "CRLF is a line break too"),
    Case(
      text: "  가나 다라", width: 6, keepingIndentation: true, lines: ["  가나", "  다라"], why: "Korean with kept indentation"),
    Case(
      text: "      deep", width: 4, keepingIndentation: true, lines: ["deep"],
      why: "indentation wider than the line is dropped"),
    Case(text: "a b", width: 0, lines: ["a", "b"], why: "width 0 counts as 1"),
    Case(
      text: "no\u{A0}break here", width: 8, lines: ["no\u{A0}break", "here"], why: "a no-break space does not break"),
  ]

  @Test(arguments: asciiCases + wideCases) func wraps(_ c: Case) {
    #expect(c.text.wrapped(toWidth: c.width, keepingIndentation: c.keepingIndentation) == c.lines)
  }

  /// However the text is cut, no line is wider than the width unless it holds one character, and the
  /// words come out in order.
  @Test(arguments: [1, 2, 3, 5, 8, 13, 21]) func linesFitAndKeepTheWords(width: Int) {
    let text = "김민준 <minjun@example.com> 님이 S3 인터페이스 엔드포인트를 만들었습니다 👍 supercalifragilistic"
    let lines = text.wrapped(toWidth: width)
    for line in lines {
      #expect(line.displayWidth <= width || line.count == 1, "\(line) at width \(width)")
    }
    let rejoined = lines.joined(separator: " ").split(separator: " ").joined()
    #expect(rejoined == text.split(separator: " ").joined())
  }
}
