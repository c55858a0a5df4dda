/// What `CreateVpcEndpoint` is asked for.
public struct EndpointRequest: Sendable, Equatable {
  public var type: EndpointType
  public var service: AWSService
  public var region: String
  public var vpcId: String
  public var routeTableIds: [String] = []
  public var subnetIds: [String] = []
  public var securityGroupIds: [String] = []
  /// nil means "not given": the API's default applies.
  public var privateDnsEnabled: Bool?
  public var privateDnsOnlyForInboundResolverEndpoint: Bool?
  public var policyDocument: String?
  /// For endpoints described in a lab's starting world, which exist already.
  public var alreadyAvailable = false

  public init(type: EndpointType, service: AWSService, region: String, vpcId: String) {
    self.type = type
    self.service = service
    self.region = region
    self.vpcId = vpcId
  }
}

/// The default endpoint policy AWS attaches when none is given (aws-facts.md §1.5).
public let defaultEndpointPolicy =
  #"{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}"#

/// EC2 API errors, worded as the service words them.
public enum EC2Errors {
  public static func vpcNotFound(_ id: String) -> APIError {
    APIError(code: "InvalidVpcID.NotFound", message: "The vpc ID '\(id)' does not exist")
  }
  public static func subnetNotFound(_ id: String) -> APIError {
    APIError(code: "InvalidSubnetID.NotFound", message: "The subnet ID '\(id)' does not exist")
  }
  public static func routeTableNotFound(_ id: String) -> APIError {
    APIError(code: "InvalidRouteTableID.NotFound", message: "The routeTable ID '\(id)' does not exist")
  }
  public static func groupNotFound(_ id: String) -> APIError {
    APIError(code: "InvalidGroup.NotFound", message: "The security group '\(id)' does not exist")
  }
  public static func endpointNotFound(_ id: String) -> APIError {
    // EC2 words this one unlike its neighbours (docs/fidelity.md, "Regions and EC2 errors").
    APIError(code: "InvalidVpcEndpointId.NotFound", message: "The Vpc Endpoint Id '\(id)' does not exist")
  }
  public static func serviceNotFound(_ name: String) -> APIError {
    APIError(code: "InvalidServiceName", message: "The Vpc Endpoint Service '\(name)' does not exist")
  }
  public static func typeMismatch(_ type: EndpointType, available: [EndpointType]) -> APIError {
    let list = available.map(\.rawValue).joined(separator: ", ")
    return APIError(
      code: "InvalidParameter",
      message: "Endpoint type (\(type.rawValue)) does not match available service types ([\(list)]).")
  }
  public static func noPrivateDNSName(_ serviceName: String) -> APIError {
    APIError(
      code: "InvalidParameter",
      message: "Private DNS can't be enabled because the service \(serviceName) does not provide a private DNS name.")
  }
  public static func privateDNSNeedsVPCAttributes(_ vpcId: String) -> APIError {
    APIError(
      code: "InvalidParameter",
      message:
        "Enabling private DNS requires both enableDnsSupport and enableDnsHostnames VPC attributes set to true for \(vpcId)"
    )
  }
  public static func inboundOnlyNeedsGateway(_ vpcId: String) -> APIError {
    APIError(
      code: "InvalidParameter",
      message:
        "To set PrivateDnsOnlyForInboundResolverEndpoint to true, the VPC \(vpcId) must have a Gateway endpoint for the service."
    )
  }
  public static let inboundOnlyNotSupported = APIError(
    code: "InvalidParameter", message: "PrivateDnsOnlyForInboundResolverEndpoint not supported for this service.")
  public static func routeAlreadyExists(table: String, prefixList: String) -> APIError {
    APIError(
      code: "RouteAlreadyExists",
      message: "route table \(table) already has a route with destination-prefix-list-id \(prefixList)")
  }
  /// Two subnets of one zone for an interface endpoint, worded as EC2 answered Terraform users
  /// (terraform-aws-modules/terraform-aws-vpc issues #451, 2020, and #583, 2021).
  public static func duplicateSubnetsInSameZone(_ subnetId: String) -> APIError {
    APIError(
      code: "DuplicateSubnetsInSameZone",
      message: "Found another VPC endpoint subnet in the availability zone of \(subnetId). "
        + "VPC endpoint subnets should be in different availability zones supported by the VPC endpoint service.")
  }
  /// Subnets given for a gateway endpoint, worded as EC2 answered a Terraform user in 2023
  /// (nanlabs/terraform-aws-starter issue #18).
  public static let subnetsOnlyForInterface = APIError(
    code: "InvalidParameter",
    message: "Subnet IDs are only supported for Interface and GatewayLoadBalancer type VPC Endpoints.")
  /// Any other parameter of the wrong endpoint type. [UNCONFIRMED wording]
  public static func parameterNotForType(_ parameter: String, _ type: EndpointType) -> APIError {
    APIError(code: "InvalidParameter", message: "\(parameter) is not supported for \(type.rawValue) endpoints.")
  }
}

