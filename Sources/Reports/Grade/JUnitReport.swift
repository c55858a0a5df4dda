import Labs

/// JUnit XML: a test suite per attempt and a test case per step, so any CI can show the class.
///
/// An unpassed step is a `<failure>`; an attempt that could not be graded is a suite with one `<error>`
/// case; integrity findings are properties and `<system-err>` text of their attempt's suite, and an
/// `integrity` case with an `<error type="flagged">`.
enum JUnitReport {
  static func render(_ report: GradeReport) -> String {
    let e = ReportText.xmlEscaped
    let flagged = report.grades.count { $0.status == .flagged }
    let tests = report.grades.reduce(0) { $0 + $1.steps.count } + report.ungraded.count + flagged
    let failures = report.grades.reduce(0) { $0 + $1.steps.count - $1.stepsPassed }
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out +=
      "<testsuites name=\"labrun grade\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(report.ungraded.count + flagged)\">\n"
    for grade in report.grades {
      let name = "\(grade.labID): \(ReportText.learner(grade))"
      let integrity = grade.status == .flagged ? 1 : 0
      out +=
        "  <testsuite name=\"\(e(name))\" tests=\"\(grade.steps.count + integrity)\" failures=\"\(grade.steps.count - grade.stepsPassed)\" errors=\"\(integrity)\" skipped=\"0\" time=\"\(grade.timeSpent ?? 0)\""
      if let first = grade.firstCommitTime { out += " timestamp=\"\(ReportText.timestamp(first).dropLast())\"" }
      out += ">\n    <properties>\n"
      var properties: [(String, String)] = [
        ("path", grade.path), ("lab", grade.labID), ("learner", grade.learnerName), ("email", grade.learnerEmail),
        ("points", "\(grade.points)/\(grade.maxPoints)"), ("hintsUsed", String(grade.hintsUsed)),
        ("commandsTyped", String(grade.commandsTyped)), ("simulatedSeconds", String(grade.simulatedSeconds)),
        ("headCommit", grade.headCommit),
      ]
      properties += grade.otherAttempts.map { ("otherAttempt", $0) }
      properties += grade.findings.map { ("finding", "\($0.kind.rawValue): \($0.message)") }
      for (key, value) in properties { out += "      <property name=\"\(key)\" value=\"\(e(value))\"/>\n" }
      out += "    </properties>\n"
      for (index, step) in grade.steps.enumerated() {
        out +=
          "    <testcase classname=\"\(e(grade.labID))\" name=\"\(e("\(index + 1). \(step.title)"))\" time=\"\(step.seconds ?? 0)\""
        if step.passed {
          out += "/>\n"
        } else {
          let why = grade.stoppedAt == step.id ? "the attempt ends on this step" : "not reached"
          out +=
            ">\n      <failure type=\"not-passed\" message=\"\(e("step \(step.id) not passed: \(why)"))\"/>\n    </testcase>\n"
        }
      }
      if grade.status == .flagged {
        // A case of its own, so a CI run shows a flagged attempt as an error, not as a pass.
        let summary = "\(grade.findings.count) integrity finding\(grade.findings.count == 1 ? "" : "s")"
        out += "    <testcase classname=\"\(e(grade.labID))\" name=\"integrity\">\n"
        out += "      <error type=\"flagged\" message=\"\(e(summary))\"/>\n    </testcase>\n"
        out +=
          "    <system-err>\(e(grade.findings.map { "\($0.kind.rawValue): \($0.message)" }.joined(separator: "\n")))</system-err>\n"
      }
      out += "  </testsuite>\n"
    }
    for failure in report.ungraded {
      out +=
        "  <testsuite name=\"\(e(failure.path))\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" time=\"0\">\n"
      out += "    <testcase classname=\"\(e(failure.labID ?? "labrun"))\" name=\"grade\">\n"
      out += "      <error type=\"not-graded\" message=\"\(e(failure.reason))\"/>\n    </testcase>\n  </testsuite>\n"
    }
    out += "</testsuites>\n"
    return out
  }
}
