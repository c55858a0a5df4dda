/// Limits the simulated shell enforces on what a learner types.
public enum ShellLimits {
  /// The longest command line accepted, in bytes of UTF-8; longer lines are refused with a message.
  public static let maximumLineBytes = 64 * 1024
}
