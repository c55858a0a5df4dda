/// Where a lab's workspace lives: `--workspace DIR`, else `$LABRUN_HOME/<lab>`, else `~/labrun/<lab>`.
public enum WorkspaceLocation {
  /// The environment variable that moves the root folder of all workspaces.
  public static let rootVariable = "LABRUN_HOME"

  /// Computes the workspace folder for `labID` without touching the file system.
  ///
  /// - Parameters:
  ///   - labID: the lab's id; it becomes a folder name, so it must not contain `/` or be `.`/`..`.
  ///   - explicitDirectory: the `--workspace` value, used as is (relative to `currentDirectory`).
  ///   - environment: the process environment; only `LABRUN_HOME` is read (ignored when empty).
  ///   - homeDirectory: the user's home folder.
  ///   - currentDirectory: the folder relative paths are resolved against.
  public static func path(
    labID: String, explicitDirectory: String?, environment: [String: String], homeDirectory: String,
    currentDirectory: String
  ) throws -> String {
    if let explicit = explicitDirectory, !explicit.isEmpty {
      return absolute(explicit, home: homeDirectory, current: currentDirectory)
    }
    guard !labID.isEmpty, labID != ".", labID != "..", !labID.contains("/"), !labID.contains("\0") else {
      throw WorkspaceError.invalidLabID(labID)
    }
    let root: String
    if let custom = environment[rootVariable], !custom.isEmpty {
      root = absolute(custom, home: homeDirectory, current: currentDirectory)
    } else {
      root = join(homeDirectory, "labrun")
    }
    return join(root, labID)
  }

  private static func absolute(_ path: String, home: String, current: String) -> String {
    if path == "~" { return trimmed(home) }
    if path.hasPrefix("~/") { return join(home, String(path.dropFirst(2))) }
    if path.hasPrefix("/") { return trimmed(path) }
    return join(current, path)
  }

  private static func join(_ base: String, _ component: String) -> String {
    let head = trimmed(base)
    return head == "/" ? "/" + component : head + "/" + trimmed(component)
  }

  private static func trimmed(_ path: String) -> String {
    var result = path
    while result.count > 1, result.hasSuffix("/") { result.removeLast() }
    return result
  }
}
