/// What one EC2 API call produced: the response awscli prints, or the service's error, and the
/// resources it changed (empty for reads and for failed calls).
public struct EC2CallResult: Sendable, Equatable {
  /// The response exactly as awscli v1 prints it with `--output json`, or the API error.
  public let output: Result<JSONValue, APIError>
  /// The resources the call created, modified or deleted, in the order it did so.
  public let changes: [ResourceChange]

  public init(output: Result<JSONValue, APIError>, changes: [ResourceChange]) {
    self.output = output
    self.changes = changes
  }
}

extension World {
  /// Runs one EC2 API operation as `caller` (a host name, for the ResourceChange events) with `permissions`.
  ///
  /// `parameters` is the botocore parameter structure awscli builds from its arguments (an object, or
  /// `null` for none). `region` is the Region of the endpoint that answers (the world's own when nil):
  /// another Region sees only its own resources (``regionalView(_:)``). The world is left exactly as
  /// it was when the call fails.
  public mutating func ec2(
    _ operation: String, _ parameters: JSONValue, caller: String, permissions: Permissions,
    region: String? = nil
  ) -> EC2CallResult {
    if let region, region != self.region {
      // The description builds every VPC in the world's Region, so another Region holds nothing a
      // call could change: the view answers and is dropped.
      var view = regionalView(region)
      return view.ec2(operation, parameters, caller: caller, permissions: permissions)
    }
    guard let known = EC2Operation(rawValue: operation) else {
      return EC2CallResult(output: .failure(EC2APIErrors.invalidAction(operation)), changes: [])
    }
    let before = self
    var context = EC2CallContext(caller: caller, operation: known)
    do throws(APIError) {
      try authorize(known, parameters: parameters, caller: caller, permissions: permissions)
      let request = try EC2Parameters(parameters)
      if try request.bool("DryRun") == true { throw EC2APIErrors.dryRunSucceeded }
      let response = try perform(known, request, context: &context)
      return EC2CallResult(output: .success(response), changes: context.changes)
    } catch {
      // Every operation validates before it mutates; restoring the snapshot also keeps the
      // generator where it was, so a failed call never shifts the IDs later calls draw.
      self = before
      return EC2CallResult(output: .failure(error), changes: [])
    }
  }

  private mutating func perform(
    _ operation: EC2Operation, _ request: EC2Parameters, context: inout EC2CallContext
  ) throws(APIError) -> JSONValue {
    switch operation {
    case .describeVpcs: try describeVpcs(request)
    case .describeSubnets: try describeSubnets(request)
    case .describeRouteTables: try describeRouteTables(request)
    case .describeInstances: try describeInstances(request)
    case .describeSecurityGroups: try describeSecurityGroups(request)
    case .describeNetworkInterfaces: try describeNetworkInterfaces(request)
    case .describePrefixLists: try describePrefixLists(request)
    case .describeVpcEndpoints: try describeVpcEndpoints(request)
    case .describeVpcEndpointServices: try describeVpcEndpointServices(request)
    case .describeAvailabilityZones: try describeAvailabilityZones(request)
    case .createVpcEndpoint: try createVpcEndpoint(request, context: &context)
    case .modifyVpcEndpoint: try modifyVpcEndpoint(request, context: &context)
    case .deleteVpcEndpoints: try deleteVpcEndpoints(request, context: &context)
    case .authorizeSecurityGroupIngress: try authorizeSecurityGroupIngress(request, context: &context)
    case .revokeSecurityGroupIngress: try revokeSecurityGroupIngress(request, context: &context)
    case .createRoute: try createRoute(request, context: &context)
    case .deleteRoute: try deleteRoute(request, context: &context)
    }
  }
}
