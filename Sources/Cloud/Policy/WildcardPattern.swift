/// IAM's wildcard matching: `*` matches any run of characters (including none, and across `/`
/// and `:`), `?` matches exactly one character; everything else matches itself.
public struct WildcardPattern: Equatable, Sendable {
  public let pattern: String
  public let caseSensitive: Bool
  /// The pattern's scalars (lowercased unless case matters), when it is not ASCII.
  private let scalars: [Unicode.Scalar]
  /// The pattern's bytes (lowercased unless case matters) when it is ASCII: with ASCII text, each
  /// byte is a scalar, and lowercasing is ASCII's, so the match runs on bytes with no arrays of
  /// scalars to make (policies and checks match several patterns on every call and event).
  private let bytes: [UInt8]?

  /// A pattern; actions are matched case-insensitively, resources and ARNs case-sensitively.
  public init(_ pattern: String, caseSensitive: Bool = true) {
    self.pattern = pattern
    self.caseSensitive = caseSensitive
    let folded = caseSensitive ? pattern : pattern.lowercased()
    let ascii = ASCIIText.holds(folded)
    self.bytes = ascii ? Array(folded.utf8) : nil
    self.scalars = ascii ? [] : Array(folded.unicodeScalars)
  }

  /// True when `text` matches the whole pattern.
  public func matches(_ text: String) -> Bool {
    if let bytes, ASCIIText.holds(text) {
      var subject = Array(text.utf8)
      // Folded in place: mapping the UTF-8 view into a new array cost half as much again.
      if !caseSensitive { for index in subject.indices { subject[index] = ASCIIText.lowercased(subject[index]) } }
      return Self.matches(bytes, subject, star: UInt8(ascii: "*"), one: UInt8(ascii: "?"))
    }
    let subject = Array((caseSensitive ? text : text.lowercased()).unicodeScalars)
    // An ASCII pattern against text that is not: its bytes are its scalars.
    let pattern = bytes.map { $0.map { Unicode.Scalar($0) } } ?? scalars
    return Self.matches(pattern, subject, star: "*", one: "?")
  }

  /// Whether `subject` matches `pattern`, in which `star` and `one` are the two wildcards.
  private static func matches<Element: Equatable>(
    _ pattern: [Element], _ subject: [Element], star: Element, one: Element
  ) -> Bool {
    // Greedy matching with one backtrack point (the last `*`), linear in practice.
    var p = 0
    var s = 0
    var starAt: Int?
    var resumeAt = 0
    while s < subject.count {
      if p < pattern.count, pattern[p] == star {
        starAt = p
        resumeAt = s
        p += 1
      } else if p < pattern.count, pattern[p] == one || pattern[p] == subject[s] {
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
    while p < pattern.count, pattern[p] == star { p += 1 }
    return p == pattern.count
  }
}
