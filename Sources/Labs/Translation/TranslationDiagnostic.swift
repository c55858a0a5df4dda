import Yams

/// A finding about a lab's translation, located to the line and column, rendered as compilers do.
///
/// Missing and stale translations are warnings (the learner gets English for them); a translation
/// that changes a command, a code span or a placeholder is an error, because it would teach the
/// wrong thing.
public struct TranslationDiagnostic: Equatable, Sendable, CustomStringConvertible {
  /// How bad a finding is.
  public enum Severity: String, Sendable, Equatable {
    case warning
    case error
  }

  public let severity: Severity
  public let file: String
  public let line: Int
  public let column: Int
  public let message: String

  public init(_ severity: Severity, file: String, line: Int, column: Int, message: String) {
    self.severity = severity
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:col: warning: message` (or `error:`).
  public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }

  /// This finding as an error, for `labrun validate --strict`.
  public var strict: TranslationDiagnostic {
    TranslationDiagnostic(.error, file: file, line: line, column: column, message: message)
  }
}

extension TranslationDiagnostic {
  /// A translation file that is not YAML, named at the place the YAML parser stopped (as lab files are).
  static func invalidYAML(_ error: any Error, file: String) -> TranslationDiagnostic {
    let found =
      (error as? YamlError).map { LabYAML.diagnostic(for: $0, file: file) }
      ?? Diagnostic(file: file, line: 1, column: 1, message: "invalid YAML: \(error)")
    return TranslationDiagnostic(.error, file: file, line: found.line, column: found.column, message: found.message)
  }
}
