/// Why a typed line is not a whole command yet, as an interactive bash decides before it runs
/// anything: it then shows its `> ` prompt and reads another line.
public enum LineContinuation: Equatable, Sendable {
  /// The line ends with a backslash outside quotes: the backslash and the line break vanish.
  case backslash
  /// A quote is still open: the line break is part of the quoted text.
  case openQuote(Character)
  /// The line ends with `|`, `&&` or `||`: the command goes on on the next line.
  case operatorAtEnd

  /// The prompt bash shows for a continuation line (`PS2`).
  public static let prompt = "> "

  /// Why `text` needs another line, or nil when it is complete (or broken in a way more lines
  /// cannot mend, which running it will report).
  public static func of(_ text: String) -> LineContinuation? {
    var quoting = QuoteTracker()
    var inComment = false
    var wordStart = true
    var lastToken = ""
    for scalar in text.unicodeScalars {
      if inComment {
        if scalar == "\n" {
          inComment = false
          wordStart = true
        }
        continue
      }
      if quoting.take(scalar) {
        wordStart = false
        lastToken = "word"
        continue
      }
      switch scalar {
      case "#" where wordStart:
        inComment = true
      case " ", "\t":
        wordStart = true
      case "\n", ";":
        wordStart = true
        lastToken = String(scalar)
      case "|", "&":
        // `||` and `&&` grow from a lone `|` or `&`; `|&` and lone `&` are refused when run.
        lastToken = (lastToken == String(scalar) ? lastToken + String(scalar) : String(scalar))
        wordStart = true
      default:
        wordStart = ["(", ")", "<", ">"].contains(scalar)
        lastToken = "word"
      }
    }
    if let quote = quoting.open { return .openQuote(Character(quote)) }
    if quoting.escaped { return .backslash }
    if ["|", "&&", "||"].contains(lastToken) { return .operatorAtEnd }
    return nil
  }

  /// `text` and the `next` line as one command, joined the way bash joins them.
  public func join(_ text: String, _ next: String) -> String {
    switch self {
    case .backslash: String(text.dropLast()) + next
    case .openQuote: text + "\n" + next
    case .operatorAtEnd: text + " " + next
    }
  }
}
