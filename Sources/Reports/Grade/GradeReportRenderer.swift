import Labs

/// Renders a class's grade report in one of the report formats.
public enum GradeReportRenderer {
  /// The whole report as text in `format`, ending with a line break; the same report always gives the same bytes.
  public static func render(_ report: GradeReport, as format: ReportFormat) -> String {
    switch format {
    case .table: TableReport.render(report)
    case .csv: CSVReport.render(report)
    case .json: JSONReport.render(report)
    case .junit: JUnitReport.render(report)
    case .html: HTMLReport.render(report)
    }
  }
}
