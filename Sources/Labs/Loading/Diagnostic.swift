/// A mistake in a lab file, located to the line and column, rendered as compilers do.
public struct Diagnostic: Error, Equatable, Sendable, CustomStringConvertible {
  public let file: String
  public let line: Int
  public let column: Int
  public let message: String

  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:col: error: message`.
  public var description: String { "\(file):\(line):\(column): error: \(message)" }
}

/// Every mistake found in one lab.
public struct LabDiagnostics: Error, Equatable, Sendable, CustomStringConvertible {
  public let diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
