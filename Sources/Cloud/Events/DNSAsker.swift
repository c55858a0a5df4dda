/// The program that sent a DNS question: a DNS tool the learner ran to look a name up, or a client
/// (awscli, curl, ping …) resolving a name for itself before it connects.
///
/// Checks on lookups tell the two apart: a step that asks the learner to look a name up is about
/// what a DNS tool showed, not about a resolution that happened inside another command.
public struct DNSAsker: Sendable, Equatable, Hashable, Codable {
  /// What kind of program asked.
  public enum Kind: String, Sendable, Equatable, Hashable, Codable {
    /// `nslookup`, `dig` or `host`: the answer is printed for the learner.
    case dnsTool
    /// A program that resolves a name to connect to it; the answer is not shown as such.
    case client
  }

  public let kind: Kind
  /// The command's name as typed (`dig`, `aws`, `curl` …).
  public let program: String

  public init(kind: Kind, program: String) {
    self.kind = kind
    self.program = program
  }

  /// A DNS tool's query.
  public static func dnsTool(_ program: String) -> DNSAsker { DNSAsker(kind: .dnsTool, program: program) }

  /// A client's own resolution.
  public static func client(_ program: String) -> DNSAsker { DNSAsker(kind: .client, program: program) }

  /// True for `nslookup`, `dig` and `host`.
  public var isDNSTool: Bool { kind == .dnsTool }
}
