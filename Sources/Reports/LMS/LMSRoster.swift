import Labs

/// The class list an instructor exports from their LMS: which learner (by e-mail) is which LMS user.
///
/// A CSV file with a header row naming its columns in any order, case and spacing aside: `email`
/// (required; also `e-mail`, `email address`), and optionally `name` (or `student`), `id` (the LMS
/// user id, Canvas's `ID`), `sis user id`, `sis login id`, `section`. Other columns are ignored, so a
/// Canvas or Moodle export with an e-mail column added can be given as it is.
public struct LMSRoster: Sendable, Equatable {
  /// One learner of the roster.
  public struct Entry: Sendable, Equatable {
    /// The line of the file it is on (1-based).
    public var line: Int
    /// The e-mail as the roster spells it (Moodle matches it case-sensitively).
    public var email: String
    /// The name the LMS knows the learner by; empty when the roster has none.
    public var name: String
    /// The LMS's user id (Canvas's `ID`); the other fields are empty when the roster lacks them.
    public var id: String
    public var sisUserID: String
    public var sisLoginID: String
    public var section: String
  }

  /// The file's path, for messages.
  public var path: String
  /// The learners, in the file's order.
  public var entries: [Entry]
  private var byEmail: [String: Int]

  /// The entry of the learner with `email` (case and surrounding spaces aside).
  public func entry(forEmail email: String) -> Entry? {
    byEmail[VariantSeed.canonical(email)].map { entries[$0] }
  }

  enum Column: String, CaseIterable {
    case email, name, id
    case sisUserID = "sis_user_id"
    case sisLoginID = "sis_login_id"
    case section

    static func named(_ header: String) -> Column? {
      let words = header.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" || $0 == "\t" })
      switch words.joined(separator: "_") {
      case "email", "e_mail", "email_address", "e_mail_address": return .email
      case "name", "student", "full_name": return .name
      case "id", "user_id", "lms_id", "canvas_id": return .id
      case "sis_user_id": return .sisUserID
      case "sis_login_id": return .sisLoginID
      case "section", "sections": return .section
      default: return nil
      }
    }
  }

  /// Reads the roster in `text` (from `path`); every problem found is reported, each with its line.
  public static func parse(_ text: String, path: String) -> Result<LMSRoster, LMSRosterErrors> {
    let rows: [CSVReader.Row]
    switch CSVReader.rows(text) {
    case .success(let read): rows = read
    case .failure(let problem): return .failure(LMSRosterErrors(path: path, problems: [problem]))
    }
    guard let header = rows.first else {
      return .failure(
        LMSRosterErrors(
          path: path,
          problems: [
            LMSRosterProblem(
              line: 1, message: "the roster is empty; its first row must name the columns, e.g. 'email,id,section'")
          ]))
    }
    var columns: [Column: Int] = [:]
    var problems: [LMSRosterProblem] = []
    for (index, name) in header.fields.enumerated() {
      guard let column = Column.named(name.trimmed) else { continue }
      if columns[column] != nil {
        problems.append(LMSRosterProblem(line: header.line, message: "the header names '\(column.rawValue)' twice"))
      }
      columns[column] = index
    }
    guard let emailColumn = columns[.email] else {
      problems.append(
        LMSRosterProblem(
          line: header.line,
          message:
            "the header names no e-mail column (it has: \(header.fields.joined(separator: ", "))); add one called 'email'"
        ))
      return .failure(LMSRosterErrors(path: path, problems: problems))
    }
    var entries: [Entry] = []
    var byEmail: [String: Int] = [:]
    var byID: [String: Int] = [:]
    for row in rows.dropFirst() {
      if row.fields.count != header.fields.count {
        let what = row.fields.count < header.fields.count ? "a column is missing" : "there is a column too many"
        problems.append(
          LMSRosterProblem(
            line: row.line,
            message: "has \(row.fields.count) fields but the header has \(header.fields.count): \(what)"))
        continue
      }
      func value(_ column: Column) -> String { columns[column].map { row.fields[$0].trimmed } ?? "" }
      let email = row.fields[emailColumn].trimmed
      guard Self.looksLikeEmail(email) else {
        problems.append(
          LMSRosterProblem(
            line: row.line,
            message: email.isEmpty ? "has no e-mail address" : "'\(email)' is not an e-mail address"))
        continue
      }
      let key = VariantSeed.canonical(email)
      if let first = byEmail[key] {
        problems.append(
          LMSRosterProblem(
            line: row.line,
            message: "the e-mail \(email) is already on line \(entries[first].line); keep one row per learner"))
        continue
      }
      let id = value(.id)
      if !id.isEmpty, let first = byID[id] {
        problems.append(
          LMSRosterProblem(
            line: row.line,
            message: "the id \(id) is already on line \(entries[first].line), for \(entries[first].email)"))
        continue
      }
      byEmail[key] = entries.count
      if !id.isEmpty { byID[id] = entries.count }
      entries.append(
        Entry(
          line: row.line, email: email, name: value(.name), id: id, sisUserID: value(.sisUserID),
          sisLoginID: value(.sisLoginID), section: value(.section)))
    }
    if entries.isEmpty && problems.isEmpty {
      problems.append(LMSRosterProblem(line: header.line, message: "the roster has a header but no learners"))
    }
    guard problems.isEmpty else { return .failure(LMSRosterErrors(path: path, problems: problems)) }
    return .success(LMSRoster(path: path, entries: entries, byEmail: byEmail))
  }

  /// One `@` with text on both sides and no spaces: enough to catch a shifted column.
  static func looksLikeEmail(_ text: String) -> Bool {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(where: \.isWhitespace)
  }
}

/// One problem of a roster file, at a line.
public struct LMSRosterProblem: Error, Sendable, Equatable {
  /// The line it is on (1-based).
  public var line: Int
  /// What is wrong and how to fix it.
  public var message: String
}

/// Every problem of a roster file, rendered `FILE:LINE: message`, one a line.
public struct LMSRosterErrors: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var problems: [LMSRosterProblem]

  public var description: String {
    problems.map { "\(path):\($0.line): \($0.message)" }.joined(separator: "\n")
  }
}

extension String {
  /// Without spaces, tabs and line breaks at either end.
  var trimmed: String {
    var view = Substring(self)
    while let first = view.first, first.isWhitespace { view = view.dropFirst() }
    while let last = view.last, last.isWhitespace { view = view.dropLast() }
    return String(view)
  }
}
