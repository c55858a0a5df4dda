/// An IAM-style policy: a bucket policy, a VPC endpoint policy or an identity policy.
public struct PolicyDocument: Equatable, Sendable {
  /// `2012-10-17` or `2008-10-17`; nil when the document omits it.
  public var version: String?
  /// The optional `Id`.
  public var id: String?
  public var statements: [PolicyStatement]

  public init(version: String? = nil, id: String? = nil, statements: [PolicyStatement]) {
    self.version = version
    self.id = id
    self.statements = statements
  }

  /// The text AWS stores for a gateway endpoint created without `--policy-document` (full access).
  public static let defaultEndpointPolicyText =
    #"{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}"#

  /// ``defaultEndpointPolicyText`` as a document.
  public static let defaultEndpointPolicy = PolicyDocument(
    version: "2008-10-17",
    statements: [
      PolicyStatement(
        effect: .allow, principal: .init(.any), actions: .init(["*"]), resources: .init(["*"]))
    ])
}

/// One statement of a policy.
public struct PolicyStatement: Equatable, Sendable {
  public enum Effect: String, Equatable, Sendable {
    case allow = "Allow"
    case deny = "Deny"
  }

  public var sid: String?
  public var effect: Effect
  /// `Principal` or `NotPrincipal`; nil in identity policies, which have neither.
  public var principal: Negatable<PrincipalSet>?
  /// `Action` or `NotAction` patterns.
  public var actions: Negatable<[String]>
  /// `Resource` or `NotResource` patterns.
  public var resources: Negatable<[String]>
  /// Every condition must hold for the statement to apply.
  public var conditions: [PolicyCondition]

  public init(
    sid: String? = nil, effect: Effect, principal: Negatable<PrincipalSet>? = nil, actions: Negatable<[String]>,
    resources: Negatable<[String]>, conditions: [PolicyCondition] = []
  ) {
    self.sid = sid
    self.effect = effect
    self.principal = principal
    self.actions = actions
    self.resources = resources
    self.conditions = conditions
  }
}

/// An element that can be written positively (`Action`) or negatively (`NotAction`).
public struct Negatable<Value: Equatable & Sendable>: Equatable, Sendable {
  public var value: Value
  /// True for the `Not…` form: the statement applies to everything the value does *not* match.
  public var negated: Bool

  public init(_ value: Value, negated: Bool = false) {
    self.value = value
    self.negated = negated
  }
}

/// The principals a statement names.
public enum PrincipalSet: Equatable, Sendable {
  /// `"*"` or `{"AWS": "*"}`: everyone.
  case any
  /// Named principals by type (`AWS`, `Service`, `Federated`, `CanonicalUser`), in document order.
  case named([PrincipalEntry])
}

/// Principals of one type, e.g. `"AWS": ["arn:aws:iam::123456789012:root"]`.
public struct PrincipalEntry: Equatable, Sendable {
  public var type: String
  public var values: [String]

  public init(type: String, values: [String]) {
    self.type = type
    self.values = values
  }
}

/// One operator applied to one key: `"StringEquals": {"aws:SourceVpce": ["vpce-1a2b3c4d"]}`.
public struct PolicyCondition: Equatable, Sendable {
  public var conditionOperator: ConditionOperator
  /// The condition key as written (matched case-insensitively).
  public var key: String
  /// The policy's values; the condition holds if any one matches (all fail, for negated operators).
  public var values: [String]

  public init(_ conditionOperator: ConditionOperator, key: String, values: [String]) {
    self.conditionOperator = conditionOperator
    self.key = key
    self.values = values
  }
}

/// A condition operator with its modifiers, e.g. `ForAnyValue:StringLikeIfExists`.
public struct ConditionOperator: Equatable, Sendable {
  public enum Base: String, Equatable, Sendable, CaseIterable {
    case stringEquals = "StringEquals"
    case stringNotEquals = "StringNotEquals"
    case stringEqualsIgnoreCase = "StringEqualsIgnoreCase"
    case stringNotEqualsIgnoreCase = "StringNotEqualsIgnoreCase"
    case stringLike = "StringLike"
    case stringNotLike = "StringNotLike"
    case ipAddress = "IpAddress"
    case notIpAddress = "NotIpAddress"
    case arnEquals = "ArnEquals"
    case arnNotEquals = "ArnNotEquals"
    case arnLike = "ArnLike"
    case arnNotLike = "ArnNotLike"
    case bool = "Bool"
    case null = "Null"

    /// True for operators that hold when the value does *not* match.
    public var isNegated: Bool {
      switch self {
      case .stringNotEquals, .stringNotEqualsIgnoreCase, .stringNotLike, .notIpAddress, .arnNotEquals, .arnNotLike:
        return true
      default:
        return false
      }
    }
  }

  /// `ForAnyValue:` / `ForAllValues:` set qualifiers for multi-valued keys.
  public enum SetQualifier: String, Equatable, Sendable {
    case forAnyValue = "ForAnyValue"
    case forAllValues = "ForAllValues"
  }

  public var base: Base
  public var ifExists: Bool
  public var qualifier: SetQualifier?

  public init(_ base: Base, ifExists: Bool = false, qualifier: SetQualifier? = nil) {
    self.base = base
    self.ifExists = ifExists
    self.qualifier = qualifier
  }

  /// The operator as a policy writes it.
  public var name: String {
    (qualifier.map { $0.rawValue + ":" } ?? "") + base.rawValue + (ifExists ? "IfExists" : "")
  }

  /// Reads `StringEquals`, `StringLikeIfExists`, `ForAnyValue:StringEquals` …; nil if unknown.
  /// Operator names are case-sensitive in AWS.
  public init?(name: String) {
    var rest = Substring(name)
    var qualifier: SetQualifier?
    if let colon = rest.firstIndex(of: ":") {
      guard let parsed = SetQualifier(rawValue: String(rest[..<colon])) else { return nil }
      qualifier = parsed
      rest = rest[rest.index(after: colon)...]
    }
    var ifExists = false
    if rest.hasSuffix("IfExists") {
      ifExists = true
      rest = rest.dropLast("IfExists".count)
    }
    guard let base = Base(rawValue: String(rest)) else { return nil }
    // `Null` tests existence itself, so an IfExists form of it is meaningless and AWS rejects it.
    if base == .null && ifExists { return nil }
    self.init(base, ifExists: ifExists, qualifier: qualifier)
  }
}
