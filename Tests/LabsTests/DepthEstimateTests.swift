import Testing

@testable import Labs

/// `LabYAML.depthProblem`: where a text first nests deeper than 100 levels, counted from its
/// indentation, `- ` entries and open flow brackets, and never from comments or quoted text.
@Suite struct DepthEstimateTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    /// Line and column (in characters) of the report; nil when the text is within the limit.
    let at: (line: Int, column: Int)?
    var testDescription: String { name }
  }

  static func brackets(_ count: Int) -> String { String(repeating: "[", count: count) }

  static let cases: [Case] = [
    Case(name: "101 open brackets", text: "k: " + brackets(101), at: (1, 104)),
    Case(name: "100 open brackets", text: "k: " + brackets(100), at: nil),
    Case(name: "brackets that close", text: "k: " + String(repeating: "[]", count: 500), at: nil),
    Case(name: "brackets in a comment", text: "k: 1 # " + brackets(200) + "\nj: 2\n", at: nil),
    Case(name: "a # inside a word opens no comment", text: "k: a#" + brackets(101), at: (1, 106)),
    Case(name: "a comment ends with its line", text: "# " + brackets(200) + "\nk: " + brackets(101), at: (2, 104)),
    Case(name: "brackets in single quotes", text: "k: '" + brackets(200) + "'", at: nil),
    Case(name: "an escaped double quote", text: "k: \"a\\\"" + brackets(200) + "\"", at: nil),
    Case(name: "a backslash before the closing quote", text: "k: \"a\\\\\"" + brackets(200), at: nil),
    Case(name: "an apostrophe in a word", text: "k: don't " + brackets(101), at: (1, 110)),
    Case(name: "after a quote closes", text: "k: 'x' " + brackets(101), at: (1, 108)),
    Case(
      name: "indentation inside a quoted scalar", text: "k: '\n" + String(repeating: " ", count: 300) + "x'\n", at: nil),
    Case(
      name: "202 columns of indentation", text: "a: 1\n" + String(repeating: " ", count: 202) + "k: 1\n", at: (2, 202)),
    Case(name: "200 columns of indentation", text: "a: 1\n" + String(repeating: " ", count: 200) + "k: 1\n", at: nil),
    Case(name: "CRLF line breaks", text: "a: 1\r\n" + String(repeating: " ", count: 202) + "k: 1\r\n", at: (2, 202)),
    Case(name: "a lone carriage return", text: "a: 1\r" + brackets(101), at: (1, 106)),
    Case(name: "sequence entries", text: String(repeating: "- ", count: 101) + "x", at: (1, 202)),
    Case(name: "tabs", text: String(repeating: "\t", count: 202) + "k", at: (1, 202)),
    Case(name: "question marks", text: String(repeating: "?", count: 202) + " k", at: (1, 202)),
    Case(
      name: "indentation and brackets together", text: String(repeating: " ", count: 100) + "k: " + brackets(51),
      at: (1, 154)),
    Case(name: "Korean before the brackets", text: "k: 가 " + brackets(101), at: (1, 106)),
    Case(
      name: "a line break resets the indentation",
      text: String(repeating: " ", count: 150) + "a\n" + String(repeating: " ", count: 150) + "b\n", at: nil),
    Case(name: "flow brackets span lines", text: "k: " + brackets(60) + "\n  " + brackets(41), at: (2, 42)),
    Case(name: "empty", text: "", at: nil),
  ]

  @Test(arguments: cases) func reportsTheFirstPlaceTooDeep(_ c: Case) {
    let problem = LabYAML.depthProblem(c.text, file: "lab.yaml")
    #expect(problem.map { [$0.line, $0.column] } == c.at.map { [$0.line, $0.column] })
    if let problem {
      #expect(problem.message == "nested more than 100 levels deep; labrun reads lab files up to that depth")
    }
  }
}
