import Cloud

/// Makes mutated lab files from a valid one, the way a careless author (or a hostile one) would
/// break it: deleted, repeated and swapped lines, shifted indentation, cut text, stray bytes,
/// control characters and invalid UTF-8, deep nesting, alias bombs, repeated keys, misspelt
/// words. Deterministic: the same seed gives the same mutations on every machine.
struct LabMutator {
  private var generator: SeededGenerator
  /// Words a careless author types where another belonged.
  static let words = [
    "", "~", "null", "true", "-1", "1e9", "99999999999999999999", "ListObjectV2", "NoSuchBuckett", "V9", "[", "{",
    "'", "\"", "&a", "*a", "*missing", "!!binary", "|", ">", "- x", "? k", "k: v", ": ", "#", "%YAML 1.2", "---", "...",
  ]

  init(seed: UInt64) {
    generator = SeededGenerator(seed: seed)
  }

  private mutating func pick(_ count: Int) -> Int { generator.index(max(count, 1)) }

  /// One to three mutations of `text`, as bytes (some are not valid UTF-8), and what was done.
  mutating func mutate(_ text: String) -> (bytes: [UInt8], description: String) {
    var bytes = Array(text.utf8)
    var done: [String] = []
    for _ in 0...pick(3) {
      let (mutated, what) = mutateOnce(bytes)
      bytes = mutated
      done.append(what)
    }
    return (bytes, done.joined(separator: ", "))
  }

  private mutating func mutateOnce(_ bytes: [UInt8]) -> ([UInt8], String) {
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    let line = pick(lines.count)
    switch pick(14) {
    case 0:
      lines.remove(at: line)
      return (join(lines), "deleted line \(line + 1)")
    case 1:
      lines.insert(lines[line], at: line)
      return (join(lines), "repeated line \(line + 1)")
    case 2:
      let other = pick(lines.count)
      lines.swapAt(line, other)
      return (join(lines), "swapped lines \(line + 1) and \(other + 1)")
    case 3:
      let shift = pick(5) + 1
      lines[line] = Array(repeating: 0x20, count: shift) + lines[line]
      return (join(lines), "indented line \(line + 1) by \(shift)")
    case 4:
      let leading = lines[line].prefix { $0 == 0x20 }.count
      lines[line].removeFirst(min(leading, pick(4) + 1))
      return (join(lines), "dedented line \(line + 1)")
    case 5:
      let at = pick(bytes.count)
      return (Array(bytes.prefix(at)), "cut at byte \(at)")
    case 6:
      var result = bytes
      let at = pick(result.count)
      let byte = UInt8(truncatingIfNeeded: generator.next())
      result.insert(byte, at: at)
      return (result, "inserted byte 0x\(String(byte, radix: 16)) at \(at)")
    case 7:
      var result = bytes
      let at = pick(result.count)
      if !result.isEmpty { result[at] = UInt8(pick(32)) }
      return (result, "control character at byte \(at)")
    case 8:
      var result = bytes
      let at = pick(result.count)
      result.insert(contentsOf: [0xC3, 0x28], at: at)
      return (result, "invalid UTF-8 at byte \(at)")
    case 9:
      let depth = [50, 500, 5_000, 20_000][pick(4)]
      let nest = Array(String(repeating: "[", count: depth).utf8) + Array(String(repeating: "]", count: depth).utf8)
      lines.insert(Array("deep: ".utf8) + nest, at: line)
      return (join(lines), "\(depth) brackets at line \(line + 1)")
    case 10:
      var bomb = "bomb:\n  a0: &a0 [x, x, x, x, x, x, x, x]\n"
      for level in 1...8 {
        bomb += "  a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 8).joined(separator: ", "))]\n"
      }
      lines.insert(Array(bomb.utf8), at: min(line, lines.count))
      return (join(lines), "alias bomb at line \(line + 1)")
    case 11:
      let indent = lines[line].prefix { $0 == 0x20 }
      lines.insert(Array(indent) + Array("id: again".utf8), at: line)
      return (join(lines), "extra id at line \(line + 1)")
    case 12:
      // A word of the line replaced by another.
      var words = lines[line].split(separator: 0x20, omittingEmptySubsequences: false).map(Array.init)
      let word = pick(words.count)
      let replacement = Self.words[pick(Self.words.count)]
      words[word] = Array(replacement.utf8)
      lines[line] = Array(words.joined(separator: [0x20]))
      return (join(lines), "word \(word) of line \(line + 1) replaced by '\(replacement)'")
    default:
      let depth = [30, 300, 3_000][pick(3)]
      var block: [UInt8] = []
      for level in 0..<depth { block += Array(repeating: 0x20, count: level) + Array("k:\n".utf8) }
      lines.insert(Array("deep:".utf8) + [0x0A] + block, at: line)
      return (join(lines), "block nesting \(depth) at line \(line + 1)")
    }
  }

  private func join(_ lines: [[UInt8]]) -> [UInt8] { Array(lines.joined(separator: [0x0A])) }
}
