/// The mark a list of a lab's steps puts before each (`steps`, `labrun status`, the progress page).
public enum StepMark {
  /// `✓` for a passed step, `→` for the current one, a space for one not reached yet: steps come in
  /// order, and `✗` would read as failed.
  public static func mark(passed: Bool, current: Bool) -> String { passed ? "✓" : (current ? "→" : " ") }
}
