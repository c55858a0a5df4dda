import Cloud
import Labs

/// Renders a class's grade report in one of the report formats.
public enum GradeReportRenderer {
  /// The whole report as text in `format`, ending with a line break; the same report always gives the same bytes.
  ///
  /// `words` is the language of the table and the HTML page; CSV, JSON and JUnit keep English identifiers.
  public static func render(_ report: GradeReport, as format: ReportFormat, words: ReportWords = .english) -> String {
    switch format {
    case .table: TableReport.render(report, words: words)
    case .csv: CSVReport.render(report)
    case .json: JSONReport.render(report)
    case .junit: JUnitReport.render(report)
    case .html: HTMLReport.render(report, words: words)
    case .canvas, .moodle, .gradescope: lms(report, as: format)
    }
  }

  /// Writes the report to `write` in pieces as it is made (JSON, the format for a class's whole
  /// record) or in one piece (the others), the same text `render` returns.
  public static func render(
    _ report: GradeReport, as format: ReportFormat, words: ReportWords = .english,
    into write: @escaping (String) -> Void
  ) {
    if format == .json {
      JSONReport.render(report, into: write)
    } else {
      write(render(report, as: format, words: words))
    }
  }

  /// An LMS export without a roster; what cannot be exported (Gradescope's several submissions)
  /// becomes a results file that says so and scores nothing, so an importer rejects it loudly.
  private static func lms(_ report: GradeReport, as format: ReportFormat) -> String {
    switch LMSExport.render(report, as: format, roster: nil) {
    case .success(let export): return export.text
    case .failure(let error):
      return JSONValue.object(["output": .string(error.description), "tests": .array([])]).rendered()
    }
  }
}
