import Foundation

/// The process's environment, read once.
///
/// Foundation builds a new dictionary from `environ` on every `ProcessInfo.environment` call, a few
/// million instructions each; a labrun command asks for it several times and never changes it.
enum ProcessEnvironment {
  /// The variables labrun was started with.
  static let values: [String: String] = ProcessInfo.processInfo.environment
}