extension World {
  /// The availability of each endpoint type for a service in this era.
  func availableTypes(for service: AWSService) -> [EndpointType] {
    var types: [EndpointType] = []
    if service.offersInterfaceEndpoint { types.append(.interface) }
    if service.offersGatewayEndpoint { types.append(.gateway) }
    return types
  }

  /// Creates a VPC endpoint, with the checks and errors of `CreateVpcEndpoint`; the world is unchanged on error.
  @discardableResult
  public mutating func createEndpoint(_ request: EndpointRequest) -> Result<VPCEndpoint, APIError> {
    let serviceName = request.service.endpointServiceName(in: request.region)
    guard let vpc = vpc(request.vpcId) else { return .failure(EC2Errors.vpcNotFound(request.vpcId)) }
    // Endpoint services are regional: another Region's service does not exist here.
    guard request.region == vpc.region else { return .failure(EC2Errors.serviceNotFound(serviceName)) }
    let types = availableTypes(for: request.service)
    guard types.contains(request.type) else { return .failure(EC2Errors.typeMismatch(request.type, available: types)) }

    switch request.type {
    case .gateway:
      if !request.subnetIds.isEmpty { return .failure(EC2Errors.subnetsOnlyForInterface) }
      if !request.securityGroupIds.isEmpty {
        return .failure(EC2Errors.parameterNotForType("SecurityGroupIds", .gateway))
      }
      if request.privateDnsEnabled == true {
        return .failure(EC2Errors.parameterNotForType("PrivateDnsEnabled", .gateway))
      }
      if let error = checkGatewayRouteTables(
        request.routeTableIds, vpcId: vpc.id, service: request.service, region: request.region)
      {
        return .failure(error)
      }
    case .interface:
      if !request.routeTableIds.isEmpty { return .failure(EC2Errors.parameterNotForType("RouteTableIds", .interface)) }
      if let error = checkInterfaceSubnets(request.subnetIds, vpcId: vpc.id, existing: []) { return .failure(error) }
      for group in request.securityGroupIds where securityGroup(group)?.vpcId != vpc.id {
        return .failure(EC2Errors.groupNotFound(group))
      }
    }
    let privateDns =
      request.type == .interface
      ? (request.privateDnsEnabled
        ?? (request.service != .s3 && !request.service.privateDNSNames(in: request.region, era: era).isEmpty))
      : false
    var inboundOnly: Bool?
    if request.type == .interface {
      switch validatePrivateDNS(
        enabled: privateDns, inboundOnly: request.privateDnsOnlyForInboundResolverEndpoint,
        service: request.service, vpc: vpc)
      {
      case .failure(let error): return .failure(error)
      case .success(let value): inboundOnly = value
      }
    }
    let policy = request.policyDocument ?? defaultEndpointPolicy

    // Everything checked: now draw IDs and change the world.
    let id = newId("vpce")
    var endpoint = VPCEndpoint(
      id: id, type: request.type, vpcId: vpc.id, service: request.service, region: request.region,
      policyDocument: policy, routeTableIds: [], subnetIds: [], securityGroupIds: [], networkInterfaceIds: [],
      privateDnsEnabled: request.type == .gateway ? true : privateDns,
      privateDnsOnlyForInboundResolverEndpoint: inboundOnly,
      dnsSuffix: random.alphanumeric(8), privateHostedZoneId: newHostedZoneId(), creationTime: now,
      availableAt: request.type == .gateway || request.alreadyAvailable
        ? now : now + interfaceEndpointProvisioningMilliseconds,
      deleted: false)
    if request.type == .interface {
      endpoint.securityGroupIds =
        request.securityGroupIds.isEmpty
        ? (defaultSecurityGroup(vpcId: vpc.id).map { [$0.id] } ?? []) : request.securityGroupIds
    }
    endpoints.append(endpoint)
    if request.type == .gateway {
      for table in request.routeTableIds { attachGatewayRoute(endpointId: id, tableId: table) }
    } else {
      for subnet in request.subnetIds { addEndpointInterface(endpointId: id, subnetId: subnet) }
    }
    return .success(self.endpoint(id)!)
  }

