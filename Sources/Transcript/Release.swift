/// This build of labrun, as workspaces record it: one number for the CLI and the classroom server.
public enum Release {
  /// The version every workspace made by this build records.
  public static let version = "0.1.0"

  /// The commit trailer (`Labrun-Version: 0.1.0`) on the first commit of each session, naming the
  /// labrun that ran it, so the grader can tell output a newer simulator prints differently from
  /// output that was edited.
  public static let trailer = "Labrun-Version"

  /// The version named by `message`'s trailer, or nil when it has none.
  public static func version(inCommitMessage message: String) -> String? {
    let prefix = trailer + ": "
    for line in message.split(separator: "\n") where line.hasPrefix(prefix) {
      let version = line.dropFirst(prefix.count)
      if !version.isEmpty { return String(version) }
    }
    return nil
  }
}
