import Labs
import Reports

/// Renders an LMS export and says on standard error what the importer will not see.
enum LMSOutput {
  static func text(_ report: GradeReport, format: ReportFormat, roster: LMSRoster?, console: Console) throws -> String {
    switch LMSExport.render(report, as: format, roster: roster) {
    case .failure(let error):
      throw CLIFailure.usage(error.description + ".")
    case .success(let export):
      if let roster, !export.missingFromRoster.isEmpty {
        let count = export.missingFromRoster.count
        let what =
          format == .gradescope ? "exported all the same, since Gradescope knows who submitted" : "not exported"
        console.err(
          "labrun: warning: \(count) graded attempt\(count == 1 ? " is" : "s are") by learners not in the roster \(roster.path) (\(what)):"
        )
        for learner in export.missingFromRoster { console.err("  \(learner)") }
      }
      if !report.ungraded.isEmpty {
        // The import file has no place for them: say so, or they would vanish silently.
        console.err(
          "labrun: warning: \(report.ungraded.count) attempt\(report.ungraded.count == 1 ? "" : "s") could not be graded and \(report.ungraded.count == 1 ? "is" : "are") not exported:"
        )
        for failure in report.ungraded { console.err("  \(failure.path): \(failure.reason)") }
      }
      for note in export.notes { console.err("labrun: note: \(note).") }
      return export.text
    }
  }
}
