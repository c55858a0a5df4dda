/// coreutils `sleep`: advances the simulated clock by the sum of its arguments; prints nothing.
///
/// Numbers are decimal with an optional fraction and an `s`, `m`, `h` or `d` suffix; the clock
/// keeps milliseconds, so finer fractions are dropped. `inf` (and any sleep past 100 years) is
/// refused: it would never end, and the lab shell has no Ctrl-C to stop it.
enum Sleep {
  static let maximumMilliseconds: Int64 = 100 * 365 * 86_400_000

  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    let arguments = invocation.arguments.first == "--" ? Array(invocation.arguments.dropFirst()) : invocation.arguments
    guard !arguments.isEmpty else {
      return .failure("sleep: missing operand\nTry 'sleep --help' for more information.\n", status: 1)
    }
    var total: Int64 = 0
    for argument in arguments {
      if argument.hasPrefix("--") && argument.count > 2 && invocation.arguments.first != "--" {
        return .failure(
          "sleep: unrecognized option '\(argument)'\nTry 'sleep --help' for more information.\n", status: 1)
      }
      if argument.hasPrefix("-") && argument.count > 1 && invocation.arguments.first != "--" {
        return .failure(
          "sleep: invalid option -- '\(argument.dropFirst().prefix(1))'\nTry 'sleep --help' for more information.\n",
          status: 1)
      }
      let lowered = argument.lowercased()
      if lowered.hasPrefix("inf") {
        return .failure("sleep: an endless sleep: not available in this lab shell\n", status: 1)
      }
      guard let milliseconds = parse(argument) else {
        return .failure(
          "sleep: invalid time interval ‘\(argument)’\nTry 'sleep --help' for more information.\n", status: 1)
      }
      total += milliseconds
      if total > maximumMilliseconds {
        return .failure("sleep: an endless sleep: not available in this lab shell\n", status: 1)
      }
    }
    state.world.clock.advance(milliseconds: total)
    return CommandResult()
  }

  /// Milliseconds for `12`, `0.5`, `.5`, `3m`, `1.5h`; nil when not a time interval.
  static func parse(_ text: String) -> Int64? {
    var body = Substring(text)
    var unit: Int64 = 1000
    if let last = body.last, let factor = ["s": 1000, "m": 60_000, "h": 3_600_000, "d": 86_400_000][last] {
      unit = Int64(factor)
      body = body.dropLast()
    }
    let pieces = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let whole = pieces[0]
    let fraction = pieces.count > 1 ? pieces[1] : ""
    guard !(whole.isEmpty && fraction.isEmpty),
      whole.allSatisfy(\.isASCII) && whole.allSatisfy(\.isNumber),
      fraction.allSatisfy(\.isASCII) && fraction.allSatisfy(\.isNumber)
    else { return nil }
    // Too many digits is longer than any sleep we accept; report it as endless.
    if whole.count > 12 { return maximumMilliseconds + 1 }
    let wholeValue = Int64(whole) ?? 0
    var fractionMilliseconds: Int64 = 0
    var scale = unit
    for digit in fraction.prefix(12) {
      scale /= 10
      fractionMilliseconds += Int64(String(digit))! * scale
    }
    return wholeValue * unit + fractionMilliseconds
  }
}
