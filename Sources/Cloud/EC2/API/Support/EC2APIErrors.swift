/// EC2 errors of the API layer (parameters, filters, authorization, security groups, routes),
/// worded as the service words them. Endpoint errors live in `EC2Errors` next to the endpoint model.
enum EC2APIErrors {
  static func invalidAction(_ operation: String) -> APIError {
    APIError(code: "InvalidAction", message: "The action \(operation) is not valid for this web service.")
  }

  static func missingParameter(_ name: String) -> APIError {
    APIError(code: "MissingParameter", message: "The request must contain the parameter \(name)")
  }

  /// A parameter of the wrong JSON type; awscli normally catches these before sending. [UNCONFIRMED wording]
  static func invalidParameterType(_ name: String) -> APIError {
    APIError(code: "InvalidParameterValue", message: "Invalid value for parameter \(name)")
  }

  static func invalidFilter(_ name: String) -> APIError {
    APIError(code: "InvalidParameterValue", message: "The filter '\(name)' is invalid")
  }

  static let dryRunSucceeded = APIError(
    code: "DryRunOperation", message: "Request would have succeeded, but DryRun flag is set.", httpStatus: 412)

  static func unauthorized(encodedMessage: String?) -> APIError {
    var message = "You are not authorized to perform this operation."
    if let encodedMessage { message += " Encoded authorization failure message: \(encodedMessage)" }
    return APIError(code: "UnauthorizedOperation", message: message, httpStatus: 403)
  }

  // MARK: - Lookups by ID

  static func instanceNotFound(_ id: String) -> APIError {
    APIError(code: "InvalidInstanceID.NotFound", message: "The instance ID '\(id)' does not exist")
  }

  static func networkInterfaceNotFound(_ id: String) -> APIError {
    APIError(code: "InvalidNetworkInterfaceID.NotFound", message: "The networkInterface ID '\(id)' does not exist")
  }

  /// [UNCONFIRMED wording]
  static func prefixListNotFound(_ id: String) -> APIError {
    APIError(code: "InvalidPrefixListID.NotFound", message: "The prefix list ID '\(id)' does not exist")
  }

  /// [UNCONFIRMED wording]
  static func zoneNotFound(_ name: String) -> APIError {
    APIError(code: "InvalidParameterValue", message: "The zone '\(name)' does not exist in the current region.")
  }

  static func groupNameOnlyInDefaultVPC() -> APIError {
    APIError(
      code: "VPCIdNotSpecified",
      message: "No default VPC for this user. GroupName is only supported for EC2-Classic and default VPC.")
  }

  // MARK: - Security group rules

  static let missingGroup = APIError(
    code: "MissingParameter", message: "The request must contain the parameter groupName or groupId")

  static func duplicatePermission(_ rule: String) -> APIError {
    APIError(code: "InvalidPermission.Duplicate", message: "the specified rule \"\(rule)\" already exists")
  }

  static let permissionNotFound = APIError(
    code: "InvalidPermission.NotFound", message: "The specified rule does not exist in this security group.")

  /// [UNCONFIRMED wording]
  static func unknownProtocol(_ text: String) -> APIError {
    APIError(code: "InvalidParameterValue", message: "Invalid value '\(text)' for IP protocol. Unknown protocol.")
  }

  /// [UNCONFIRMED wording]
  static func invalidPort(_ name: String, _ value: Int?) -> APIError {
    APIError(
      code: "InvalidParameterValue",
      message: "Invalid value '\(value.map(String.init) ?? "null")' for \(name). You must specify a valid port.")
  }

  static func malformedRuleCIDR(_ text: String) -> APIError {
    APIError(code: "InvalidParameterValue", message: "CIDR block \(text) is malformed")
  }

  /// A permission with no source at all. [UNCONFIRMED wording]
  static let permissionWithoutSource = APIError(
    code: "InvalidParameterValue",
    message: "The request must contain at least one IpRanges, UserIdGroupPairs or PrefixListIds entry")

