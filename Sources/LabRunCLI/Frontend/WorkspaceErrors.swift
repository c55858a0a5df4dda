import Workspace

extension WorkspaceError {
  /// The failure the CLI reports: bad data exits 65, the rest 1.
  var cliFailure: CLIFailure {
    isBadInput ? .badData(description) : .runtime(description)
  }
}
