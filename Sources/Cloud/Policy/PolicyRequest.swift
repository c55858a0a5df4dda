/// A request as policies judge it: who, what action, on which resource, in which context.
public struct PolicyRequest: Equatable, Sendable {
  /// The caller's ARN (`arn:aws:iam::123456789012:user/admin`,
  /// `arn:aws:sts::123456789012:assumed-role/s3-read/i-0abc`), or an account ID.
  public var principal: String
  /// The IAM action, e.g. `s3:ListBucket`.
  public var action: String
  /// The resource ARN, e.g. `arn:aws:s3:::jschoi.acl`, or `*`.
  public var resource: String
  /// True when the call reached the service through a VPC endpoint (so its policy applies).
  public var viaVPCEndpoint: Bool
  // Condition keys are case-insensitive in AWS, so they are stored lowercased; only looked up.
  private var values: [String: [String]]

  /// A request with condition-context entries (`aws:SourceVpce` → `vpce-…`); a key given more
  /// than once becomes a multi-valued key.
  public init(
    principal: String, action: String, resource: String, context: [(String, String)] = [], viaVPCEndpoint: Bool = false
  ) {
    self.principal = principal
    self.action = action
    self.resource = resource
    self.viaVPCEndpoint = viaVPCEndpoint
    self.values = [:]
    for (key, value) in context { values[key.lowercased(), default: []].append(value) }
  }

  /// The values of a condition key (matched case-insensitively), or nil when the request lacks it.
  public func contextValues(_ key: String) -> [String]? {
    values[key.lowercased()]
  }

  /// Sets (or, with nil, removes) a condition key's value.
  public mutating func setContext(_ key: String, _ value: String?) {
    values[key.lowercased()] = value.map { [$0] }
  }
}

/// The outcome of one policy for one request.
public enum PolicyDecision: Equatable, Sendable {
  /// Some statement allows it and none denies it.
  case allow
  /// A Deny statement matches; nothing can override this.
  case explicitDeny
  /// No statement matches.
  case notApplicable
}
