import Labs

/// One row per attempt (graded or not), RFC 4180: comma-separated, quoted where needed, CRLF line ends.
enum CSVReport {
  static let columns = [
    "lab", "lab_title", "learner", "email", "path", "status", "steps_passed", "steps_total", "points", "max_points",
    "hints_used", "commands", "time_seconds", "first_commit", "last_commit", "stopped_at", "findings",
    "finding_kinds", "other_attempts", "error", "simulated_seconds",
  ]

  static func render(_ report: GradeReport) -> String {
    var rows = [columns]
    for grade in report.grades {
      let kinds = Set(grade.findings.map(\.kind.rawValue)).sorted().joined(separator: " ")
      rows.append([
        grade.labID, grade.labTitle, grade.learnerName, grade.learnerEmail, grade.path,
        ReportText.status(grade), String(grade.stepsPassed), String(grade.steps.count),
        String(grade.points), String(grade.maxPoints), String(grade.hintsUsed), String(grade.commandsTyped),
        grade.timeSpent.map { String($0) } ?? "", grade.firstCommitTime.map(ReportText.timestamp) ?? "",
        grade.lastCommitTime.map(ReportText.timestamp) ?? "", grade.stoppedAt ?? "", String(grade.findings.count),
        kinds, grade.otherAttempts.joined(separator: " "), "", String(grade.simulatedSeconds),
      ])
    }
    for failure in report.ungraded {
      rows.append(
        [failure.labID ?? "", "", "", "", failure.path, "error"] + Array(repeating: "", count: 13) + [
          failure.reason, "",
        ])
    }
    return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
  }

  /// Quotes a field holding a comma, quote or line break, and prefixes text a spreadsheet would run
  /// as a formula (no number this report writes begins with a sign, so numbers are untouched).
  static func field(_ text: String) -> String { SpreadsheetCell.text(text) }
}

extension String {
  /// Every occurrence of `target` replaced by `replacement` (Foundation's version, without Foundation).
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self { if character == target { result += replacement } else { result.append(character) } }
    return result
  }
}
