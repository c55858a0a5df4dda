import Testing

@testable import Reports

@Suite struct LMSRosterTests {
  @Test func aSpreadsheetsExportWithABOMAndCRLFLineEndsReads() throws {
    let text =
      "\u{FEFF}Student,ID,SIS User ID,SIS Login ID,Section,E-mail\r\n"
      + "\"Lovelace, Ada\",1001,S-1,ada,Section A,Ada@Example.org\r\n"
      + "Bob Ng,1002,,,Section B,bob@example.org\r\n\r\n"
    let roster = try LMSRoster.parse(text, path: "roster.csv").get()
    #expect(roster.entries.count == 2)
    let ada = try #require(roster.entry(forEmail: " ada@example.org"))
    #expect(ada.email == "Ada@Example.org")
    #expect(ada.name == "Lovelace, Ada")
    #expect(ada.id == "1001")
    #expect(ada.sisUserID == "S-1")
    #expect(ada.sisLoginID == "ada")
    #expect(ada.section == "Section A")
    #expect(roster.entry(forEmail: "bob@example.org")?.line == 3)
    #expect(roster.entry(forEmail: "cy@example.org") == nil)
  }

  @Test(arguments: [
    ("email,id\nada@example.org\n", "roster.csv:2: has 1 fields but the header has 2: a column is missing"),
    (
      "email,id\nada@example.org,1,extra\n",
      "roster.csv:2: has 3 fields but the header has 2: there is a column too many"
    ),
    (
      "email,id\r\nada@example.org,1\r\nADA@example.org,2\r\n",
      "roster.csv:3: the e-mail ADA@example.org is already on line 2; keep one row per learner"
    ),
    (
      "email,id\nada@example.org,7\nbob@example.org,7\n",
      "roster.csv:3: the id 7 is already on line 2, for ada@example.org"
    ),
    ("email,id\nLovelace Ada,1\n", "roster.csv:2: 'Lovelace Ada' is not an e-mail address"),
    ("email,id\n,1\n", "roster.csv:2: has no e-mail address"),
    ("name,id\nAda,1\n", "roster.csv:1: the header names no e-mail column (it has: name, id); add one called 'email'"),
    ("email,name\n\"ada@example.org,Ada\n", "roster.csv:2: a quoted field is never closed"),
    ("", "roster.csv:1: the roster is empty; its first row must name the columns, e.g. 'email,id,section'"),
    ("email\n", "roster.csv:1: the roster has a header but no learners"),
  ])
  func aMalformedRosterSaysWhereAndWhat(text: String, message: String) {
    guard case .failure(let errors) = LMSRoster.parse(text, path: "roster.csv") else {
      Issue.record("parsed: \(text.debugDescription)")
      return
    }
    #expect(errors.description == message)
  }

  @Test func everyProblemIsReportedAtOnce() {
    let text = "email,id\nada@example.org\nbob\ncy@example.org,3\ncy@example.org,4\n"
    guard case .failure(let errors) = LMSRoster.parse(text, path: "r.csv") else {
      Issue.record("parsed")
      return
    }
    #expect(errors.problems.map(\.line) == [2, 3, 5])
  }
}
