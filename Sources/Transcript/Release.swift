/// This build of labrun, as workspaces record it: one number for the CLI and the classroom server.
public enum Release {
  /// The version every workspace made by this build records.
  public static let version = "0.1.0"
}
