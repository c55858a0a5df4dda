/// A mistake in a world description, located by its field path (`vpc.subnets[1].cidr`).
///
/// The labs loader maps the path back to a file, line and column.
public struct DescriptionError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The path of the offending field, dot-separated, with `[n]` for list items.
  public let path: String
  /// What is wrong and what would be right.
  public let message: String

  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { "\(path): \(message)" }
}

/// All the mistakes found in one world description.
public struct DescriptionErrors: Error, Equatable, Sendable, CustomStringConvertible {
  public let errors: [DescriptionError]

  public var description: String { errors.map(\.description).joined(separator: "\n") }
}
