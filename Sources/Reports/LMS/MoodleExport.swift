import Labs

/// Moodle's grade import CSV (`grade/import/csv`), keyed by e-mail: the instructor maps `email` to
/// `useremail`, each lab's column to its grade item and each feedback column to its `feedback_…`.
///
/// Moodle compares e-mail addresses case-sensitively, so the roster's spelling is written when given.
enum MoodleExport {
  static func render(_ grades: [LearnerGrade], labs: [LabSummary], roster: LMSRoster?) -> String {
    let present = Set(grades.map(\.labID))
    let shown = labs.filter { present.contains($0.labID) }
    var header = ["email"]
    for lab in shown { header += [lab.labTitle, lab.labTitle + " " + LMSWords.feedbackColumn] }
    var rows = [header.map(SpreadsheetCell.text)]
    for learner in LMSExport.learners(grades) {
      var row = [SpreadsheetCell.text(roster?.entry(forEmail: learner.email)?.email ?? learner.email)]
      for lab in shown {
        if let grade = learner.best[lab.labID] {
          row += [SpreadsheetCell.number(grade.points), SpreadsheetCell.text(LMSWords.feedback(grade))]
        } else {
          row += ["", ""]
        }
      }
      rows.append(row)
    }
    return SpreadsheetCell.file(rows)
  }
}
