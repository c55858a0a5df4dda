/// `env` and `printenv`: the login environment plus the session's variables (see `SessionEnvironment`).
enum Environment {
  static func env(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    if let first = invocation.arguments.first {
      if first.hasPrefix("-") && first != "-" && !["-i", "-u", "-0", "--"].contains(first) {
        let option =
          first.hasPrefix("--")
          ? "unrecognized option '\(first)'" : "invalid option -- '\(first.dropFirst().prefix(1))'"
        return .failure("env: \(option)\nTry 'env --help' for more information.\n", status: 125)
      }
      // Running another program through env would be a second way to start commands; refuse it.
      return .failure(
        "env: running a command or changing the environment: not available in this lab shell\n", status: 125)
    }
    return .output(listing(state))
  }

  static func printenv(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    if let option = invocation.arguments.first(where: { $0.hasPrefix("-") && $0 != "-" }) {
      let message =
        option.hasPrefix("--")
        ? "unrecognized option '\(option)'" : "invalid option -- '\(option.dropFirst().prefix(1))'"
      return .failure("printenv: \(message)\nTry 'printenv --help' for more information.\n", status: 2)
    }
    if invocation.arguments.isEmpty { return .output(listing(state)) }
    let exported = SessionEnvironment.exported(state)
    var result = CommandResult()
    for name in invocation.arguments {
      if let entry = exported.first(where: { $0.name == name }) {
        result.stdout += entry.value + "\n"
      } else {
        result.status = 1
      }
    }
    return result
  }

  static func listing(_ state: ShellState) -> String {
    SessionEnvironment.exported(state).map { "\($0.name)=\($0.value)\n" }.joined()
  }
}
