extension World {
  /// `[{GroupId, GroupName}]` for a list of security group IDs, in the order given.
  func groupIdentifiersJSON(_ ids: [String]) -> JSONValue {
    .array(
      ids.map { id in
        .object([("GroupId", .string(id)), ("GroupName", .string(securityGroup(id)?.name ?? ""))])
      })
  }

  /// Rules as `IpPermissions`: rules granting the same protocol and ports are one permission whose
  /// sources are merged, as AWS stores them, in order of first appearance.
  func ipPermissionsJSON(_ rules: [SecurityGroupRule]) -> JSONValue {
    var merged: [SecurityGroupRule] = []
    for rule in rules {
      if let at = merged.firstIndex(where: { $0.samePermission(as: rule) }) {
        merged[at].cidrs += rule.cidrs.filter { !merged[at].cidrs.contains($0) }
        merged[at].groupIds += rule.groupIds.filter { !merged[at].groupIds.contains($0) }
        merged[at].prefixListIds += rule.prefixListIds.filter { !merged[at].prefixListIds.contains($0) }
      } else {
        merged.append(rule)
      }
    }
    return .array(merged.map(ipPermissionJSON))
  }

  /// One permission, in botocore's `IpPermission` member order; ports are absent for all protocols.
  func ipPermissionJSON(_ rule: SecurityGroupRule) -> JSONValue {
    var members: [(String, JSONValue)] = [("IpProtocol", .string(rule.ipProtocol))]
    if let from = rule.fromPort { members.append(("FromPort", .int(from))) }
    if let to = rule.toPort { members.append(("ToPort", .int(to))) }
    func described(_ pairs: [(String, JSONValue)]) -> JSONValue {
      var all: [(String, JSONValue)] = []
      if let text = rule.description { all.append(("Description", .string(text))) }
      return .object(all + pairs)
    }
    members += [
      (
        "UserIdGroupPairs",
        .array(rule.groupIds.map { described([("UserId", .string(accountId)), ("GroupId", .string($0))]) })
      ),
      ("IpRanges", .array(rule.cidrs.map { described([("CidrIp", .string($0.description))]) })),
      ("Ipv6Ranges", []),
      ("PrefixListIds", .array(rule.prefixListIds.map { described([("PrefixListId", .string($0))]) })),
    ]
    return .object(members)
  }

  /// A security group as DescribeSecurityGroups shows it, in botocore's `SecurityGroup` member order.
  func securityGroupJSON(_ group: SecurityGroup) -> JSONValue {
    .object([
      ("GroupId", .string(group.id)),
      ("IpPermissionsEgress", ipPermissionsJSON(group.egress)),
      ("VpcId", .string(group.vpcId)),
      ("SecurityGroupArn", .string(ec2ARN("security-group", group.id))),
      ("OwnerId", .string(accountId)),
      ("GroupName", .string(group.name)),
      ("Description", .string(group.description)),
      ("IpPermissions", ipPermissionsJSON(group.ingress)),
    ])
  }
}
