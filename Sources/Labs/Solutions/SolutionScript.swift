import Cloud
import TextLayout

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
      let line = String(raw.trimming(charactersIn: " \t\r"))
      if line.hasPrefix("# targets:") {
        target = String(line.dropFirst("# targets:".count).trimming(charactersIn: " "))
      } else if line.hasPrefix("# feedback:") {
        feedback = String(line.dropFirst("# feedback:".count).trimming(charactersIn: " "))
      } else if !line.isEmpty && !SolutionScript.isComment(line) {
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
        return .failure(
          PlaceholderError(placeholder: String(rest[open.lowerBound...]), reason: "is not closed with }}"))
      }
      let name = String(rest[open.upperBound..<close.lowerBound])
      guard let value = value(of: name, world: world) else {
        return .failure(
          PlaceholderError(placeholder: "{{\(name)}}", reason: "names nothing in the world at this point"))
      }
      output += value
      rest = rest[close.upperBound...]
    }
    return .success(output + rest)
  }

  /// The value of the placeholder written `{{placeholder}}`; nil when it names nothing.
  static func value(of placeholder: String, world: World) -> String? {
    let parts = placeholder.split(separator: ":").map(String.init)
    guard let first = parts.first, let kind = Placeholder(rawValue: first), parts.count == 1 + kind.arguments.count
    else {
      return nil
    }
    return kind.value(Array(parts.dropFirst()), world: world)
  }

  /// The kinds of `{{…}}` placeholder: a name, then its arguments after `:`.
  public enum Placeholder: String, CaseIterable, Sendable {
    /// The VPC's ID.
    case vpc
    /// A subnet's ID, by name.
    case subnet
    /// A route table's ID, by name.
    case rtb
    /// A security group's ID, by name.
    case sg
    /// The newest endpoint's ID, by service and type (`gateway` or `interface`).
    case endpoint
    /// The regional DNS name of the newest interface endpoint of a service.
    case endpointDNS = "endpoint-dns"

    /// What follows the name, one word for each argument, as FORMAT.md spells them.
    public var arguments: [String] {
      switch self {
      case .vpc: []
      case .subnet, .rtb, .sg: ["NAME"]
      case .endpoint: ["SERVICE", "TYPE"]
      case .endpointDNS: ["SERVICE"]
      }
    }

    /// The placeholder as documented, e.g. `{{subnet:NAME}}`.
    public var syntax: String { "{{" + ([rawValue] + arguments).joined(separator: ":") + "}}" }

    /// The value for these arguments (as many as `arguments`), from the world as it is now.
    func value(_ arguments: [String], world: World) -> String? {
      switch self {
      case .vpc: world.vpcs.first?.id
      case .subnet: world.subnets.first { $0.name == arguments[0] }?.id
      case .rtb: world.routeTables.first { $0.name == arguments[0] }?.id
      case .sg: world.securityGroups.first { $0.name == arguments[0] }?.id
      case .endpoint:
        world.liveEndpoints.last {
          $0.service.rawValue == arguments[0] && $0.type.rawValue.lowercased() == arguments[1].lowercased()
        }?.id
      case .endpointDNS:
        world.liveEndpoints.last { $0.service.rawValue == arguments[0] && $0.type == .interface }?.regionalDNSName
      }
    }
  }
}

/// A solution placeholder that could not be filled.
public struct PlaceholderError: Error, Equatable, Sendable {
  public let placeholder: String
  public let reason: String
}
