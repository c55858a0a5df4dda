import Labs
import LineEditing
import Shell

/// A `Session` driven by the bytes a terminal sends, for a terminal that is not this process's:
/// the browser's.
///
/// The CLI reads a line, then runs it; a WebSocket hands over bytes whenever they arrive. This is
/// the same loop turned inside out: bytes in, bytes out, with the line editor, `> ` continuation,
/// Ctrl-C, Ctrl-D and `exit` exactly as `Session.run` and the CLI's raw terminal treat them. It
/// also does what a terminal's line discipline does for the CLI: every `\n` written goes out as
/// `\r\n`, so command output lands at the start of the next row.
public struct TerminalDriver {
  /// The session, after every line so far.
  public private(set) var session: Session
  private var editor: LineEditor
  /// A command waiting for more lines (an open quote, a trailing `\` or `|`), and why.
  private var continued: (text: String, reason: LineContinuation)?

  /// A driver over `session`, its history in the editor, for a window `width` columns wide.
  public init(session: Session, width: Int) {
    var session = session
    session.setWidth(width)
    self.session = session
    editor = LineEditor(history: session.history, width: width)
    // A command is remembered once it is whole, so a continued one is recalled as one.
    editor.remembersEnteredLines = false
  }

  /// Whether the learner has left the lab; nothing more is read.
  public var ended: Bool { session.ended }

  /// What to show when the page opens: the lab's introduction or where the learner was, and the prompt.
  public mutating func open(resumed: Bool) -> String {
    let shown = resumed ? session.resumption : session.introduction
    return Self.terminal(shown.map(\.text).joined() + beginLine())
  }

  /// Takes the bytes the browser's terminal sent; returns what to write back.
  public mutating func feed(_ bytes: [UInt8]) -> String {
    var output = ""
    var pending = bytes[...]
    while !pending.isEmpty && !ended {
      let (written, event, rest) = editor.feed(pending)
      output += written
      pending = rest[...]
      guard let event else { break }
      output += take(event)
    }
    return Self.terminal(output)
  }

  /// The window changed size: later output is rendered for it, and the line being typed is redrawn.
  public mutating func resize(width: Int) -> String {
    session.setWidth(width)
    return Self.terminal(editor.resize(width: max(1, width)))
  }

  /// What a finished key sequence does.
  private mutating func take(_ event: LineEditor.Event) -> String {
    switch event {
    case .line(let typed):
      var line = typed
      if let (text, reason) = continued {
        line = reason.join(text, typed)
        continued = nil
      }
      if let reason = LineContinuation.of(line) {
        continued = (line, reason)
        editor.completer = SessionCompleter(state: session.attempt.shell, pending: reason.join(line, ""))
        return editor.begin(prompt: LineContinuation.prompt)
      }
      let shown = handle(line)
      return shown.map(\.text).joined() + (ended ? "" : beginLine())
    case .interrupted:
      // Ctrl-C drops the line, and all of a continued command, as bash does.
      continued = nil
      session.interrupt()
      return beginLine()
    case .end:
      if let (text, _) = continued {
        // Ctrl-D ends a continued command where it stands, as bash's end of input does (it then
        // names what is left open, status 2), as the CLI's session does.
        continued = nil
        let shown = handle(text)
        return "\n" + shown.map(\.text).joined() + (ended ? "" : beginLine())
      }
      let shown = session.endOfInput()
      return shown.map(\.text).joined() + (ended ? "" : beginLine())
    }
  }

  /// Runs a whole command, and remembers for Up what the shell's history kept of it, as
  /// `Session.run` does.
  private mutating func handle(_ line: String) -> [Shown] {
    let (shown, kept) = session.handleKeepingHistory(line)
    if let kept { editor.remember(kept) }
    return shown
  }

  /// Shows the prompt for a new command, with completion from the world as it is now.
  private mutating func beginLine() -> String {
    editor.completer = session.completer
    return editor.begin(prompt: session.prompt)
  }

  /// `text` as a terminal's output processing (ONLCR) sends it on: each line feed after a carriage
  /// return, as the CLI's raw mode keeps it; the editor's own `\r\n` becomes `\r\r\n` there too.
  public static func terminal(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      if scalar == "\n" { out.unicodeScalars.append("\r") }
      out.unicodeScalars.append(scalar)
    }
    return out
  }
}
