import Foundation
import Testing

@testable import Labs
@testable import Reports

/// The LMS formats, field by field against what their importers read (docs/grading.md, "Grades for
/// your LMS"). Sources: Canvas's `GradebookImporter` and its documented minimal file; Moodle's
/// "Grade import" page (docs.moodle.org/311/en/Grade_import: map "Email address" to `useremail`,
/// addresses compared case-sensitively); Gradescope's "Autograder Specifications"
/// (gradescope-autograders.readthedocs.io/en/latest/specs/, the `results.json` example).
@Suite struct LMSExportTests {
  let report = GradeReportSample.report
  static let roster = try! LMSRoster.parse(
    "email,name,id,sis user id,sis login id,section\n"
      + "Ada@Example.org,\"Lovelace, Ada\",1001,S-1,ada,Section A\n" + "bob@example.org,,1002,S-2,bob,Section B\n",
    path: "roster.csv"
  ).get()

  func export(_ format: ReportFormat, roster: LMSRoster? = LMSExportTests.roster, report: GradeReport? = nil) throws
    -> LMSExport
  {
    try LMSExport.render(report ?? self.report, as: format, roster: roster).get()
  }

  // Canvas's documented minimal file: `Student,ID,SIS User ID,SIS Login ID,Section,Interface endpoints (1234)`,
  // then `Points Possible,,,,,100`, then one row per student.
  @Test func canvasHasTheRequiredLeadingColumnsAPointsRowAndOneColumnPerLab() throws {
    let export = try export(.canvas)
    let rows = try CSVParse.rows(export.text)
    #expect(rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "V1: reaching S3 & friends"])
    #expect(rows[0][0].contains("Student") && rows[0][1].contains("ID") && rows[0].count > 3)
    #expect(rows[1] == ["Points Possible", "", "", "", "", "30"])
    #expect(rows[2] == ["Lovelace, Ada", "1001", "S-1", "ada", "Section A", "30"])
    // The roster names Bob without a name: the workspace's name, guarded.
    #expect(rows[3] == ["Bob <script>", "1002", "S-2", "bob", "Section B", "20"])
    #expect(rows.count == 4)
    #expect(rows.allSatisfy { $0.count == 6 })
    #expect(
      export.missingFromRoster == [
        "Zoë \"Z\" Ng <zoe@example.org> (/class/zoe)", "Zoë \"Z\" Ng <zoe@example.org> (/class/zoe, second)",
      ])
    #expect(export.notes.count == 1 && export.notes[0].contains("flagged"))
    #expect(export.text.hasSuffix("\r\n") && !export.text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
  }

  @Test func canvasWithoutARosterKeepsEveryLearnerAndTheirBestAttempt() throws {
    let export = try export(.canvas, roster: nil)
    let rows = try CSVParse.rows(export.text)
    #expect(rows.dropFirst(2).map { $0[0] } == ["Ada Lovelace", "Bob <script>", "Zoë \"Z\" Ng"])
    // Zoë has two attempts: 10 and 30 points.
    #expect(rows[4] == ["Zoë \"Z\" Ng", "", "", "", "", "30"])
    #expect(export.missingFromRoster == [])
    #expect(export.notes.contains { $0.contains("by name only") })
  }

  @Test func moodleIsKeyedByTheRostersSpellingOfTheEmail() throws {
    let export = try export(.moodle)
    let rows = try CSVParse.rows(export.text)
    #expect(rows[0] == ["email", "V1: reaching S3 & friends", "V1: reaching S3 & friends feedback"])
    #expect(rows[1][0] == "Ada@Example.org")
    #expect(rows[1][1] == "30")
    #expect(rows[1][2].hasPrefix("V1: reaching S3 & friends: 3 of 3 steps passed, 30/30 points"))
    #expect(rows[1][2].contains("of simulated time"))
    #expect(rows[2][0] == "bob@example.org")
    #expect(rows[2][1] == "20")
    #expect(rows[2][2].contains("Stopped at step 3"))
    #expect(rows.count == 3)
    // Plain whole numbers: no decimal commas for Moodle to misread.
    #expect(rows.dropFirst().allSatisfy { Int($0[1]) != nil })
  }

  // Gradescope's autograder specification: `score`, `output`, `visibility`, `stdout_visibility`,
  // `extra_data`, `tests[]` with `name`, `score`, `max_score`, `output`, `visibility`, `number`.
  @Test func gradescopeWritesOneSubmissionsResultsAsSpecified() throws {
    let bob = report.grades.first { $0.learnerEmail == "bob@example.org" }!
    let single = GradeReport(grades: [bob], ungraded: [])
    let export = try export(.gradescope, report: single)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(export.text.utf8)) as? [String: Any])
    let documented: Set<String> = [
      "score", "execution_time", "output", "visibility", "stdout_visibility", "extra_data", "tests",
    ]
    #expect(Set(object.keys).isSubset(of: documented))
    #expect(object["score"] as? Int == 20)
    #expect(object["visibility"] as? String == "visible")
    let tests = try #require(object["tests"] as? [[String: Any]])
    #expect(tests.count == 4)
    let visibilities: Set<String> = ["visible", "hidden", "after_due_date", "after_published"]
    for test in tests {
      #expect(Set(test.keys).isSubset(of: ["name", "score", "max_score", "output", "visibility", "tags", "number"]))
      #expect(test["name"] is String && test["score"] is Int && test["max_score"] is Int && test["output"] is String)
      #expect(visibilities.contains(test["visibility"] as? String ?? ""))
    }
    #expect(tests[0]["name"] as? String == "1. Step 0 <b>\"quoted\", with commas</b>")
    #expect(tests[0]["score"] as? Int == 10 && tests[0]["max_score"] as? Int == 10)
    #expect(
      tests[2]["score"] as? Int == 0 && tests[2]["output"] as? String == "Not passed: the attempt ends on this step.")
    // The steps' scores add up to the score; the findings are a hidden test worth nothing.
    #expect(tests.compactMap { $0["score"] as? Int }.reduce(0, +) == 20)
    #expect(tests[3]["visibility"] as? String == "hidden" && tests[3]["max_score"] as? Int == 0)
    #expect((tests[3]["output"] as? String)?.contains("output-not-reproduced") == true)
    let extra = try #require(object["extra_data"] as? [String: Any])
    #expect(extra["seed"] as? String == "18446744073709551615")
  }

  @Test func gradescopeRefusesMoreThanOneSubmission() {
    #expect(throws: LMSExportError.notOneSubmission(graded: 4)) {
      try LMSExport.render(report, as: .gradescope, roster: nil).get()
    }
  }

  @Test(arguments: [
    ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
    ("+1", "'+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\tTab", "'\tTab"), ("\rcr", "\"'\rcr\""),
    ("Ada", "Ada"), ("a=b", "a=b"), ("", ""),
  ])
  func textCellsThatWouldBeFormulasStayText(text: String, written: String) {
    #expect(SpreadsheetCell.text(text) == written)
  }

  @Test(arguments: [ReportFormat.canvas, .moodle, .csv])
  func aLearnerNamedLikeAFormulaIsGuardedInEveryCSV(format: ReportFormat) throws {
    var grade = GradeReportSample.grade("=cmd|'/c calc'!A1", "@evil@example.org", path: "/class/evil", passed: 1)
    grade.labTitle = "+lab"
    let report = GradeReport(grades: [grade], ungraded: [])
    let text =
      format.isLMS
      ? try LMSExport.render(report, as: format, roster: nil).get().text
      : GradeReportRenderer.render(report, as: format)
    for row in try CSVParse.rows(text) {
      for cell in row { #expect(!(cell.first.map { "=+-@\t\r".contains($0) } ?? false), "\(cell)") }
    }
  }
}
