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
    // The grader asks this of every commit: look at bytes, and only at lines that can be the trailer.
    let prefix = Array((trailer + ": ").utf8)
    for line in message.utf8.split(separator: UInt8(ascii: "\n")) where line.starts(with: prefix) {
      let version = line.dropFirst(prefix.count)
      if !version.isEmpty { return String(decoding: version, as: UTF8.self) }
    }
    return nil
  }
}
