/// Finds the closest known name to a mistyped one, for "did you mean" messages.
public enum Suggestion {
  /// The candidate nearest to `input` by edit distance, when it is close enough to be a likely typo.
  ///
  /// A candidate that starts with the input (a prefix) also counts, so `interface` suggests
  /// `interface-endpoint`.
  public static func closest(to input: String, among candidates: [String]) -> String? {
    let lowered = input.lowercased()
    if let prefixed = candidates.sorted().first(where: { $0.hasPrefix(lowered) && !lowered.isEmpty }) {
      return prefixed
    }
    var best: (name: String, distance: Int)?
    for candidate in candidates.sorted() {
      let distance = editDistance(lowered, candidate.lowercased())
      if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    guard let best else { return nil }
    let allowed = max(2, min(lowered.count, best.name.count) / 3)
    return best.distance <= allowed ? best.name : nil
  }

  /// Levenshtein distance between two strings, by characters.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
