extension Substring {
  /// Without the given characters at either end.
  func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
