/// What the learner's terminal can do, as the session renders for it.
///
/// The CLI reads it from the real terminal and the environment; the classroom server from the
/// browser; tests say what they pretend to be.
public struct TerminalCapabilities: Sendable, Equatable {
  /// Whether a person types at a terminal (false for piped input: scripts, CI).
  public var isTerminal: Bool
  /// The window's width in columns.
  public var width: Int
  /// Whether colour escapes may be written.
  public var colour: Bool

  public init(isTerminal: Bool, width: Int = 80, colour: Bool = false) {
    self.isTerminal = isTerminal
    self.width = width
    self.colour = colour
  }

  /// Piped input and output: no colour, 80 columns.
  public static let pipe = TerminalCapabilities(isTerminal: false)

  /// Decides as terminal tools do: colour only when output is a terminal, `TERM` is not `dumb`
  /// and `NO_COLOR` is unset or empty; the width from `COLUMNS` when the window's is unknown.
  public static func detect(
    inputIsTerminal: Bool, outputIsTerminal: Bool, windowWidth: Int?, environment: [String: String]
  ) -> TerminalCapabilities {
    let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    let dumb = (environment["TERM"] ?? "") == "dumb"
    let width = windowWidth ?? environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? 80
    return TerminalCapabilities(
      isTerminal: inputIsTerminal, width: width, colour: outputIsTerminal && !dumb && !noColour)
  }
}
