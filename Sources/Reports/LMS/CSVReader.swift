/// Rows of a CSV file as spreadsheets save them: RFC 4180 quoting, CRLF or LF line ends, a UTF-8
/// byte-order mark at the start ignored, blank lines skipped.
enum CSVReader {
  /// A row and the line it starts on (1-based).
  struct Row: Equatable {
    var line: Int
    var fields: [String]
  }

  /// The rows of `text`, or the line of a quote that is never closed.
  static func rows(_ text: String) -> Result<[Row], LMSRosterProblem> {
    var scalars = Substring(text).unicodeScalars[...]
    if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
    var rows: [Row] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var quoted = false
    var line = 1
    var rowLine = 1
    var quoteLine = 1
    var index = scalars.startIndex
    func endField() {
      fields.append(String(field))
      field = String.UnicodeScalarView()
    }
    func endRow() {
      endField()
      if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
      fields = []
    }
    while index < scalars.endIndex {
      let scalar = scalars[index]
      index = scalars.index(after: index)
      if quoted {
        if scalar == "\"" {
          if index < scalars.endIndex, scalars[index] == "\"" {
            field.append("\"")
            index = scalars.index(after: index)
          } else {
            quoted = false
          }
        } else {
          if scalar == "\n" { line += 1 }
          field.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where field.isEmpty:
        quoted = true
        quoteLine = line
      case ",":
        endField()
      case "\r", "\n":
        if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
        endRow()
        line += 1
        rowLine = line
      default:
        field.append(scalar)
      }
    }
    if quoted { return .failure(LMSRosterProblem(line: quoteLine, message: "a quoted field is never closed")) }
    endRow()
    return .success(rows)
  }
}
