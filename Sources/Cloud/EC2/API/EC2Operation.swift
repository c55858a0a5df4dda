/// The EC2 API operations the simulated world answers, by their exact API names.
public enum EC2Operation: String, CaseIterable, Sendable {
  case describeVpcs = "DescribeVpcs"
  case describeSubnets = "DescribeSubnets"
  case describeRouteTables = "DescribeRouteTables"
  case describeInstances = "DescribeInstances"
  case describeSecurityGroups = "DescribeSecurityGroups"
  case describeNetworkInterfaces = "DescribeNetworkInterfaces"
  case describePrefixLists = "DescribePrefixLists"
  case describeVpcEndpoints = "DescribeVpcEndpoints"
  case describeVpcEndpointServices = "DescribeVpcEndpointServices"
  case describeAvailabilityZones = "DescribeAvailabilityZones"
  case createVpcEndpoint = "CreateVpcEndpoint"
  case modifyVpcEndpoint = "ModifyVpcEndpoint"
  case deleteVpcEndpoints = "DeleteVpcEndpoints"
  case authorizeSecurityGroupIngress = "AuthorizeSecurityGroupIngress"
  case revokeSecurityGroupIngress = "RevokeSecurityGroupIngress"
  case createRoute = "CreateRoute"
  case deleteRoute = "DeleteRoute"

  /// True for operations that change the world (and whose authorization failures carry an encoded message).
  public var isMutating: Bool {
    !rawValue.hasPrefix("Describe")
  }
}

/// What one call accumulates while it runs: who made it and the changes it made.
struct EC2CallContext {
  let caller: String
  let operation: EC2Operation
  private(set) var changes: [ResourceChange] = []

  init(caller: String, operation: EC2Operation) {
    self.caller = caller
    self.operation = operation
  }

  /// Records a change made at `time`.
  mutating func record(time: Int64, kind: String, id: String, change: String, summary: String) {
    changes.append(ResourceChange(host: caller, time: time, kind: kind, id: id, change: change, summary: summary))
  }
}
