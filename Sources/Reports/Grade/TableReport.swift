import Labs
import TextLayout

/// The terminal report: the class view per lab, then one line per learner, then findings and failures.
enum TableReport {
  static func render(_ report: GradeReport, words w: ReportWords = .english) -> String {
    var out = ""
    for lab in report.labs {
      out +=
        w.counted(
          lab.attempts, "{id} — {title}: {count} attempt, {passed} passed every step",
          "{id} — {title}: {count} attempts, {passed} passed every step",
          ["id": lab.labID, "title": lab.labTitle, "passed": "\(lab.passedAll)"]) + "\n\n"
      var rows = [["step", "passed", "rate", "median commands", "median time", "stopped here"].map { w($0) }]
      for (index, step) in lab.steps.enumerated() {
        rows.append([
          "\(index + 1). \(step.title)", "\(step.passed)/\(lab.attempts)", ReportText.percent(step.passRate),
          ReportText.number(step.medianCommands), ReportText.duration(step.medianSeconds), String(step.stoppedHere),
        ])
      }
      out += table(rows, rightAligned: [1, 2, 3, 4, 5])
      for (index, step) in lab.steps.enumerated() where !step.commonCommands.isEmpty {
        out += "\n  " + w("Stopped at step {number}, most typed there:", ["number": "\(index + 1)"]) + "\n"
        for command in step.commonCommands {
          let counts = w.counted(
            command.learners, "({count} learner, {times}×)", "({count} learners, {times}×)",
            ["times": "\(command.times)"])
          out += "    \(command.command)  \(counts)\n"
        }
      }
      out += "\n"
    }
    if !report.grades.isEmpty {
      var rows = [
        [
          "lab", "learner", "steps", "points", "hints", "commands", "time", IntegrityWords.simulatedColumn, "findings",
          "path",
        ].map { w($0) }
      ]
      for grade in report.grades {
        rows.append([
          grade.labID, ReportText.learner(grade), "\(grade.stepsPassed)/\(grade.steps.count)",
          "\(grade.points)/\(grade.maxPoints)", String(grade.hintsUsed), String(grade.commandsTyped),
          grade.timeSpent.map(ReportText.duration) ?? "–", ReportText.duration(grade.simulatedSeconds),
          String(grade.findings.count),
          grade.path
            + (grade.otherAttempts.isEmpty
              ? "" : "  " + w("({count} attempts by this learner)", ["count": "\(grade.otherAttempts.count + 1)"])),
        ])
      }
      out += table(rows, rightAligned: [2, 3, 4, 5, 6, 7, 8])
    }
    let flagged = report.grades.filter { !$0.findings.isEmpty }
    if !flagged.isEmpty {
      out += "\n" + w("Integrity findings") + "\n"
      for grade in flagged {
        out += "\n  \(grade.labID)  \(ReportText.learner(grade))  \(grade.path)\n"
        for finding in grade.findings { out += "    \(FindingWords.line(finding, w))\n" }
      }
    }
    if !report.similarCommandSequences.isEmpty {
      out += "\n\(w(IntegrityWords.similarHeading))\n  \(w(IntegrityWords.similarExplanation))\n\n"
      for pair in report.similarCommandSequences {
        out +=
          "  \(pair.labID)  \(w("{first} and {second}", ["first": pair.learners.0, "second": pair.learners.1])): \(IntegrityWords.similarity(pair, w))\n"
        out += "    \(pair.paths.0)\n    \(pair.paths.1)\n"
      }
    }
    if !report.ungraded.isEmpty {
      out += "\n" + w("Could not grade") + "\n\n"
      for failure in report.ungraded { out += "  \(failure.path): \(failure.reason)\n" }
    }
    let passed = report.grades.count(where: \.passedAll)
    out +=
      "\n"
      + w(
        "{graded} graded, {passed} passed every step, {failed} did not, ",
        ["graded": "\(report.grades.count)", "passed": "\(passed)", "failed": "\(report.grades.count - passed)"])
    out +=
      w.counted(
        report.findingCount, "{count} could not be graded, {findings} integrity finding.",
        "{count} could not be graded, {findings} integrity findings.",
        ["count": "\(report.ungraded.count)", "findings": "\(report.findingCount)"]) + "\n"
    return out
  }

  /// Columns padded to their widest cell, two spaces apart, with a rule under the header.
  ///
  /// Widths are terminal columns, so a Korean name (two columns a syllable) lines up with a Latin one.
  static func table(_ rows: [[String]], rightAligned: Set<Int>) -> String {
    let widths = rows[0].indices.map { column in rows.map { $0[column].displayWidth }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
      let padded = cells.enumerated().map { column, cell in
        if rightAligned.contains(column) { return cell.padded(toWidth: widths[column], alignment: .right) }
        return column == cells.count - 1 ? cell : cell.padded(toWidth: widths[column])
      }
      return "  " + padded.joined(separator: "  ") + "\n"
    }
    var out = line(rows[0])
    out += "  " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
    for row in rows.dropFirst() { out += line(row) }
    return out
  }
}
