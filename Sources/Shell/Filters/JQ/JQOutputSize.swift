import Cloud

/// jq's output reached `ShellLimits.maximumOutputBytes`: the run stops there.
struct JQOutputCut: Error {}

/// Bounds on the text jq writes, checked before a value is rendered: a value shares its parts
/// (`[.,.]` holds one array twice), so a small value in memory can print as a huge text.
enum JQOutputSize {
  /// Whether `value`, pretty-printed, takes at most about `limit` bytes; walks no more of the
  /// value than that.
  static func fits(_ value: JSONValue, within limit: Int) -> Bool {
    var total = 0
    var stack: [(JSONValue, Int)] = [(value, 0)]
    while let (next, level) = stack.popLast() {
      // The indentation and separators of a line at this level, plus its text.
      total += 2 * level + 2
      switch next {
      case .string(let text): total += text.utf8.count + 2
      case .number: total += 8
      case .array(let items):
        for item in items { stack.append((item, level + 1)) }
      case .object(let object):
        for member in object {
          total += member.key.utf8.count + 4
          stack.append((member.value, level + 1))
        }
      default: total += 5
      }
      if total > limit { return false }
    }
    return true
  }
}
