/// Rows of a CSV file as RFC 4180 writes them, with spreadsheet leniency: CRLF or LF line ends,
/// blank lines skipped, unquoted fields trimmed of spaces.
enum CSVRows {
  /// The non-blank rows with their first line numbers; an unclosed quote is a problem at its line.
  static func split(_ text: Substring) -> Result<[(line: Int, fields: [String])], Roster.Problem> {
    var rows: [(line: Int, fields: [String])] = []
    var fields: [String] = []
    var field = ""
    var quoted = false
    var wasQuoted = false
    var line = 1
    var rowLine = 1
    var quoteLine = 1
    var characters = text.makeIterator()
    var lookahead: Character?
    func endField() {
      fields.append(wasQuoted ? field : field.trimmingSpaces())
      field = ""
      wasQuoted = false
    }
    while let character = lookahead ?? characters.next() {
      lookahead = nil
      if quoted {
        if character == "\"" {
          let next = characters.next()
          if next == "\"" {
            field.append("\"")
          } else {
            quoted = false
            lookahead = next
          }
        } else {
          if character.isNewline { line += 1 }
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"" where field.allSatisfy({ $0 == " " }):
        field = ""
        quoted = true
        wasQuoted = true
        quoteLine = line
      case ",":
        endField()
      case "\n", "\r\n", "\r":
        endField()
        if !(fields.count == 1 && fields[0].isEmpty) { rows.append((rowLine, fields)) }
        fields = []
        line += 1
        rowLine = line
      default:
        field.append(character)
      }
    }
    if quoted { return .failure(Roster.Problem(line: quoteLine, message: "a quoted field is never closed")) }
    endField()
    if !(fields.count == 1 && fields[0].isEmpty) { rows.append((rowLine, fields)) }
    return .success(rows)
  }
}

extension String {
  /// The text without spaces and tabs at either end.
  func trimmingSpaces() -> String {
    var view = Substring(self)
    while let first = view.first, first == " " || first == "\t" { view = view.dropFirst() }
    while let last = view.last, last == " " || last == "\t" { view = view.dropLast() }
    return String(view)
  }
}
