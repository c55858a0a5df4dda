/// Cuts one command's output at `ShellLimits.maximumOutputBytes`, with a note in place of the rest.
///
/// A pure function of the output, so a live run and its replay cut at the same byte and say the
/// same note: what the learner saw is what replay reproduces.
public enum OutputCap {
  /// `chunks` unchanged when their text fits, else the chunks up to the cap (the last one cut on
  /// a character boundary) and then `ShellLimits.outputCutNote` on standard error.
  public static func apply(_ chunks: [OutputChunk], limit: Int = ShellLimits.maximumOutputBytes) -> [OutputChunk] {
    var total = 0
    for chunk in chunks { total += chunk.text.utf8.count }
    // A tool that cut its own output (jq) already said so: its note is not output to cut again.
    if let last = chunks.last, last.stream == .stderr, last.text == ShellLimits.outputCutNote {
      total -= last.text.utf8.count
    }
    guard total > limit else { return chunks }
    var kept: [OutputChunk] = []
    var room = limit
    for chunk in chunks {
      let size = chunk.text.utf8.count
      if size <= room {
        kept.append(chunk)
        room -= size
        continue
      }
      if room > 0 {
        var part = chunk
        part.text = prefix(chunk.text, bytes: room)
        if !part.text.isEmpty { kept.append(part) }
      }
      break
    }
    kept.append(OutputChunk(.stderr, ShellLimits.outputCutNote))
    return kept
  }

  /// The longest prefix of `text` of at most `bytes` bytes of UTF-8 that ends on a scalar boundary.
  public static func prefix(_ text: String, bytes: Int) -> String {
    let utf8 = Array(text.utf8)
    guard utf8.count > bytes else { return text }
    var end = max(bytes, 0)
    // Back off the continuation bytes of a scalar the cut would split.
    while end > 0, utf8[end] & 0xC0 == 0x80 { end -= 1 }
    return String(decoding: utf8[..<end], as: UTF8.self)
  }
}