  /// Checks route tables for a gateway endpoint: they exist, are in the VPC, and have no route for the service yet.
  func checkGatewayRouteTables(_ tableIds: [String], vpcId: String, service: AWSService, region: String) -> APIError? {
    guard let list = RegionCatalog.region(named: region)?.prefixList(for: service) else { return nil }
    for tableId in tableIds {
      guard let table = routeTable(tableId), table.vpcId == vpcId else { return EC2Errors.routeTableNotFound(tableId) }
      if table.routes.contains(where: { $0.destination == .prefixList(list.id) }) {
        return EC2Errors.routeAlreadyExists(table: tableId, prefixList: list.id)
      }
    }
    return nil
  }

  /// Checks subnets for an interface endpoint: in the VPC, and one per Availability Zone.
  func checkInterfaceSubnets(_ subnetIds: [String], vpcId: String, existing: [String]) -> APIError? {
    var zones: [String: String] = [:]
    for id in existing { if let subnet = subnet(id) { zones[subnet.availabilityZone] = id } }
    for id in subnetIds {
      guard let subnet = subnet(id), subnet.vpcId == vpcId else { return EC2Errors.subnetNotFound(id) }
      if zones[subnet.availabilityZone] != nil { return EC2Errors.duplicateSubnetsInSameZone(id) }
      zones[subnet.availabilityZone] = id
    }
    return nil
  }

  /// Applies the private-DNS rules of the era; returns the resulting "inbound only" setting.
  func validatePrivateDNS(enabled: Bool, inboundOnly: Bool?, service: AWSService, vpc: VPC) -> Result<Bool?, APIError> {
    let serviceName = service.endpointServiceName(in: vpc.region)
    let supportsInboundOnly = service == .s3 && era >= .y2023
    if inboundOnly != nil && !supportsInboundOnly { return .failure(EC2Errors.inboundOnlyNotSupported) }
    guard enabled else {
      if inboundOnly == true { return .failure(EC2Errors.inboundOnlyNotSupported) }
      return .success(supportsInboundOnly ? false : nil)
    }
    if service.privateDNSNames(in: vpc.region, era: era).isEmpty {
      return .failure(EC2Errors.noPrivateDNSName(serviceName))
    }
    if !vpc.dnsSupport || !vpc.dnsHostnames { return .failure(EC2Errors.privateDNSNeedsVPCAttributes(vpc.id)) }
    guard supportsInboundOnly else { return .success(nil) }
    // Through the API the option defaults to true, and then the VPC must keep a gateway endpoint.
    let value = inboundOnly ?? true
    if value && !liveEndpoints.contains(where: { $0.vpcId == vpc.id && $0.type == .gateway && $0.service == service }) {
      return .failure(EC2Errors.inboundOnlyNeedsGateway(vpc.id))
    }
    return .success(value)
  }

  mutating func attachGatewayRoute(endpointId: String, tableId: String) {
    guard let endpoint = endpoint(endpointId),
      let list = RegionCatalog.region(named: endpoint.region)?.prefixList(for: endpoint.service),
      let tablePosition = routeTables.firstIndex(where: { $0.id == tableId }),
      let endpointPosition = endpoints.firstIndex(where: { $0.id == endpointId })
    else { return }
    routeTables[tablePosition].routes.append(
      Route(destination: .prefixList(list.id), target: .gatewayEndpoint(endpointId)))
    endpoints[endpointPosition].routeTableIds.append(tableId)
  }

