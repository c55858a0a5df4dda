/// One piece of a word as typed, before expansion.
public enum WordPart: Equatable, Sendable {
  /// Text taken as it is; `quoted` text is never split into fields.
  case literal(String, quoted: Bool)
  /// `$NAME`, `${NAME}` or a special parameter (`?`, `$`, `#`, `0` …), expanded from the session.
  case parameter(String, quoted: Bool)
  /// An unquoted tilde prefix (`~`, `~root`, `~+`, `~-`) at the start of a word, or after an
  /// assignment's `=` or `:`: the text after the `~`, expanded to a home or a working directory.
  case tilde(String)
  /// `${…}` whose contents bash cannot expand; running the command reports `bad substitution`.
  case badSubstitution(String)
  /// `${…}` with an operator (`${NAME:-WORD}`, `${NAME#PATTERN}` …); `source` is the whole `${…}`.
  case operation(ParameterOperation, source: String, quoted: Bool)
  /// `$(…)` or `` `…` ``: the commands inside, run when the word is expanded; their output,
  /// less trailing newlines, is the text. `source` is what was typed between the delimiters.
  case commandSubstitution(ParsedLine, source: String, quoted: Bool)
}

/// A word of a command line as typed: its parts in order, expanded only when the command runs so
/// that `$?` sees the status of the command before it.
public struct ShellWord: Equatable, Sendable {
  public var parts: [WordPart]

  public init(_ parts: [WordPart]) {
    self.parts = parts
  }

  /// A word of plain unquoted text, for building expected parse trees.
  public static func plain(_ text: String) -> ShellWord { ShellWord([.literal(text, quoted: false)]) }

  /// The word as it was typed, less its quotes: parameters written back as `$NAME`.
  public var typedText: String {
    parts.map { part in
      switch part {
      case .literal(let text, _): text
      case .parameter(let name, _): "$" + name
      case .tilde(let prefix): "~" + prefix
      case .badSubstitution(let text): "${" + text + "}"
      case .operation(_, let source, _): source
      case .commandSubstitution(_, let source, _): "$(" + source + ")"
      }
    }.joined()
  }

  /// The text of the word when it is one unquoted literal (used to spot reserved words).
  var unquotedText: String? {
    guard parts.count == 1, case .literal(let text, quoted: false) = parts[0] else { return nil }
    return text
  }
}
