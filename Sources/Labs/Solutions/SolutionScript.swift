import Cloud

/// A reference solution or a wrong-answer fixture: commands, one per line.
public struct SolutionScript: Sendable, Equatable {
  public let path: String
  /// The commands, in order (comments and blank lines removed).
  public let lines: [String]
  /// For a wrong-answer fixture: the step it must leave unpassed.
  public let targetStep: String?
  /// For a wrong-answer fixture: text the feedback for the mistake must contain.
  public let expectedFeedback: String?

  /// Parses a script's text.
  public init(path: String, text: String) {
    self.path = path
    var lines: [String] = []
    var target: String?
    var feedback: String?
    // Split on any line break: a CRLF file's "\r\n" is a single Character in Swift.
    for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      let line = raw.trimmingCharacters(in: " \t\r")
      if line.hasPrefix("# targets:") {
        target = String(line.dropFirst("# targets:".count)).trimmingCharacters(in: " ")
      } else if line.hasPrefix("# feedback:") {
        feedback = String(line.dropFirst("# feedback:".count)).trimmingCharacters(in: " ")
      } else if !line.isEmpty && !line.hasPrefix("#") {
        lines.append(line)
      }
    }
    self.lines = lines
    self.targetStep = target
    self.expectedFeedback = feedback
  }

  /// Fills `{{…}}` placeholders from the world as it is when the line runs, the way a learner
  /// copies an ID from earlier output; nil names the placeholder that could not be filled.
  public static func expand(_ line: String, world: World) -> Result<String, PlaceholderError> {
    var output = ""
    var rest = Substring(line)
    while let open = rest.firstRange(of: "{{") {
      output += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].firstRange(of: "}}") else {
        return .failure(PlaceholderError(placeholder: String(rest[open.lowerBound...]), reason: "is not closed with }}"))
      }
      let name = String(rest[open.upperBound..<close.lowerBound])
      guard let value = value(of: name, world: world) else {
        return .failure(PlaceholderError(placeholder: "{{\(name)}}", reason: "names nothing in the world at this point"))
      }
      output += value
      rest = rest[close.upperBound...]
    }
    return .success(output + rest)
  }

  static func value(of placeholder: String, world: World) -> String? {
    let parts = placeholder.split(separator: ":").map(String.init)
    switch (parts.first, parts.count) {
    case ("vpc", 1): return world.vpcs.first?.id
    case ("subnet", 2): return world.subnets.first { $0.name == parts[1] }?.id
    case ("rtb", 2): return world.routeTables.first { $0.name == parts[1] }?.id
    case ("sg", 2): return world.securityGroups.first { $0.name == parts[1] }?.id
    case ("endpoint", 3):
      return world.liveEndpoints.last { $0.service.rawValue == parts[1] && $0.type.rawValue.lowercased() == parts[2].lowercased() }?.id
    case ("endpoint-dns", 2):
      return world.liveEndpoints.last { $0.service.rawValue == parts[1] && $0.type == .interface }?.regionalDNSName
    default: return nil
    }
  }
}

/// A solution placeholder that could not be filled.
public struct PlaceholderError: Error, Equatable, Sendable {
  public let placeholder: String
  public let reason: String
}
