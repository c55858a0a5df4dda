/// Which side of a padded field the text sits on.
public enum TextAlignment: Sendable, Hashable {
  /// Text first, spaces after it.
  case left
  /// Spaces first, text after them.
  case right
}

extension StringProtocol {
  /// This text with spaces added so that it takes `width` terminal columns.
  ///
  /// Text already as wide as `width` or wider comes back unchanged: columns are never cut.
  public func padded(toWidth width: Int, alignment: TextAlignment = .left) -> String {
    let fill = width - displayWidth
    guard fill > 0 else { return String(self) }
    let spaces = String(repeating: " ", count: fill)
    switch alignment {
    case .left: return String(self) + spaces
    case .right: return spaces + String(self)
    }
  }
}