  mutating func detachGatewayRoute(endpointId: String, tableId: String) {
    if let tablePosition = routeTables.firstIndex(where: { $0.id == tableId }) {
      routeTables[tablePosition].routes.removeAll { $0.target == .gatewayEndpoint(endpointId) }
    }
    if let endpointPosition = endpoints.firstIndex(where: { $0.id == endpointId }) {
      endpoints[endpointPosition].routeTableIds.removeAll { $0 == tableId }
    }
  }

  mutating func addEndpointInterface(endpointId: String, subnetId: String) {
    guard let endpointPosition = endpoints.firstIndex(where: { $0.id == endpointId }), let subnet = subnet(subnetId),
      let address = newPrivateAddress(in: subnetId)
    else { return }
    let interfaceId = newId("eni")
    networkInterfaces.append(
      NetworkInterface(
        id: interfaceId, subnetId: subnetId, vpcId: subnet.vpcId, availabilityZone: subnet.availabilityZone,
        privateAddress: address, publicAddress: nil, securityGroupIds: endpoints[endpointPosition].securityGroupIds,
        owner: .vpcEndpoint(endpointId), macAddress: newMacAddress()))
    endpoints[endpointPosition].subnetIds.append(subnetId)
    endpoints[endpointPosition].networkInterfaceIds.append(interfaceId)
  }

  mutating func removeEndpointInterface(endpointId: String, subnetId: String) {
    guard let endpointPosition = endpoints.firstIndex(where: { $0.id == endpointId }) else { return }
    let removed = networkInterfaces.filter { $0.owner == .vpcEndpoint(endpointId) && $0.subnetId == subnetId }.map(\.id)
    networkInterfaces.removeAll { removed.contains($0.id) }
    endpoints[endpointPosition].subnetIds.removeAll { $0 == subnetId }
    endpoints[endpointPosition].networkInterfaceIds.removeAll { removed.contains($0) }
  }
}

/// What `ModifyVpcEndpoint` is asked to change.
public struct EndpointModification: Sendable, Equatable {
  public var addRouteTableIds: [String] = []
  public var removeRouteTableIds: [String] = []
  public var addSubnetIds: [String] = []
  public var removeSubnetIds: [String] = []
  public var addSecurityGroupIds: [String] = []
  public var removeSecurityGroupIds: [String] = []
  public var privateDnsEnabled: Bool?
  public var privateDnsOnlyForInboundResolverEndpoint: Bool?
  public var policyDocument: String?
  public var resetPolicy = false

  public init() {}
}

