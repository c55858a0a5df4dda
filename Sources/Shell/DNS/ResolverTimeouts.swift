/// How long dig waits for each try and how many tries it makes when its command line does not say:
/// the host's `/etc/resolv.conf` `options timeout:N attempts:N`, as bind 9.18 reads them, else
/// dig's own 5 seconds and 3 tries.
///
/// Captured (captures/dig-trace, `trace-resolver-dropped-*`): with an EC2 instance's
/// `options timeout:2 attempts:5`, dig tries an unanswering resolver five times, two seconds
/// apart; with `nameserver` alone, three times, five seconds apart.
struct ResolverTimeouts: Equatable {
  var seconds = 5
  var attempts = 3

  /// bind's limits for the two options (lib/irs/resconf.c: at most 30 seconds, 5 attempts).
  static let maximumSeconds = 30
  static let maximumAttempts = 5

  /// The file's options, the last of each winning; dig's defaults for what it does not set.
  static func parse(_ text: String) -> ResolverTimeouts {
    var timeouts = ResolverTimeouts()
    for words in ResolvConfWords.lines(text) {
      guard words.first == "options" else { continue }
      for option in words.dropFirst() {
        let parts = option.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let value = Int(parts[1]), value >= 0 else { continue }
        switch parts[0] {
        case "timeout": timeouts.seconds = min(max(value, 1), maximumSeconds)
        case "attempts": timeouts.attempts = min(max(value, 1), maximumAttempts)
        default: continue
        }
      }
    }
    return timeouts
  }

  /// The tries and the wait for each, in milliseconds: what the command line gave, else this file's.
  func resolved(tries: Int?, seconds: Int?) -> (tries: Int, milliseconds: Int64) {
    (tries ?? attempts, Int64(seconds ?? self.seconds) * 1000)
  }

  /// The current host's, read from its simulated file so that an edited file counts.
  static func of(_ state: ShellState) -> ResolverTimeouts {
    guard case .success(let text) = HostFiles.read("/etc/resolv.conf", state: state) else { return ResolverTimeouts() }
    return parse(text)
  }
}
