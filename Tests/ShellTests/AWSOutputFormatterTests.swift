import Cloud
import Testing

@testable import Shell

/// Hand-written responses that reach the corners of awscli's text and table layouts (mixed lists,
/// missing keys, wide rows turned vertical, double-width characters, formatter crashes), each
/// compared whole with what awscli's own formatters print.
@Suite struct AWSOutputFormatterTests {
  @Test(arguments: AWSFormatterCases.all)
  func json(_ testCase: AWSFormatterCase) throws {
    let value = try JSONValue.parse(testCase.input)
    #expect(AWSOutputFormat.render(value, format: .json, operationName: testCase.operation) == testCase.json)
  }

  @Test(arguments: AWSFormatterCases.all)
  func text(_ testCase: AWSFormatterCase) throws {
    let value = try JSONValue.parse(testCase.input)
    let rendered = AWSOutputFormat.renderResult(value, format: .text, operationName: testCase.operation)
    #expect(rendered.stdout == testCase.text)
    #expect(rendered.stderr == testCase.textError.map { "\n\($0)\n" } ?? "")
    #expect(rendered.status == (testCase.textError == nil ? 0 : 255))
  }

  @Test(arguments: AWSFormatterCases.all)
  func table(_ testCase: AWSFormatterCase) throws {
    let value = try JSONValue.parse(testCase.input)
    let rendered = AWSOutputFormat.renderResult(value, format: .table, operationName: testCase.operation)
    #expect(rendered.stdout == testCase.table)
    #expect(rendered.stderr == testCase.tableError.map { "\n\($0)\n" } ?? "")
  }

  /// Expected outputs from awscli's `TableFormatter` with its terminal width set to 200 and left at 80.
  @Test func aWiderTerminalKeepsWideRowsHorizontal() throws {
    let value: JSONValue = [
      "Alpha": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Beta": "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
    ]
    let narrow = AWSOutputFormat.renderResult(value, format: .table, operationName: "Op").stdout
    let wide = AWSOutputFormat.renderResult(value, format: .table, operationName: "Op", terminalWidth: 200).stdout
    #expect(narrow.split(separator: "\n").count == 6)
    #expect(
      wide == """
        ---------------------------------------------------------------------------------------------
        |                                            Op                                             |
        +------------------------------------------+------------------------------------------------+
        |                   Alpha                  |                     Beta                       |
        +------------------------------------------+------------------------------------------------+
        |  aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa |  bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb  |
        +------------------------------------------+------------------------------------------------+

        """)
  }
}
