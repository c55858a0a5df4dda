import Labs
import LineEditing

#if canImport(Glibc)
  import Glibc
#endif

/// The learner's terminal, in raw mode for the whole session, so that every key reaches labrun's
/// own line editor: nothing is handed to the real shell, libreadline or the real file system.
///
/// Raw all along, not only while a line is read: keys typed while a command runs wait in the
/// terminal, unechoed, for the next prompt instead of being echoed or flushed. Ctrl-C, Ctrl-Z and
/// Ctrl-\ are keys, never signals, so none can end labrun in the middle of a save. The terminal's
/// settings are put back when the session ends, and by a handler when labrun is hung up or
/// terminated.
final class RawTerminal: LineSource {
  private var editor: LineEditor
  private var pending: [UInt8] = []
  private let console: Console

  private let raw: Bool

  init(history: [String], console: Console) {
    self.console = console
    editor = LineEditor(history: history, width: Self.columns() ?? 80)
    // The session says when a command is whole, so a continued one is recalled as one.
    editor.remembersEnteredLines = false
    TerminalSignals.installForSession()
    raw = TerminalSignals.enterRawMode()
    // Bracketed paste: a pasted block arrives marked, so its line breaks and tabs are text.
    if raw { console.write("\u{1B}[?2004h", to: STDOUT_FILENO) }
  }

  deinit {
    if raw { console.write("\u{1B}[?2004l", to: STDOUT_FILENO) }
    TerminalSignals.leaveRawMode()
    TerminalSignals.restoreDefaults()
  }

  var windowWidth: Int? { Self.columns() }

  func remember(_ command: String) { editor.remember(command) }

  func read(prompt: String, completer: any Completer) -> LineInput {
    editor.completer = completer
    editor.setWidth(Self.columns() ?? editor.width)
    guard raw else {
      // A terminal that refuses raw mode still gets plain lines.
      var plain = PlainLineSource(prompting: console)
      return plain.read(prompt: prompt, completer: completer)
    }
    console.write(editor.begin(prompt: prompt), to: STDOUT_FILENO)
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      if !pending.isEmpty {
        let bytes = pending
        pending = []
        if let input = take(bytes) { return input }
        continue
      }
      let count = buffer.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if count > 0 {
        if let input = take(Array(buffer[..<count])) { return input }
      } else if count == 0 {
        return .end
      } else if errno == EINTR {
        if TerminalSignals.takeResize(), let columns = Self.columns() {
          console.write(editor.resize(width: columns), to: STDOUT_FILENO)
        }
      } else {
        return .end
      }
    }
  }

  /// Feeds bytes to the editor; the input they finish, if any (what is left waits for the next line).
  private func take(_ bytes: [UInt8]) -> LineInput? {
    let (output, event, rest) = editor.feed(bytes)
    console.write(output, to: STDOUT_FILENO)
    guard let event else { return nil }
    pending = rest
    switch event {
    case .line(let line): return .line(line)
    case .interrupted: return .interrupted
    case .end: return .end
    }
  }

  /// The window's width in columns, or nil when the terminal does not say.
  static func columns() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}
