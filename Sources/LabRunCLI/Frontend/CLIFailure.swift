/// A failure the CLI reports itself: a message for the user and the documented exit code.
///
/// Exit codes: 0 success; 1 runtime failure; 2 graded and not passed; 64 usage error;
/// 65 bad data (a lab file, a workspace).
public struct CLIFailure: Error, Equatable, Sendable {
  /// The sentence(s) printed after `labrun: error: `.
  public let message: String
  /// The process exit status.
  public let exitCode: Int32

  public init(_ message: String, exitCode: Int32) {
    self.message = message
    self.exitCode = exitCode
  }

  /// A mistake in how labrun was called (exit 64).
  public static func usage(_ message: String) -> CLIFailure { CLIFailure(message, exitCode: 64) }
  /// Bad data in a lab file or a workspace (exit 65).
  public static func badData(_ message: String) -> CLIFailure { CLIFailure(message, exitCode: 65) }
  /// Something went wrong while running (exit 1).
  public static func runtime(_ message: String) -> CLIFailure { CLIFailure(message, exitCode: 1) }

  /// The reply of a subcommand whose issue has not landed yet.
  static func notAvailableYet(_ command: String) -> CLIFailure {
    .runtime("'labrun \(command)' is not available yet in this version of labrun.")
  }
}
