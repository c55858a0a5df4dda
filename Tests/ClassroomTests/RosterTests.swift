import Testing

@testable import Classroom

/// Rosters as spreadsheets save them, and the mistakes instructors make in them.
@Suite struct RosterTests {
  @Test func aSpreadsheetExportWithBOMCRLFAndQuotesParses() throws {
    let text =
      "\u{FEFF}Name,Email,Section\r\n\"Kim, Minsu\",Minsu.Kim@Example.com,A\r\n\r\nLee Jiwoo , jiwoo.lee@example.com ,B\r\n"
    let roster = try Roster.parse(text).get()
    #expect(
      roster.learners == [
        Roster.Learner(email: "Minsu.Kim@Example.com", name: "Kim, Minsu", key: "minsu.kim@example.com"),
        Roster.Learner(email: "jiwoo.lee@example.com", name: "Lee Jiwoo", key: "jiwoo.lee@example.com"),
      ])
  }

  @Test func anEmailColumnAloneWillDoAndTheNameComesFromTheAddress() throws {
    let roster = try Roster.parse("email\nhana@example.com\n").get()
    #expect(roster.learners.map(\.name) == ["hana"])
  }

  @Test func aQuotedFieldMayHoldALineBreakAndQuotes() throws {
    let roster = try Roster.parse("email,name,note\na@example.com,A,\"two\nlines \"\"quoted\"\"\"\nb@example.com,B,x\n")
      .get()
    #expect(roster.learners.map(\.key) == ["a@example.com", "b@example.com"])
  }

  struct Bad: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let problems: [String]
    var testDescription: String { name }
  }

  static let bad: [Bad] = [
    Bad(
      name: "empty file", text: "",
      problems: ["the roster is empty; its first line must name the columns, e.g. 'name,email'"]),
    Bad(name: "header only", text: "name,email\r\n", problems: ["the roster names no learner below its header"]),
    Bad(
      name: "no email column", text: "name,mail\nKim,k@example.com\n",
      problems: ["line 1: the header names no 'email' column (it has: name, mail); add one"]),
    Bad(
      name: "duplicate e-mail in another case", text: "email\na@example.com\nb@example.com\nA@Example.com\n",
      problems: ["line 4: 'A@Example.com' is already on line 2; each learner once"]),
    Bad(
      name: "a missing cell", text: "name,email\nKim\nLee,\n",
      problems: ["line 2: no e-mail in the 'email' column", "line 3: no e-mail in the 'email' column"]),
    Bad(
      name: "a path for an address", text: "email\n../../etc/passwd@example.com\n",
      problems: [
        "line 2: '../../etc/passwd@example.com' is not an e-mail address labrun can use: only letters, digits and . _ % + - may come before the '@'"
      ]),
    Bad(
      name: "parent folder by dots", text: "email\n..@example.com\n",
      problems: [
        "line 2: '..@example.com' is not an e-mail address labrun can use: it starts with a dot, has '..', or its domain has no dot"
      ]),
    Bad(
      name: "no at sign", text: "email\nminsu\n",
      problems: ["line 2: 'minsu' is not an e-mail address labrun can use: it needs one '@' with text on both sides"]),
    Bad(
      name: "a slash in the domain", text: "email\na@example.com/x\n",
      problems: [
        "line 2: 'a@example.com/x' is not an e-mail address labrun can use: only letters, digits, '.' and '-' may follow the '@'"
      ]),
    Bad(
      name: "an unclosed quote", text: "email,name\na@example.com,\"Kim\n",
      problems: ["line 2: a quoted field is never closed"]),
    Bad(
      name: "a name that would break git's identity", text: "email,name\na@example.com,Kim <x>\n",
      problems: ["line 2: the name of 'a@example.com' has a line break or '<' or '>'"]),
  ]

  @Test(arguments: bad) func badRostersAreRefusedWithEveryProblemAndItsLine(_ example: Bad) {
    switch Roster.parse(example.text) {
    case .success(let roster): Issue.record("parsed: \(roster)")
    case .failure(let found): #expect(found.all.map(\.description) == example.problems)
    }
  }
}
