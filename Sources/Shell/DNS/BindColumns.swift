/// Lays out resource records the way bind 9.18's `dig` does: tab stops every 8 columns, with the
/// TTL at column 24, the class at 32, the type at 40 and the data at 48.
///
/// The rule is bind's `indent()` from `masterdump.c`: move to the target column with tabs (and
/// spaces for the remainder), but always at least one column, so a long owner name gets a single
/// space — or a tab when that one step crosses a tab stop. Verified against dig on loopback with
/// names of 8, 13, 32, 36, 40, 43 and 76 characters (DNSFormatNotes.md).
enum BindColumns {
  static let tabWidth = 8
  static let ttl = 24
  static let recordClass = 32
  static let type = 40
  static let data = 48

  /// A record line: `owner TTL IN TYPE data`.
  static func record(owner: String, ttl: UInt32, type: String, data: String) -> String {
    var line = owner
    var column = owner.count
    append(String(ttl), at: Self.ttl, to: &line, column: &column)
    append("IN", at: recordClass, to: &line, column: &column)
    append(type, at: Self.type, to: &line, column: &column)
    append(data, at: Self.data, to: &line, column: &column)
    return line
  }

  /// A question line: `;name IN TYPE`; the leading `;` does not count toward the columns.
  static func question(name: String, type: String) -> String {
    var line = name
    var column = name.count
    append("IN", at: recordClass, to: &line, column: &column)
    append(type, at: Self.type, to: &line, column: &column)
    return ";" + line
  }

  private static func append(_ text: String, at target: Int, to line: inout String, column: inout Int) {
    let to = max(target, column + 1)
    var from = column
    let tabs = to / tabWidth - from / tabWidth
    if tabs > 0 {
      line += String(repeating: "\t", count: tabs)
      from = (to / tabWidth) * tabWidth
    }
    line += String(repeating: " ", count: to - from)
    line += text
    column = to + text.count
  }
}
