import CLibedit

#if canImport(Glibc)
  import Glibc
#endif

/// Reads lines on a terminal with editing and history (libedit), as a shell prompt would.
enum LineEditor {
  /// Shows `prompt` and reads one line; nil at end of input (Ctrl-D).
  static func read(prompt: String) -> String? {
    guard let raw = readline(prompt) else { return nil }
    defer { free(raw) }
    let line = String(cString: raw)
    if !line.trimmingCharacters(in: " \t").isEmpty { add_history(raw) }
    return line
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var text = Substring(self)
    while let first = text.first, set.contains(first) { text.removeFirst() }
    while let last = text.last, set.contains(last) { text.removeLast() }
    return String(text)
  }
}
