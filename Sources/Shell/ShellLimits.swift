/// Limits the simulated shell enforces on what a learner types, in one place.
///
/// Every bound a typed line can reach is listed here, so a hostile or careless line can neither
/// crash labrun nor make it hang or grow without end (issue 18). `docs/limits.md` tells learners
/// and authors what each one means; labs/FORMAT.md lists the bounds on lab files.
///
/// - Input: a line over ``maximumLineBytes`` is refused and stored cut to just over the limit, so
///   replay refuses it the same way.
/// - Simulated work: ``maximumDNSTries``, ``maximumPingProbes``, ``maximumJQSteps``,
///   ``maximumGrepSteps``, ``maximumTimeoutSeconds`` (`curl -m`, `--connect-timeout`); `sleep`
///   refuses more than 100 years.
/// - Nesting: jq filters (`JQProgramParser.maximumDepth`, `maximumTokens`), JMESPath
///   (`JMESPathParser.maximumDepth`), awscli shorthand (`Shorthand.maximumDepth`), JSON (512 levels,
///   jq's input 256 as jq 1.6), grep groups and repetitions (`RegexParser.maximumDepth`).
/// - Output: one command's output beyond ``maximumOutputBytes`` is cut with ``outputCutNote``,
///   the same on replay.
public enum ShellLimits {
  /// The longest command line accepted, in bytes of UTF-8; longer lines are refused with a message.
  public static let maximumLineBytes = 64 * 1024

  /// The most tries a DNS tool makes (`dig +tries=`, `+retry=`, `nslookup -retry=`, `host -R`):
  /// larger counts saturate here, so a typed count can neither overflow nor print without end
  /// (each try that times out is a line and five simulated seconds).
  public static let maximumDNSTries = 100

  /// The longest value `${NAME#…}`, `${NAME%…}` and `${NAME/…/…}` match a pattern against, in
  /// characters: matching tries every prefix, suffix or position against the pattern.
  public static let maximumPatternValueCharacters = 4_096

  /// The longest timeout `curl -m`/`--connect-timeout` waits, in seconds (about 31 years of
  /// simulated time); larger values, `inf` included, saturate here.
  public static let maximumTimeoutSeconds = 1_000_000_000

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

  /// The most output one typed line keeps, in bytes of UTF-8 over both streams; the rest is cut
  /// and ``outputCutNote`` said in its place.
  public static let maximumOutputBytes = 1024 * 1024

  /// What replaces output beyond ``maximumOutputBytes``, on standard error.
  public static let outputCutNote =
    "\n-bash: output cut at 1 MiB, the most one command may print in this lab shell\n"

  /// The most steps one `jq` command takes (filter steps, plus the size of every value it
  /// builds or compares); beyond it jq stops with an error, status 5.
  public static let maximumJQSteps = 2_000_000

  /// The most automaton steps one `grep` command takes over all its input lines; beyond it grep
  /// stops with an error, status 2.
  public static let maximumGrepSteps = 5_000_000
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
