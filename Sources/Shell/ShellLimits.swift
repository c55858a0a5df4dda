/// Limits the simulated shell enforces on what a learner types.
public enum ShellLimits {
  /// The longest command line accepted, in bytes of UTF-8; longer lines are refused with a message.
  public static let maximumLineBytes = 64 * 1024

  /// The most tries a DNS tool makes (`dig +tries=`, `+retry=`, `nslookup -retry=`, `host -R`):
  /// larger counts saturate here, so a typed count can neither overflow nor print without end
  /// (each try that times out is a line and five simulated seconds).
  public static let maximumDNSTries = 100

  /// The most probes `ping -c N` sends; beyond it the run stops with a note on standard error.
  public static let maximumPingProbes = 1_000
}
