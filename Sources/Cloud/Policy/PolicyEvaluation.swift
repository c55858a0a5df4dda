/// The outcome of a policy for a request, with the statement that decided it.
public struct PolicyEvaluation: Equatable, Sendable {
  public var decision: PolicyDecision
  /// Index (0-based) of the deciding statement: the first matching Deny, else the first matching
  /// Allow; nil when nothing matched.
  public var statementIndex: Int?
  /// That statement's Sid, if it has one.
  public var sid: String?
}

extension PolicyDocument {
  /// Whether this policy allows, explicitly denies, or says nothing about `request`.
  public func evaluate(_ request: PolicyRequest) -> PolicyDecision {
    evaluation(of: request).decision
  }

  /// ``evaluate(_:)`` with the deciding statement, so a denial can be explained.
  public func evaluation(of request: PolicyRequest) -> PolicyEvaluation {
    var firstAllow: Int?
    for (index, statement) in statements.enumerated() where statement.applies(to: request) {
      if statement.effect == .deny {
        return PolicyEvaluation(decision: .explicitDeny, statementIndex: index, sid: statement.sid)
      }
      if firstAllow == nil { firstAllow = index }
    }
    if let firstAllow {
      return PolicyEvaluation(decision: .allow, statementIndex: firstAllow, sid: statements[firstAllow].sid)
    }
    return PolicyEvaluation(decision: .notApplicable, statementIndex: nil, sid: nil)
  }
}

extension PolicyStatement {
  /// True when principal, action, resource and every condition match the request.
  public func applies(to request: PolicyRequest) -> Bool {
    if let principal, principal.value.matches(request.principal) == principal.negated { return false }
    let actionMatches = actions.value.contains { WildcardPattern($0, caseSensitive: false).matches(request.action) }
    if actionMatches == actions.negated { return false }
    let resourceMatches = resources.value.contains { WildcardPattern($0).matches(request.resource) }
    if resourceMatches == resources.negated { return false }
    return conditions.allSatisfy { $0.holds(for: request) }
  }
}

extension PrincipalSet {
  /// True when `principal` (an ARN or account ID) is one of these principals.
  ///
  /// An account (`123456789012` or `arn:aws:iam::123456789012:root`) covers every principal of
  /// that account; a role ARN covers its assumed-role sessions.
  public func matches(_ principal: String) -> Bool {
    switch self {
    case .any:
      return true
    case .named(let entries):
      let callerAccount = PrincipalSet.account(of: principal)
      let callerRole = PrincipalSet.roleARN(ofSession: principal)
      for entry in entries where entry.type == "AWS" {
        for value in entry.values {
          if value == "*" || value == principal || value == callerRole { return true }
          if let account = PrincipalSet.accountOnly(value), account == callerAccount { return true }
        }
      }
      for entry in entries where entry.type != "AWS" && entry.values.contains(principal) {
        return true
      }
      return false
    }
  }

  /// The account of an ARN (`arn:aws:iam::ACCOUNT:…`) or a bare 12-digit account ID.
  static func account(of principal: String) -> String? {
    if principal.count == 12, principal.allSatisfy(isDigitCharacter) { return principal }
    let fields = principal.split(separator: ":", omittingEmptySubsequences: false)
    guard fields.count >= 6, fields[0] == "arn" else { return nil }
    return String(fields[4])
  }

  /// The account when `value` names a whole account, else nil.
  static func accountOnly(_ value: String) -> String? {
    if value.count == 12, value.allSatisfy(isDigitCharacter) { return value }
    let fields = value.split(separator: ":", omittingEmptySubsequences: false)
    guard fields.count == 6, fields[0] == "arn", fields[2] == "iam", fields[5] == "root" else { return nil }
    return String(fields[4])
  }

  /// `arn:aws:iam::A:role/R` for a session `arn:aws:sts::A:assumed-role/R/SESSION`.
  static func roleARN(ofSession principal: String) -> String? {
    let fields = principal.split(separator: ":", omittingEmptySubsequences: false)
    guard fields.count == 6, fields[0] == "arn", fields[2] == "sts" else { return nil }
    let path = fields[5].split(separator: "/")
    guard path.count >= 3, path[0] == "assumed-role" else { return nil }
    return "arn:\(fields[1]):iam::\(fields[4]):role/\(path[1])"
  }
}

