/// The learners of a class, read from the instructor's CSV file.
///
/// The file has a header row naming its columns, in any order: `email` (required) and `name`
/// (optional; the e-mail's local part stands in). Other columns (a section, a student number) are
/// kept out of labrun's way and ignored. Spreadsheets' habits are accepted: a UTF-8 byte-order
/// mark, CRLF line ends, quoted fields with `""` inside, blank lines, spaces around a field.
public struct Roster: Sendable, Equatable {
  /// One learner of the class.
  public struct Learner: Sendable, Equatable {
    /// The e-mail as the roster writes it, for links and the dashboard.
    public var email: String
    /// The name shown and recorded in the learner's workspaces.
    public var name: String
    /// The e-mail in lower case: the learner's key and the name of their folder.
    public var key: String
  }

  /// The learners, in the roster's order.
  public private(set) var learners: [Learner]

  /// A roster of `learners` as they are (tests and tools that built them).
  public init(learners: [Learner]) {
    self.learners = learners
  }

  /// What is wrong with a roster file, with its line.
  public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The 1-based line of the file, 0 for the file as a whole.
    public var line: Int
    public var message: String

    public var description: String { line == 0 ? message : "line \(line): \(message)" }
  }

  /// Every problem of a roster file, in line order.
  public struct Problems: Error, Equatable, Sendable {
    public var all: [Problem]
  }

  /// Parses `text`; every problem found is reported at once, so one fix-up pass mends the file.
  public static func parse(_ text: String) -> Result<Roster, Problems> {
    var body = Substring(text)
    if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
    let rows: [(line: Int, fields: [String])]
    switch CSVRows.split(body) {
    case .success(let split): rows = split
    case .failure(let problem): return .failure(Problems(all: [problem]))
    }
    guard let header = rows.first else {
      return .failure(
        Problems(all: [
          Problem(line: 0, message: "the roster is empty; its first line must name the columns, e.g. 'name,email'")
        ]))
    }
    let columns = header.fields.map { $0.lowercased() }
    guard let emailColumn = columns.firstIndex(where: { $0 == "email" || $0 == "e-mail" }) else {
      return .failure(
        Problems(all: [
          Problem(
            line: header.line,
            message: "the header names no 'email' column (it has: \(header.fields.joined(separator: ", "))); add one")
        ]))
    }
    let nameColumn = columns.firstIndex(of: "name")
    var problems: [Problem] = []
    var learners: [Learner] = []
    var seen: [String: Int] = [:]
    for row in rows.dropFirst() {
      guard emailColumn < row.fields.count, !row.fields[emailColumn].isEmpty else {
        problems.append(Problem(line: row.line, message: "no e-mail in the '\(header.fields[emailColumn])' column"))
        continue
      }
      let email = row.fields[emailColumn]
      let key = email.lowercased()
      if let reason = LearnerKey.problem(with: key) {
        problems.append(
          Problem(line: row.line, message: "'\(email)' is not an e-mail address labrun can use: \(reason)"))
        continue
      }
      if let first = seen[key] {
        problems.append(Problem(line: row.line, message: "'\(email)' is already on line \(first); each learner once"))
        continue
      }
      seen[key] = row.line
      var name = nameColumn.flatMap { $0 < row.fields.count ? row.fields[$0] : nil } ?? ""
      if name.isEmpty { name = String(email.prefix(while: { $0 != "@" })) }
      if name.contains(where: { $0.isNewline || $0 == "<" || $0 == ">" }) {
        problems.append(Problem(line: row.line, message: "the name of '\(email)' has a line break or '<' or '>'"))
        continue
      }
      learners.append(Learner(email: email, name: name, key: key))
    }
    if problems.isEmpty && learners.isEmpty {
      problems.append(Problem(line: 0, message: "the roster names no learner below its header"))
    }
    return problems.isEmpty ? .success(Roster(learners: learners)) : .failure(Problems(all: problems))
  }

  /// The learner whose key is `key`.
  public func learner(key: String) -> Learner? {
    learners.first { $0.key == key }
  }
}

/// Which e-mail addresses may name a learner's folder under the data folder.
///
/// The key becomes a directory name, so it is held to a plain address: letters, digits and
/// `. _ % + -` before one `@`, a domain of letters, digits, `.` and `-`; no leading dot, no `..`,
/// nothing that a path could read as a separator or a parent.
public enum LearnerKey {
  /// Why `key` cannot be used, or nil when it can.
  public static func problem(with key: String) -> String? {
    let parts = key.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
      return "it needs one '@' with text on both sides"
    }
    guard key.utf8.count <= 254 else { return "it is longer than 254 bytes" }
    let local = Set("abcdefghijklmnopqrstuvwxyz0123456789._%+-")
    let domain = Set("abcdefghijklmnopqrstuvwxyz0123456789.-")
    guard parts[0].allSatisfy(local.contains) else {
      return "only letters, digits and . _ % + - may come before the '@'"
    }
    guard parts[1].allSatisfy(domain.contains) else { return "only letters, digits, '.' and '-' may follow the '@'" }
    guard !key.hasPrefix("."), !key.contains(".."), parts[1].contains(".") else {
      return "it starts with a dot, has '..', or its domain has no dot"
    }
    return nil
  }
}
