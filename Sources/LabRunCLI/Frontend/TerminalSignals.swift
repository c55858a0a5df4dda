#if canImport(Glibc)
  import Glibc
#endif

/// The terminal's settings and the signals around a raw-mode read, kept where signal handlers
/// can reach them (a handler may only touch globals and async-signal-safe calls).
enum TerminalSignals {
  nonisolated(unsafe) private static var saved = termios()
  nonisolated(unsafe) private static var raw = false
  nonisolated(unsafe) private static var resized: sig_atomic_t = 0

  /// Ignores the keyboard's signals for the session, and restores the terminal on hang-up or
  /// termination before dying of the signal as usual.
  static func installForSession() {
    signal(SIGINT, SIG_IGN)
    signal(SIGQUIT, SIG_IGN)
    signal(SIGTSTP, SIG_IGN)
    install(SIGWINCH) { _ in TerminalSignals.resized = 1 }
    for fatal in [SIGHUP, SIGTERM] {
      install(fatal) { signal in
        if TerminalSignals.raw { tcsetattr(STDIN_FILENO, TCSANOW, &TerminalSignals.saved) }
        Glibc.signal(signal, SIG_DFL)
        raise(signal)
      }
    }
  }

  static func restoreDefaults() {
    for number in [SIGINT, SIGQUIT, SIGTSTP, SIGWINCH, SIGHUP, SIGTERM] { signal(number, SIG_DFL) }
  }

  /// A handler without `SA_RESTART`, so a blocked `read` returns to notice a resize.
  private static func install(_ number: Int32, _ handler: @convention(c) (Int32) -> Void) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(number, &action, nil)
  }

  /// Whether the window changed size since the last call.
  static func takeResize() -> Bool {
    defer { resized = 0 }
    return resized != 0
  }

  /// Puts the terminal in raw mode (no echo, no line discipline, keys as bytes; output still turns
  /// `\n` into `\r\n`, so commands' output needs nothing special); false when standard input is
  /// not a terminal that allows it.
  static func enterRawMode() -> Bool {
    guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return false }
    var settings = saved
    settings.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
    settings.c_cflag |= tcflag_t(CS8)
    settings.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
    withUnsafeMutableBytes(of: &settings.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    // TCSANOW, not TCSAFLUSH: keys already typed are the learner's, not to be thrown away.
    guard tcsetattr(STDIN_FILENO, TCSANOW, &settings) == 0 else { return false }
    raw = true
    return true
  }

  static func leaveRawMode() {
    guard raw else { return }
    tcsetattr(STDIN_FILENO, TCSANOW, &saved)
    raw = false
  }
}
