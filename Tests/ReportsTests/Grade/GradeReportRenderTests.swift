import Foundation
import Testing

@testable import Cloud

@testable import Labs
@testable import Reports

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct GradeReportRenderTests {
  let report = GradeReportSample.report
  static let schemaPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/grade-report.schema.json")

  @Test(arguments: ReportFormat.allCases)
  func everyFormatIsDeterministicAndEndsWithALineBreak(format: ReportFormat) {
    let text = GradeReportRenderer.render(report, as: format)
    // The same class handed over in another order gives the same bytes: the report sorts, it does not
    // keep the order attempts were found in.
    let reordered = GradeReport(grades: Array(report.grades.reversed()), ungraded: Array(report.ungraded.reversed()))
    #expect(reordered.grades.map(\.path) == report.grades.map(\.path))
    #expect(text == GradeReportRenderer.render(reordered, as: format))
    // CSV ends in CRLF, which Swift counts as one character, so look at the last scalar.
    #expect(text.unicodeScalars.last == "\n")
  }

  @Test func csvHasAHeaderAndOneRowPerAttemptThatParses() throws {
    let rows = try CSVParse.rows(GradeReportRenderer.render(report, as: .csv))
    #expect(rows.count == 1 + 4 + 1)
    #expect(rows.allSatisfy { $0.count == CSVReport.columns.count })
    let header = rows[0]
    func column(_ name: String) -> Int { header.firstIndex(of: name)! }
    #expect(
      rows[1...].map { $0[column("path")] } == [
        "/class/ada", "/class/bob", "/class/zoe", "/class/zoe, second", "/class/broken",
      ])
    let zoe = rows[4]
    #expect(zoe[column("learner")] == "Zoë \"Z\" Ng")
    #expect(zoe[column("status")] == "not passed")
    #expect(zoe[column("steps_passed")] == "1")
    #expect(zoe[column("other_attempts")] == "/class/zoe")
    #expect(zoe[column("first_commit")] == "2026-09-21T14:13:20Z")
    let bob = rows[2]
    #expect(bob[column("findings")] == "2")
    #expect(bob[column("finding_kinds")] == "lab-changed output-not-reproduced")
    #expect(rows[5][column("status")] == "error")
    #expect(rows[5][column("error")] == "the git repository is damaged: <bad>")
  }

  @Test func jsonMatchesTheDocumentedSchema() throws {
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaPath)) as? [String: Any])
    let text = GradeReportRenderer.render(report, as: .json)
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    #expect(JSONSchemaCheck(root: schema).problems(value) == [])
    let object = try #require(value as? [String: Any])
    let learners = try #require(object["learners"] as? [[String: Any]])
    #expect(learners.count == 4)
    #expect(learners[0]["seed"] as? String == "18446744073709551615")
    #expect((object["summary"] as? [String: Any])?["findings"] as? Int == 2)
    #expect(object["exitStatus"] as? Int == 1)
  }

  /// The report is written member by member and learner by learner; the bytes must be those of
  /// the whole document as one sorted value in `jq .`'s layout, for a class and for an empty one.
  @Test(arguments: [GradeReportSample.report, GradeReport(grades: [], ungraded: [])])
  func jsonWrittenPieceByPieceIsTheWholeDocument(report: GradeReport) throws {
    let text = GradeReportRenderer.render(report, as: .json)
    #expect(try JSONValue.parse(text).rendered() == text)
    #expect(text.hasPrefix("{\n  \"exitStatus\": ") && text.hasSuffix("\n}\n"))
  }

  /// A class's JSON report is handed on in pieces of about `ReportSink.pieceSize` bytes as it is
  /// made; joined, they are the report `render` returns, and every other format comes whole.
  @Test func aLargeReportComesInPiecesThatJoinToTheReport() {
    var large = GradeReportSample.report
    large.grades = (0..<400).flatMap { n in
      GradeReportSample.report.grades.map { grade in
        var copy = grade
        copy.path += "-\(n)"
        return copy
      }
    }
    for format in [ReportFormat.json, .table, .csv, .junit, .html] {
      var pieces: [String] = []
      GradeReportRenderer.render(large, as: format) { pieces.append($0) }
      #expect(pieces.joined() == GradeReportRenderer.render(large, as: format), "\(format)")
      if format == .json {
        #expect(pieces.count > 3)
        #expect(pieces.dropLast().allSatisfy { $0.utf8.count >= ReportSink.pieceSize })
        #expect(pieces.allSatisfy { $0.utf8.count < ReportSink.pieceSize + 16 * 1024 })
      } else {
        #expect(pieces.count == 1, "\(format)")
      }
    }
  }

  @Test func theSchemaCheckerTellsBooleansFromNumbers() throws {
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data("[true, 1, 0, 2.5]".utf8)) as? [Any])
    #expect(parsed.map { JSONSchemaCheck.matches($0, "boolean") } == [true, false, false, false])
    #expect(parsed.map { JSONSchemaCheck.matches($0, "integer") } == [false, true, true, false])
  }

  @Test func theSchemaCheckerRejectsAReportThatDoesNotMatch() throws {
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaPath)) as? [String: Any])
    var value = try #require(
      try JSONSerialization.jsonObject(with: Data(GradeReportRenderer.render(report, as: .json).utf8)) as? [String: Any]
    )
    var learners = value["learners"] as! [[String: Any]]
    learners[0]["status"] = "maybe"
    learners[0].removeValue(forKey: "points")
    value["learners"] = learners
    value["extra"] = true
    let problems = JSONSchemaCheck(root: schema).problems(value)
    #expect(problems.count == 3)
  }

  @Test func junitIsValidXMLWithASuitePerLearnerAndACasePerStep() throws {
    let xml = GradeReportRenderer.render(report, as: .junit)
    let counter = JUnitCounter()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = counter
    #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    // Bob's attempt has findings: an `integrity` case with an error of its own.
    #expect(counter.root == ["name": "labrun grade", "tests": "14", "failures": "3", "errors": "2"])
    #expect(counter.suites.count == 5)
    #expect(counter.suites[1].name == "public-subnet: Bob <script> <bob@example.org>")
    #expect(counter.suites[1].cases == 4)
    #expect(counter.suites[1].errors == 1)
    #expect(counter.suites[1].failures == 1)
    #expect(counter.suites[1].attributes["failures"] == "1")
    #expect(counter.suites[1].attributes["tests"] == "4")
    #expect(counter.suites[4].errors == 1)
    #expect(counter.suites.map(\.cases).reduce(0, +) == 14)
    #expect(counter.suites.map(\.failures).reduce(0, +) == 3)
  }

  @Test func htmlIsOnePageWithEveryLearnerAndNothingToFetchOrRun() {
    let html = GradeReportRenderer.render(report, as: .html)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    // Every learner's name, escaped as HTML text (written out here, not by the escaper under test).
    for name in ["Zoë &quot;Z&quot; Ng", "Ada Lovelace", "Bob &lt;script&gt;"] { #expect(html.contains(name)) }
    #expect(html.contains("/class/broken"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("src="))
    #expect(!html.contains("http://") && !html.contains("https://"))
    #expect(html.contains("output-not-reproduced"))
  }

  @Test func theTableShowsTheClassViewLearnersFindingsAndFailures() {
    let table = GradeReportRenderer.render(report, as: .table)
    #expect(table.contains("public-subnet — V1: reaching S3 & friends: 4 attempts, 2 passed every step"))
    #expect(table.contains("Stopped at step 2, most typed there:"))
    #expect(table.contains("aws s3 ls  (1 learner, 1×)"))
    #expect(table.contains("(2 attempts by this learner)"))
    #expect(table.contains("output-not-reproduced: line 3"))
    #expect(table.contains("/class/broken: the git repository is damaged: <bad>"))
    #expect(table.hasSuffix("4 graded, 2 passed every step, 2 did not, 1 could not be graded, 2 integrity findings.\n"))
  }

  @Test func timestampsAndDurationsAreWrittenByHand() {
    #expect(ReportText.timestamp(0) == "1970-01-01T00:00:00Z")
    #expect(ReportText.timestamp(951_782_400) == "2000-02-29T00:00:00Z")
    #expect(ReportText.timestamp(1_790_000_125) == "2026-09-21T14:15:25Z")
    #expect(ReportText.duration(Int64(42)) == "42s")
    #expect(ReportText.duration(Int64(185)) == "3m 05s")
    #expect(ReportText.duration(Int64(3720)) == "1h 02m")
  }
}

/// Counts JUnit elements as a CI would read them.
final class JUnitCounter: NSObject, XMLParserDelegate {
  struct Suite {
    var name: String
    var attributes: [String: String]
    var cases = 0
    var failures = 0
    var errors = 0
  }

  var root: [String: String] = [:]
  var suites: [Suite] = []

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    switch name {
    case "testsuites": root = attributes
    case "testsuite": suites.append(Suite(name: attributes["name"] ?? "", attributes: attributes))
    case "testcase": suites[suites.count - 1].cases += 1
    case "failure": suites[suites.count - 1].failures += 1
    case "error": suites[suites.count - 1].errors += 1
    default: break
    }
  }
}
