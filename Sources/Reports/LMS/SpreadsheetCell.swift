/// One cell of a CSV file a spreadsheet or an LMS will open, written so it cannot turn into a formula.
///
/// Excel and LibreOffice run a cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return as
/// a formula (OWASP "CSV injection"); such text is prefixed with `'` so it stays text. Numbers are
/// written as numbers and never prefixed.
enum SpreadsheetCell {
  /// The characters that make a cell a formula when they come first.
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// Text, guarded and quoted as RFC 4180 needs.
  static func text(_ value: String) -> String {
    var safe = value
    if let first = value.first, formulaStarts.contains(first) { safe = "'" + value }
    return quoted(safe)
  }

  /// A whole number.
  static func number(_ value: Int) -> String { String(value) }

  /// Quotes a field holding a comma, quote or line break, doubling quotes inside.
  static func quoted(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
      return text
    }
    return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
  }

  /// Rows of cells already written, with CRLF line ends.
  static func file(_ rows: [[String]]) -> String {
    rows.map { $0.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
  }
}
