import CLibedit
import TextLayout

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
    if !line.trimming(charactersIn: " \t").isEmpty { add_history(raw) }
    return line
  }
}
