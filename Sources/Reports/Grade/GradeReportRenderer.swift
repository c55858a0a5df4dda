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
    }
  }
}
