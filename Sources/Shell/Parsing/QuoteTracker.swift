/// Where a scan of a line stands in bash's quoting: inside `'…'` or `"…"`, or just after a
/// backslash that escapes what follows. The one place both the input screen and the continuation
/// rules learn which characters are quoted.
struct QuoteTracker {
  /// The quote mark of the quote that is open, if one is.
  private(set) var open: Unicode.Scalar?
  /// Whether the last scalar was a backslash that escapes the next one.
  private(set) var escaped = false

  /// Takes the next scalar; true when it is part of quoting (a quote mark, a backslash, or text
  /// inside quotes or escaped), false when it is plain shell syntax.
  mutating func take(_ scalar: Unicode.Scalar) -> Bool {
    if escaped {
      escaped = false
      return true
    }
    if let quote = open {
      if scalar == quote {
        open = nil
      } else if scalar == "\\" && quote == "\"" {
        // Inside double quotes a backslash escapes; inside single quotes nothing does.
        escaped = true
      }
      return true
    }
    switch scalar {
    case "\\": escaped = true
    case "'", "\"": open = scalar
    default: return false
    }
    return true
  }
}
