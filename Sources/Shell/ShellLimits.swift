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

  /// The most hops `traceroute -m` may ask for: traceroute's own bound ("max hops cannot be more
  /// than 255"), so a trace prints at most this many hop lines.
  public static let maximumTracerouteHops = 255

  /// The most probes per hop (`traceroute -q`): traceroute's own bound ("no more than 10 probes per hop").
  public static let maximumTracerouteProbesPerHop = 10

  /// The longest wait for a probe or a connect, in seconds: ncat's own bound for `nc -w` ("less than
  /// 2147483s"); `traceroute -w` saturates here (real traceroute takes any float), so simulated time
  /// stays finite and fits the clock.
  public static let maximumConnectWaitSeconds = 2_147_483
}

extension ShellLimits {
  /// How deep loops, conditionals, groups and command substitutions may nest in one line; a line
  /// nested deeper is refused before anything runs.
  public static let maximumNestingDepth = 64

  /// The most simple commands one typed line may run, counting every loop iteration and command
  /// substitution; the line stops there with a note, so no loop can run without end.
  public static let maximumCommandsPerLine = 10_000

  /// The most output one typed line may produce in memory (on the terminal, into pipes and into
  /// command substitutions); past it the line stops with a note. Files have limits of their own.
  public static let maximumLineOutputBytes = 16 * 1_048_576

  /// The largest file a simulated host holds, in bytes; a write past it fails with `File too large`.
  public static let maximumFileBytes = 1_048_576

  /// The most bytes all files of one host may hold together; a write past it fails with
  /// `No space left on device`.
  public static let maximumHostBytes = 16 * 1_048_576

  /// The most files and folders one host may hold.
  public static let maximumHostEntries = 2_000
}
