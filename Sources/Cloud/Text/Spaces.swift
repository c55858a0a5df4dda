/// Runs of spaces for the column layouts every tool prints.
///
/// `String(repeating: " ", count:)` cost about 10,000 instructions a call here, and a listing or a
/// usage table pads every cell; a slice of one long run costs a few dozen.
public enum Spaces {
  private static let run = String(repeating: " ", count: 256)

  /// `count` spaces; `count` must not be negative.
  public static func of(_ count: Int) -> String {
    precondition(count >= 0, "Spaces.of: a negative count")
    guard count <= 256 else { return String(repeating: " ", count: count) }
    let bytes = run.utf8
    return String(run[..<bytes.index(bytes.startIndex, offsetBy: count)])
  }
}