extension PolicyCondition {
  /// True when the condition holds for the request, following AWS's rules for absent keys:
  /// a positive operator fails, a negated one holds, an `…IfExists` one holds, `Null` tests
  /// absence itself, and `ForAllValues` holds vacuously.
  public func holds(for request: PolicyRequest) -> Bool {
    let base = conditionOperator.base
    guard let actual = request.contextValues(key), !actual.isEmpty else {
      if base == .null { return values.contains { $0.lowercased() == "true" } }
      if conditionOperator.ifExists || conditionOperator.qualifier == .forAllValues { return true }
      return base.isNegated
    }
    if base == .null { return values.contains { $0.lowercased() == "false" } }
    switch conditionOperator.qualifier {
    case .forAllValues?:
      return actual.allSatisfy { valueHolds($0) }
    case .forAnyValue?, nil:
      // A negated operator on a multi-valued key without a qualifier requires every value to
      // avoid the policy's values; with one value (the usual case) both readings agree.
      return base.isNegated && conditionOperator.qualifier == nil
        ? actual.allSatisfy { valueHolds($0) } : actual.contains { valueHolds($0) }
    }
  }

  /// Whether one request value satisfies the operator against the policy's values.
  private func valueHolds(_ actual: String) -> Bool {
    let base = conditionOperator.base
    let matchesAny = values.contains { matches(policyValue: $0, actual: actual) }
    return base.isNegated ? !matchesAny : matchesAny
  }

  private func matches(policyValue: String, actual: String) -> Bool {
    switch conditionOperator.base {
    case .stringEquals, .stringNotEquals, .arnEquals, .arnNotEquals:
      // ArnEquals is a wildcard match too, per the IAM reference; Arn values rarely contain `*`
      // unless meant as one.
      if conditionOperator.base == .arnEquals || conditionOperator.base == .arnNotEquals {
        return WildcardPattern(policyValue).matches(actual)
      }
      return policyValue == actual
    case .stringEqualsIgnoreCase, .stringNotEqualsIgnoreCase:
      return policyValue.lowercased() == actual.lowercased()
    case .stringLike, .stringNotLike, .arnLike, .arnNotLike:
      return WildcardPattern(policyValue).matches(actual)
    case .ipAddress, .notIpAddress:
      return IPv4Range(policyValue)?.contains(actual) ?? false
    case .bool:
      return policyValue.lowercased() == actual.lowercased()
    case .null:
      return false
    }
  }
}

/// An IPv4 address or CIDR range as written in an `IpAddress` condition.
struct IPv4Range {
  let network: UInt32
  let mask: UInt32

  init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 1 || parts.count == 2, let address = IPv4Range.parseAddress(String(parts[0])) else {
      return nil
    }
    var length = 32
    if parts.count == 2 {
      guard let value = Int(parts[1]), (0...32).contains(value) else { return nil }
      length = value
    }
    mask = length == 0 ? 0 : UInt32.max << UInt32(32 - length)
    network = address & mask
  }

  func contains(_ text: String) -> Bool {
    guard let address = IPv4Range.parseAddress(text) else { return false }
    return address & mask == network
  }

  static func parseAddress(_ text: String) -> UInt32? {
    let octets = text.split(separator: ".", omittingEmptySubsequences: false)
    guard octets.count == 4 else { return nil }
    var value: UInt32 = 0
    for octet in octets {
      guard !octet.isEmpty, octet.count <= 3, octet.allSatisfy(isDigitCharacter), let byte = UInt32(octet), byte <= 255
      else { return nil }
      value = value << 8 | byte
    }
    return value
  }
}

/// True for the ASCII digits 0–9 only (Character.isNumber would also accept other scripts' digits).
private func isDigitCharacter(_ character: Character) -> Bool {
  character >= "0" && character <= "9"
}
