import Labs

/// The Canvas gradebook import CSV (Canvas's `GradebookImporter`; see docs/grading.md#canvas).
///
/// Header `Student,ID,SIS User ID,SIS Login ID,Section`, then one column per lab titled with the lab's
/// title, which Canvas matches to the assignment of that exact title (or creates one); a
/// `Points Possible` row gives each its points; then one row per learner with their best points.
enum CanvasExport {
  static let leadingColumns = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]

  static func render(_ grades: [LearnerGrade], labs: [LabSummary], roster: LMSRoster?) -> String {
    let maxPoints = Dictionary(grades.map { ($0.labID, $0.maxPoints) }, uniquingKeysWith: max)
    let shown = labs.filter { maxPoints[$0.labID] != nil }
    var rows = [(leadingColumns + shown.map(\.labTitle)).map(SpreadsheetCell.text)]
    rows.append(
      [SpreadsheetCell.text("Points Possible"), "", "", "", ""]
        + shown.map { SpreadsheetCell.number(maxPoints[$0.labID] ?? 0) })
    for learner in LMSExport.learners(grades) {
      let entry = roster?.entry(forEmail: learner.email)
      let name = entry.map { $0.name.isEmpty ? learner.name : $0.name } ?? learner.name
      let leading = [name, entry?.id ?? "", entry?.sisUserID ?? "", entry?.sisLoginID ?? "", entry?.section ?? ""]
      // A blank score leaves Canvas's grade as it is: right for a lab this learner has not attempted.
      let scores = shown.map { lab in learner.best[lab.labID].map { SpreadsheetCell.number($0.points) } ?? "" }
      rows.append(leading.map(SpreadsheetCell.text) + scores)
    }
    return SpreadsheetCell.file(rows)
  }
}
