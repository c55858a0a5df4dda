/// The formats `labrun grade` can write a class report in.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// A fixed-width table for a terminal.
  case table
  /// One row per learner, for a spreadsheet or an LMS.
  case csv
  /// Machine-readable, with a documented schema.
  case json
  /// JUnit XML: a test suite per learner and a test case per step, for any CI.
  case junit
  /// One self-contained HTML page.
  case html
  /// The Canvas gradebook import CSV: one column per lab.
  case canvas
  /// Moodle's grade import CSV, keyed by e-mail.
  case moodle
  /// Gradescope's autograder `results.json`, for one submission.
  case gradescope

  /// The file extension a report in this format is usually saved with.
  public var fileExtension: String {
    switch self {
    case .table: "txt"
    case .csv: "csv"
    case .json: "json"
    case .junit: "xml"
    case .html: "html"
    case .canvas, .moodle: "csv"
    case .gradescope: "json"
    }
  }
}
