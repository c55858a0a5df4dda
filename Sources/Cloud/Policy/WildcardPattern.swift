/// IAM's wildcard matching: `*` matches any run of characters (including none, and across `/`
/// and `:`), `?` matches exactly one character; everything else matches itself.
public struct WildcardPattern: Equatable, Sendable {
  public let pattern: String
  public let caseSensitive: Bool
  private let scalars: [Unicode.Scalar]

  /// A pattern; actions are matched case-insensitively, resources and ARNs case-sensitively.
  public init(_ pattern: String, caseSensitive: Bool = true) {
    self.pattern = pattern
    self.caseSensitive = caseSensitive
    self.scalars = Array((caseSensitive ? pattern : pattern.lowercased()).unicodeScalars)
  }

  /// True when `text` matches the whole pattern.
  public func matches(_ text: String) -> Bool {
    let subject = Array((caseSensitive ? text : text.lowercased()).unicodeScalars)
    // Greedy matching with one backtrack point (the last `*`), linear in practice.
    var p = 0
    var s = 0
    var starAt: Int?
    var resumeAt = 0
    while s < subject.count {
      if p < scalars.count, scalars[p] == "*" {
        starAt = p
        resumeAt = s
        p += 1
      } else if p < scalars.count, scalars[p] == "?" || scalars[p] == subject[s] {
        p += 1
        s += 1
      } else if let star = starAt {
        p = star + 1
        resumeAt += 1
        s = resumeAt
      } else {
        return false
      }
    }
    while p < scalars.count, scalars[p] == "*" { p += 1 }
    return p == scalars.count
  }
}
