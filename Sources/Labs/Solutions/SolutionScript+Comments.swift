extension SolutionScript {
  /// Whether a script line is a comment (`#` after leading blanks): scripts, `verify-solutions` and
  /// piped `labrun start` all skip them.
  public static func isComment(_ line: some StringProtocol) -> Bool {
    line.drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).hasPrefix("#")
  }
}
