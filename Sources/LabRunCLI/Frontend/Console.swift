import Labs
import Shell

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the CLI writes: standard output and standard error, with colour only where it belongs.
struct Console: Sendable, OutputSink {
  /// Whether escape sequences for colour may be written to standard output.
  let colour: Bool

  /// Decides on colour the usual way: a terminal, `TERM` not `dumb`, and no `NO_COLOR`.
  init(environment: [String: String]) {
    let isTerminal = isatty(STDOUT_FILENO) == 1
    let term = environment["TERM"] ?? ""
    let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    colour = isTerminal && term != "dumb" && !noColour
  }

  /// Writes `text` and a newline to standard output.
  func out(_ text: String = "") {
    write(text + "\n", to: STDOUT_FILENO)
  }

  /// Writes `text` and a newline to standard error.
  func err(_ text: String) {
    write(text + "\n", to: STDERR_FILENO)
  }

  /// `text` in bold when colour is on.
  func bold(_ text: String) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

  /// `text` in green when colour is on (passed steps).
  func green(_ text: String) -> String { colour ? "\u{1B}[32m\(text)\u{1B}[0m" : text }

  /// `text` in yellow when colour is on (feedback on a mistake).
  func yellow(_ text: String) -> String { colour ? "\u{1B}[33m\(text)\u{1B}[0m" : text }

  /// Writes `text` on the stream a session chose.
  func write(_ text: String, to stream: OutputStream) {
    write(text, to: stream == .stdout ? STDOUT_FILENO : STDERR_FILENO)
  }

  /// Writes what a session hands back.
  func write(_ piece: Shown) { write(piece.text, to: piece.stream) }

  /// Writes all of `text` to a file descriptor, unbuffered, so output and prompts interleave correctly.
  func write(_ text: String, to descriptor: Int32) {
    // A failed write is a closed pipe: there is no one left to tell.
    _ = writeAll(text, to: descriptor)
  }
}
