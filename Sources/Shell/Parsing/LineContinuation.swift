/// Why a typed line is not a whole command yet, as an interactive bash decides before it runs
/// anything: it then shows its `> ` prompt and reads another line.
public enum LineContinuation: Equatable, Sendable {
  /// The line ends with a backslash outside quotes: the backslash and the line break vanish.
  case backslash
  /// A quote is still open: the line break is part of the quoted text.
  case openQuote(Character)
  /// The line ends with `|`, `&&` or `||`: the command goes on on the next line.
  case operatorAtEnd
  /// A loop, `if`, group, `$(`, or here-document is still open: the line break separates commands
  /// (or is part of the here-document's body).
  case openConstruct

  /// The prompt bash shows for a continuation line (`PS2`).
  public static let prompt = "> "

  /// Why `text` needs another line, or nil when it is complete (or broken in a way more lines
  /// cannot mend, which running it will report). The shell's own parser decides, so a quote inside
  /// a here-document or a comment never keeps the line open.
  public static func of(_ text: String) -> LineContinuation? {
    LineParser.continuation(of: text)
  }

  /// `text` and the `next` line as one command, joined the way bash joins them.
  public func join(_ text: String, _ next: String) -> String {
    switch self {
    case .backslash: String(text.dropLast()) + next
    case .openQuote, .openConstruct: text + "\n" + next
    case .operatorAtEnd: text + " " + next
    }
  }
}
