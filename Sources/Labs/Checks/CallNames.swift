import Cloud

/// The API operations and error codes a `call` check may name: those the simulated world can
/// produce, so a misspelt name is an error when the lab loads instead of a check that never holds.
enum CallNames {
  /// Operations by service; evaluation compares them ignoring case, and so does this list.
  static let operations: [AWSService: [String]] = [
    .ec2: EC2Operation.allCases.map(\.rawValue),
    .s3: ["ListBuckets", "ListObjectsV2", "GetObject", "HeadBucket", "GetBucketLocation"],
    .sts: ["GetCallerIdentity"],
  ]

  /// Every error code a simulated service answers with (a test keeps this list and the sources
  /// in step).
  static let errorCodes: [String] = [
    "AccessDenied", "AuthorizationHeaderMalformed", "DryRunOperation", "DuplicateSubnetsInSameZone", "InvalidAction",
    "InvalidArgument", "InvalidGatewayID.NotFound", "InvalidGroup.NotFound", "InvalidInstanceID.NotFound",
    "InvalidNatGatewayID.NotFound", "InvalidNetworkInterfaceID.NotFound", "InvalidParameter",
    "InvalidParameterCombination", "InvalidParameterValue", "InvalidPermission.Duplicate",
    "InvalidPermission.NotFound", "InvalidPolicyDocument", "InvalidPrefixListID.NotFound", "InvalidRoute.NotFound",
    "InvalidRouteTableID.NotFound", "InvalidServiceName", "InvalidSubnetID.NotFound", "InvalidVpcEndpointId.NotFound",
    "InvalidVpcEndpointType", "InvalidVpcID.NotFound", "MissingAction", "MissingParameter", "NoSuchBucket",
    "NoSuchKey", "PermanentRedirect", "RouteAlreadyExists", "UnauthorizedOperation", "UnknownOperationException",
    "UnsupportedOperation", "VPCIdNotSpecified",
  ]

  /// What is wrong with an operation name for `service` (any service when nil), or nil.
  static func operationProblem(_ name: String, service: AWSService?) -> String? {
    let known =
      service.map { operations[$0] ?? [] } ?? operations.keys.sorted().flatMap { operations[$0] ?? [] }
    if known.contains(where: { $0.lowercased() == name.lowercased() }) { return nil }
    let scope = service.map { "\($0.rawValue) " } ?? ""
    var message = "unknown \(scope)operation '\(name)'"
    if let near = Suggestion.closest(to: name, among: known) { message += "; did you mean '\(near)'?" }
    return message + " (the \(scope)operations: \(known.sorted().joined(separator: ", ")))"
  }

  /// What is wrong with an error code, or nil.
  static func errorProblem(_ code: String) -> String? {
    if errorCodes.contains(code) { return nil }
    var message = "unknown error code '\(code)'"
    if let near = Suggestion.closest(to: code, among: errorCodes) { message += "; did you mean '\(near)'?" }
    return message + "; a call check names an error the simulated services answer with"
  }
}
