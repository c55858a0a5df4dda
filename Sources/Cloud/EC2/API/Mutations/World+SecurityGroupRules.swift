/// One source of one permission: the unit AWS checks for duplicates and revokes.
struct SingleSourceRule: Equatable {
  enum Source: Equatable {
    case cidr(CIDRBlock)
    case group(String)
    case prefixList(String)
  }

  let ipProtocol: String
  let fromPort: Int?
  let toPort: Int?
  let source: Source
  let description: String?

  /// The rule as the model stores it.
  var rule: SecurityGroupRule {
    switch source {
    case .cidr(let block):
      SecurityGroupRule(
        ipProtocol: ipProtocol, fromPort: fromPort, toPort: toPort, cidrs: [block], description: description)
    case .group(let id):
      SecurityGroupRule(
        ipProtocol: ipProtocol, fromPort: fromPort, toPort: toPort, groupIds: [id], description: description)
    case .prefixList(let id):
      SecurityGroupRule(
        ipProtocol: ipProtocol, fromPort: fromPort, toPort: toPort, prefixListIds: [id], description: description)
    }
  }

  /// True when an existing rule grants this protocol, these ports and this source.
  func isGranted(by existing: SecurityGroupRule) -> Bool {
    guard existing.samePermission(as: rule) else { return false }
    switch source {
    case .cidr(let block): return existing.cidrs.contains(block)
    case .group(let id): return existing.groupIds.contains(id)
    case .prefixList(let id): return existing.prefixListIds.contains(id)
    }
  }

  /// How AWS names the rule in `InvalidPermission.Duplicate`:
  /// `peer: 10.0.0.0/8, TCP, from port: 443, to port: 443, ALLOW`. The TCP/UDP form is the one seen in
  /// real errors; the ALL and ICMP forms follow the same pattern [UNCONFIRMED].
  var peerDescription: String {
    let peer: String
    switch source {
    case .cidr(let block): peer = block.description
    case .group(let id): peer = id
    case .prefixList(let id): peer = id
    }
    switch ipProtocol {
    case "-1": return "peer: \(peer), ALL, ALLOW"
    case "icmp": return "peer: \(peer), ICMP, type: \(fromPort ?? -1), code: \(toPort ?? -1), ALLOW"
    default:
      return "peer: \(peer), \(ipProtocol.uppercased()), from port: \(fromPort ?? -1), to port: \(toPort ?? -1), ALLOW"
    }
  }
}

extension World {
  /// Adds inbound rules to a security group; fails, changing nothing, if any is already granted or names
  /// a group or prefix list that does not exist.
  mutating func addIngressRules(groupId: String, _ rules: [SingleSourceRule]) -> Result<Void, APIError> {
    guard let position = securityGroups.firstIndex(where: { $0.id == groupId }) else {
      return .failure(EC2Errors.groupNotFound(groupId))
    }
    var pending = securityGroups[position].ingress
    for rule in rules {
      switch rule.source {
      case .group(let id) where securityGroup(id) == nil: return .failure(EC2Errors.groupNotFound(id))
      case .prefixList(let id) where prefixList(id) == nil: return .failure(EC2APIErrors.prefixListNotFound(id))
      default: break
      }
      if pending.contains(where: rule.isGranted) {
        return .failure(EC2APIErrors.duplicatePermission(rule.peerDescription))
      }
      pending.append(rule.rule)
    }
    securityGroups[position].ingress = pending
    return .success(())
  }

  /// Removes inbound rules from a security group; fails, changing nothing, unless every one is granted.
  mutating func removeIngressRules(groupId: String, _ rules: [SingleSourceRule]) -> Result<Void, APIError> {
    guard let position = securityGroups.firstIndex(where: { $0.id == groupId }) else {
      return .failure(EC2Errors.groupNotFound(groupId))
    }
    var remaining = securityGroups[position].ingress
    for rule in rules {
      guard let at = remaining.firstIndex(where: rule.isGranted) else {
        return .failure(EC2APIErrors.permissionNotFound)
      }
      switch rule.source {
      case .cidr(let block): remaining[at].cidrs.removeAll { $0 == block }
      case .group(let id): remaining[at].groupIds.removeAll { $0 == id }
      case .prefixList(let id): remaining[at].prefixListIds.removeAll { $0 == id }
      }
      if remaining[at].cidrs.isEmpty && remaining[at].groupIds.isEmpty && remaining[at].prefixListIds.isEmpty {
        remaining.remove(at: at)
      }
    }
    securityGroups[position].ingress = remaining
    return .success(())
  }
}