extension World {
  /// Modifies an endpoint as `ModifyVpcEndpoint` does; the world is unchanged on error.
  public mutating func modifyEndpoint(_ id: String, _ change: EndpointModification) -> Result<VPCEndpoint, APIError> {
    guard let current = endpoint(id), let vpc = vpc(current.vpcId) else {
      return .failure(EC2Errors.endpointNotFound(id))
    }
    switch current.type {
    case .gateway:
      if !change.addSubnetIds.isEmpty || !change.removeSubnetIds.isEmpty {
        return .failure(EC2Errors.subnetsOnlyForInterface)
      }
      if change.privateDnsEnabled != nil {
        return .failure(EC2Errors.parameterNotForType("PrivateDnsEnabled", .gateway))
      }
      if let error = checkGatewayRouteTables(
        change.addRouteTableIds, vpcId: vpc.id, service: current.service, region: current.region)
      {
        return .failure(error)
      }
      for table in change.removeRouteTableIds where !current.routeTableIds.contains(table) {
        return .failure(EC2Errors.routeTableNotFound(table))
      }
    // Deleting the gateway would break "inbound only" private DNS for S3; so would detaching it entirely.
    case .interface:
      if !change.addRouteTableIds.isEmpty || !change.removeRouteTableIds.isEmpty {
        return .failure(EC2Errors.parameterNotForType("RouteTableIds", .interface))
      }
      let remaining = current.subnetIds.filter { !change.removeSubnetIds.contains($0) }
      if let error = checkInterfaceSubnets(change.addSubnetIds, vpcId: vpc.id, existing: remaining) {
        return .failure(error)
      }
      for group in change.addSecurityGroupIds where securityGroup(group)?.vpcId != vpc.id {
        return .failure(EC2Errors.groupNotFound(group))
      }
      if change.privateDnsEnabled != nil || change.privateDnsOnlyForInboundResolverEndpoint != nil {
        let enabled = change.privateDnsEnabled ?? current.privateDnsEnabled
        let inbound =
          change.privateDnsOnlyForInboundResolverEndpoint
          ?? (change.privateDnsEnabled == true ? nil : current.privateDnsOnlyForInboundResolverEndpoint)
        if case .failure(let error) = validatePrivateDNS(
          enabled: enabled, inboundOnly: enabled ? inbound : (inbound == true ? true : nil),
          service: current.service, vpc: vpc)
        {
          return .failure(error)
        }
      }
    }
    guard let position = endpoints.firstIndex(where: { $0.id == id }) else {
      return .failure(EC2Errors.endpointNotFound(id))
    }
    for table in change.removeRouteTableIds { detachGatewayRoute(endpointId: id, tableId: table) }
    for table in change.addRouteTableIds { attachGatewayRoute(endpointId: id, tableId: table) }
    for subnet in change.removeSubnetIds { removeEndpointInterface(endpointId: id, subnetId: subnet) }
    if current.type == .interface {
      var groups = endpoints[position].securityGroupIds.filter { !change.removeSecurityGroupIds.contains($0) }
      for group in change.addSecurityGroupIds where !groups.contains(group) { groups.append(group) }
      endpoints[position].securityGroupIds = groups
      for index in networkInterfaces.indices where networkInterfaces[index].owner == .vpcEndpoint(id) {
        networkInterfaces[index].securityGroupIds = groups
      }
    }
    for subnet in change.addSubnetIds { addEndpointInterface(endpointId: id, subnetId: subnet) }
    if let enabled = change.privateDnsEnabled {
      endpoints[position].privateDnsEnabled = enabled
      if current.service == .s3 && era >= .y2023 {
        endpoints[position].privateDnsOnlyForInboundResolverEndpoint =
          enabled
          ? (change.privateDnsOnlyForInboundResolverEndpoint ?? true) : false
      }
    } else if let inbound = change.privateDnsOnlyForInboundResolverEndpoint {
      endpoints[position].privateDnsOnlyForInboundResolverEndpoint = inbound
    }
    if change.resetPolicy {
      endpoints[position].policyDocument = defaultEndpointPolicy
    } else if let policy = change.policyDocument {
      endpoints[position].policyDocument = policy
    }
    return .success(endpoints[position])
  }

  /// Deletes endpoints as `DeleteVpcEndpoints` does: each ID succeeds or is reported unsuccessful on its own.
  public mutating func deleteEndpoints(_ ids: [String]) -> [(id: String, error: APIError?)] {
    var results: [(id: String, error: APIError?)] = []
    for id in ids {
      guard let current = endpoint(id), let position = endpoints.firstIndex(where: { $0.id == id }) else {
        results.append((id, EC2Errors.endpointNotFound(id)))
        continue
      }
      if current.type == .gateway,
        liveEndpoints.contains(where: {
          $0.vpcId == current.vpcId && $0.type == .interface && $0.service == current.service
            && $0.privateDnsOnlyForInboundResolverEndpoint == true && $0.privateDnsEnabled
        })
      {
        // The user guide says the option must be cleared first; this wording is ours [UNCONFIRMED].
        results.append(
          (
            id,
            APIError(
              code: "InvalidParameter",
              message:
                "The VPC endpoint \(id) can't be deleted while an interface endpoint for the service in \(current.vpcId) has PrivateDnsOnlyForInboundResolverEndpoint set to true."
            )
          ))
        continue
      }
      for table in current.routeTableIds { detachGatewayRoute(endpointId: id, tableId: table) }
      for subnet in current.subnetIds { removeEndpointInterface(endpointId: id, subnetId: subnet) }
      endpoints[position].deleted = true
      results.append((id, nil))
    }
    return results
  }
}
