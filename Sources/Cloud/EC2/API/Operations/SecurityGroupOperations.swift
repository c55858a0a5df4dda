extension World {
  /// AuthorizeSecurityGroupIngress: `{"Return": true}`, with `SecurityGroupRules` for the new rules in the
  /// later era (security group rule IDs appeared in July 2021, after the article).
  mutating func authorizeSecurityGroupIngress(
    _ request: EC2Parameters, context: inout EC2CallContext
  ) throws(APIError) -> JSONValue {
    let groupId = try targetGroup(request)
    let rules = try requestedRules(request)
    if case .failure(let error) = addIngressRules(groupId: groupId, rules) { throw error }
    var ruleObjects: [JSONValue] = []
    for rule in rules {
      var summary = "inbound \(rule.peerDescription) added to \(groupId)"
      if showsLaterFields {
        let ruleId = newId("sgr")
        ruleObjects.append(securityGroupRuleJSON(rule, id: ruleId, groupId: groupId))
        summary += " as \(ruleId)"
      }
      context.record(time: now, kind: "security-group-rule", id: groupId, change: "created", summary: summary)
    }
    guard showsLaterFields else { return .object([("Return", true)]) }
    return .object([("Return", true), ("SecurityGroupRules", .array(ruleObjects))])
  }

  /// RevokeSecurityGroupIngress: `{"Return": true}`; every rule named must exist.
  ///
  /// Later AWS revokes what matches and lists the rest as `UnknownIpPermissions`; here a rule that is not
  /// there fails the whole call with InvalidPermission.NotFound, as it did when none matched [UNCONFIRMED
  /// for partial matches].
  mutating func revokeSecurityGroupIngress(
    _ request: EC2Parameters, context: inout EC2CallContext
  ) throws(APIError) -> JSONValue {
    let groupId = try targetGroup(request)
    let rules = try requestedRules(request)
    if case .failure(let error) = removeIngressRules(groupId: groupId, rules) { throw error }
    for rule in rules {
      context.record(
        time: now, kind: "security-group-rule", id: groupId, change: "deleted",
        summary: "inbound \(rule.peerDescription) removed from \(groupId)")
    }
    return .object([("Return", true)])
  }

  /// The group a rule call is about: by ID, since names only work in a default VPC.
  private func targetGroup(_ request: EC2Parameters) throws(APIError) -> String {
    if let id = try request.string("GroupId") {
      try EC2ResourceID.securityGroup.check(id)
      guard securityGroup(id) != nil else { throw EC2Errors.groupNotFound(id) }
      return id
    }
    if try request.string("GroupName") != nil { throw EC2APIErrors.groupNameOnlyInDefaultVPC() }
    throw EC2APIErrors.missingGroup
  }

  /// The rules of a call, one per source, from `IpPermissions` or the older top-level
  /// `IpProtocol`/`FromPort`/`ToPort`/`CidrIp` form.
  private func requestedRules(_ request: EC2Parameters) throws(APIError) -> [SingleSourceRule] {
    var rules: [SingleSourceRule] = []
    for permission in try request.structures("IpPermissions") {
      let (ipProtocol, from, to) = try protocolAndPorts(permission)
      var sources: [(SingleSourceRule.Source, String?)] = []
      for range in try permission.structures("IpRanges") {
        sources.append((.cidr(try ruleCIDR(try range.requiredString("CidrIp"))), try range.string("Description")))
      }
      for pair in try permission.structures("UserIdGroupPairs") {
        let id = try pair.requiredString("GroupId")
        try EC2ResourceID.securityGroup.check(id)
        sources.append((.group(id), try pair.string("Description")))
      }
      for list in try permission.structures("PrefixListIds") {
        let id = try list.requiredString("PrefixListId")
        try EC2ResourceID.prefixList.check(id)
        sources.append((.prefixList(id), try list.string("Description")))
      }
      guard !sources.isEmpty else { throw EC2APIErrors.permissionWithoutSource }
      rules += sources.map {
        SingleSourceRule(ipProtocol: ipProtocol, fromPort: from, toPort: to, source: $0.0, description: $0.1)
      }
    }
    if let cidr = try request.string("CidrIp") {
      let (ipProtocol, from, to) = try protocolAndPorts(request)
      rules.append(
        SingleSourceRule(
          ipProtocol: ipProtocol, fromPort: from, toPort: to, source: .cidr(try ruleCIDR(cidr)), description: nil))
    }
    guard !rules.isEmpty else { throw EC2APIErrors.missingParameter("IpPermissions") }
    return rules
  }

  /// The protocol, normalised as AWS stores it, and the ports (none for all protocols).
  private func protocolAndPorts(_ permission: EC2Parameters) throws(APIError) -> (String, Int?, Int?) {
    let text = try permission.requiredString("IpProtocol")
    let ipProtocol: String
    switch text.lowercased() {
    case "tcp", "6": ipProtocol = "tcp"
    case "udp", "17": ipProtocol = "udp"
    case "icmp", "1": ipProtocol = "icmp"
    case "-1", "all": ipProtocol = "-1"
    default: throw EC2APIErrors.unknownProtocol(text)
    }
    if ipProtocol == "-1" { return (ipProtocol, nil, nil) }
    let from = try permission.int("FromPort")
    let to = try permission.int("ToPort")
    if ipProtocol == "icmp" { return (ipProtocol, from ?? -1, to ?? -1) }
    guard let from, (0...65_535).contains(from) else { throw EC2APIErrors.invalidPort("fromPort", from) }
    guard let to, (from...65_535).contains(to) else { throw EC2APIErrors.invalidPort("toPort", to) }
    return (ipProtocol, from, to)
  }

  /// A rule's CIDR block; AWS keeps only the network part of an address with host bits set.
  private func ruleCIDR(_ text: String) throws(APIError) -> CIDRBlock {
    guard let block = EC2CIDR.parseLenient(text) else { throw EC2APIErrors.malformedRuleCIDR(text) }
    return block
  }

  /// A new rule as the `SecurityGroupRule` shape shows it.
  private func securityGroupRuleJSON(_ rule: SingleSourceRule, id: String, groupId: String) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("SecurityGroupRuleId", .string(id)),
      ("GroupId", .string(groupId)),
      ("GroupOwnerId", .string(accountId)),
      ("IsEgress", false),
      ("IpProtocol", .string(rule.ipProtocol)),
      ("FromPort", .int(rule.fromPort ?? -1)),
      ("ToPort", .int(rule.toPort ?? -1)),
    ]
    switch rule.source {
    case .cidr(let block): members.append(("CidrIpv4", .string(block.description)))
    case .prefixList(let list): members.append(("PrefixListId", .string(list)))
    case .group(let group):
      members.append(("ReferencedGroupInfo", .object([("GroupId", .string(group)), ("UserId", .string(accountId))])))
    }
    if let text = rule.description { members.append(("Description", .string(text))) }
    return .object(members)
  }
}
