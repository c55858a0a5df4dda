/// A finding about `course.yaml`, located to the line and column, rendered as compilers do.
public struct CourseDiagnostic: Equatable, Sendable, CustomStringConvertible {
  /// How bad a finding is.
  public enum Severity: String, Sendable {
    /// The course's order is wrong: `labrun validate` fails.
    case error
    /// The order works, but something is probably forgotten: `labrun validate` says so and passes.
    case warning
  }

  public let file: String
  public let line: Int
  public let column: Int
  public let severity: Severity
  public let message: String

  public init(file: String, line: Int, column: Int, severity: Severity, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.message = message
  }

  init(_ diagnostic: Diagnostic, severity: Severity) {
    self.init(
      file: diagnostic.file, line: diagnostic.line, column: diagnostic.column, severity: severity,
      message: diagnostic.message)
  }

  /// `file:line:col: error: message` (or `warning:`).
  public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }
}
