/// The kinds of EC2 ID the API takes, with the error codes AWS answers a malformed one with.
///
/// AWS spells the codes inconsistently (`InvalidVpcID` but `InvalidRouteTableId`, `InvalidGroupId`),
/// so each is listed rather than derived.
enum EC2ResourceID {
  case vpc, subnet, routeTable, securityGroup, instance, networkInterface, vpcEndpoint, prefixList

  var prefix: String {
    switch self {
    case .vpc: "vpc"
    case .subnet: "subnet"
    case .routeTable: "rtb"
    case .securityGroup: "sg"
    case .instance: "i"
    case .networkInterface: "eni"
    case .vpcEndpoint: "vpce"
    case .prefixList: "pl"
    }
  }

  var malformedCode: String {
    switch self {
    case .vpc: "InvalidVpcID.Malformed"
    case .subnet: "InvalidSubnetID.Malformed"
    case .routeTable: "InvalidRouteTableId.Malformed"
    case .securityGroup: "InvalidGroupId.Malformed"
    case .instance: "InvalidInstanceID.Malformed"
    case .networkInterface: "InvalidNetworkInterfaceID.Malformed"
    case .vpcEndpoint: "InvalidVpcEndpointId.Malformed"
    case .prefixList: "InvalidPrefixListId.Malformed"
    }
  }

  /// The error for a malformed ID.
  func malformed(_ text: String) -> APIError {
    switch self {
    case .vpcEndpoint:
      // Quoted in public error reports (terraform-provider-aws #9693).
      APIError(
        code: malformedCode,
        message:
          "Invalid Id: '\(text)' (expecting 'vpce-...; the Id may only contain lowercase alphanumeric characters and a single dash')"
      )
    default:
      // The `Invalid id: "…"` form is what InvalidInstanceID.Malformed shows; for the other kinds it is
      // [UNCONFIRMED].
      APIError(code: malformedCode, message: "Invalid id: \"\(text)\"")
    }
  }

  /// True when `text` has the shape of this kind of ID: the prefix, a dash and 8 or 17 lowercase hex digits.
  func isWellFormed(_ text: String) -> Bool {
    let head = prefix + "-"
    guard text.hasPrefix(head) else { return false }
    let digits = text.dropFirst(head.count)
    return (digits.count == 8 || digits.count == 17)
      && digits.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
  }

  /// Throws the malformed-ID error unless every ID is well formed.
  func check(_ ids: [String]) throws(APIError) {
    for id in ids where !isWellFormed(id) { throw malformed(id) }
  }

  func check(_ id: String) throws(APIError) {
    try check([id])
  }
}