  // MARK: - Routes

  static func routeAlreadyExists(_ destination: String) -> APIError {
    APIError(code: "RouteAlreadyExists", message: "The route identified by \(destination) already exists.")
  }

  static func routeNotFound(kind: String, destination: String, table: String) -> APIError {
    APIError(code: "InvalidRoute.NotFound", message: "no route with \(kind) \(destination) in route table \(table)")
  }

  static func gatewayNotFound(_ id: String) -> APIError {
    APIError(code: "InvalidGatewayID.NotFound", message: "The gateway ID '\(id)' does not exist")
  }

  /// [UNCONFIRMED wording]
  static func natGatewayNotFound(_ id: String) -> APIError {
    APIError(code: "InvalidNatGatewayID.NotFound", message: "The natGateway ID '\(id)' does not exist")
  }

  static func differentNetworks(table: String, gateway: String) -> APIError {
    APIError(
      code: "InvalidParameterValue",
      message: "route table \(table) and network gateway \(gateway) belong to different networks")
  }

  static func invalidDestinationCIDR(_ text: String) -> APIError {
    APIError(
      code: "InvalidParameterValue",
      message: "Value (\(text)) for parameter destinationCidrBlock is invalid. This is not a valid CIDR block.")
  }

  /// CreateRoute with no target, or with more than one. [UNCONFIRMED wording]
  static let routeTargetCount = APIError(
    code: "InvalidParameterCombination",
    message:
      "The request must contain exactly one of gatewayId, natGatewayId, networkInterfaceId, instanceId, vpcPeeringConnectionId, egressOnlyInternetGatewayId, transitGatewayId, localGatewayId, carrierGatewayId, vpcEndpointId or coreNetworkArn"
  )

  /// A route with neither or both of a CIDR block and a prefix list. [UNCONFIRMED wording]
  static let routeDestinationCount = APIError(
    code: "InvalidParameterCombination",
    message:
      "The request must contain exactly one of destinationCidrBlock, destinationIpv6CidrBlock or destinationPrefixListId"
  )

  static func cannotRemoveLocalRoute(_ destination: String, table: String) -> APIError {
    APIError(code: "InvalidParameterValue", message: "cannot remove local route \(destination) in route table \(table)")
  }

  /// Endpoint routes belong to the endpoint (aws-facts §1.2); the service's wording is [UNCONFIRMED].
  static func cannotRemoveEndpointRoute(_ prefixList: String, endpoint: String, table: String) -> APIError {
    APIError(
      code: "InvalidParameterValue",
      message:
        "cannot remove VPC endpoint route \(prefixList) in route table \(table); modify or delete VPC endpoint \(endpoint) instead"
    )
  }

  /// A route to an AWS-managed service prefix list: only a gateway endpoint may add it. [UNCONFIRMED wording]
  static func managedPrefixListRoute(_ prefixList: String) -> APIError {
    APIError(
      code: "InvalidParameterValue",
      message:
        "The prefix list \(prefixList) is managed by AWS; routes to it are added by associating a gateway VPC endpoint with the route table"
    )
  }

  /// CreateRoute's VpcEndpointId takes only Gateway Load Balancer endpoints. [UNCONFIRMED wording]
  static func notGatewayLoadBalancerEndpoint(_ id: String) -> APIError {
    APIError(
      code: "InvalidParameterValue",
      message:
        "The VPC endpoint \(id) is not a Gateway Load Balancer endpoint; gateway endpoint routes are managed with ModifyVpcEndpoint"
    )
  }

  // MARK: - Endpoints

  /// [UNCONFIRMED wording]
  static func invalidEndpointType(_ text: String) -> APIError {
    APIError(code: "InvalidVpcEndpointType", message: "The VPC endpoint type '\(text)' is not valid.")
  }

  /// [UNCONFIRMED wording]
  static func unsupportedIpAddressType(_ text: String) -> APIError {
    APIError(code: "InvalidParameter", message: "The IP address type \(text) is not supported by the service.")
  }
}
