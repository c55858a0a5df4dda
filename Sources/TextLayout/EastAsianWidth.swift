/// The East Asian Width question as Python's `unicodedata` answers it, for tools that measure text
/// that way rather than as a terminal draws it.
public enum EastAsianWidth {
  /// True when Python 3.11's `unicodedata.east_asian_width` (Unicode 14.0) gives W, F or A for the
  /// scalar; Python gives F to unassigned code points, so they are included.
  public static func isWideFullwidthOrAmbiguous(_ scalar: Unicode.Scalar) -> Bool {
    // Everything below U+00A1 is narrow; skip the search for plain ASCII.
    scalar.value >= 0xA1 && WidthTables.wideFullwidthOrAmbiguous.containsValue(scalar.value)
  }

  /// The length awscli's table formatter gives text (its `get_text_length`): 2 for each scalar that
  /// is Wide, Fullwidth or Ambiguous, 1 for every other, so Korean or Japanese tag values widen their
  /// column as they do in the real `aws`.
  ///
  /// This is not what a terminal shows (combining marks count 2 here, and an emoji sequence counts
  /// each of its scalars); use `displayWidth` for that.
  public static func awscliLength<S: StringProtocol>(_ text: S) -> Int {
    var length = 0
    for scalar in text.unicodeScalars { length += isWideFullwidthOrAmbiguous(scalar) ? 2 : 1 }
    return length
  }
}
