import Cloud

// Each mapping switches over every case of Cloud's type with no `default:`, so a new case in Cloud
// fails to compile here until someone decides which word of the check vocabulary it is.

extension LookupCheck.Source {
  /// The word for where an answer came from; nil for sources no check names (VPC-internal,
  /// on-premises and unknown names).
  init?(_ source: DNSSource) {
    switch source {
    case .privateHostedZone: self = .privateZone
    case .endpointName: self = .endpointName
    case .publicService: self = .publicService
    case .vpcInternal, .onPremises, .unknown, .publicZone: return nil
    }
  }
}

extension ConnectionCheck.Outcome {
  /// The word for how a connection attempt ended.
  init(_ outcome: ConnectionOutcome) {
    switch outcome {
    case .connected: self = .connected
    case .dropped: self = .dropped
    case .refused: self = .refused
    }
  }
}

extension PathKind {
  /// The word for a way to a service; a NAT gateway still leaves through the internet.
  init(_ path: ServicePath) {
    switch path {
    case .internet, .natGateway: self = .internet
    case .gatewayEndpoint: self = .gateway
    case .interfaceEndpoint: self = .interface
    }
  }
}

extension DropReasonKind {
  /// The word for why a connection was dropped.
  init(_ reason: DropReason) {
    switch reason {
    case .noRoute: self = .noRoute
    case .gatewayEndpointOtherRegion: self = .otherRegion
    // From outside the VPC, whether through a gateway endpoint or to another network, the lesson
    // is the same: VPN and Direct Connect traffic does not pass through the VPC to elsewhere.
    case .gatewayEndpointNotTransitive, .notTransitive, .onPremisesNoRoute: self = .notTransitive
    case .noPublicAddress: self = .noPublicIP
    case .securityGroup: self = .securityGroup
    // Nothing answers on that port of the service: for a learner, no listener there.
    case .noListener, .servicePortClosed: self = .noListener
    case .privateFromInternet: self = .privateFromInternet
    case .endpointPending: self = .endpointPending
    case .blackhole: self = .blackhole
    }
  }
}

extension CallCheck.Service {
  /// The word for a service; nil for services whose API the simulated tools never call.
  init?(_ service: AWSService) {
    switch service {
    case .s3: self = .s3
    case .ec2: self = .ec2
    case .sts: self = .sts
    case .kinesis, .dynamodb: return nil
    }
  }
}

extension EndpointCheck.EndpointKind {
  /// The word for an endpoint's type.
  init(_ type: EndpointType) {
    switch type {
    case .gateway: self = .gateway
    case .interface: self = .interface
    }
  }
}

extension EndpointCheck.State {
  /// The word for an endpoint's state; nil once it is being deleted (a live endpoint is never
  /// `deleted`, and no check asks for `deleting`).
  init?(_ state: EndpointState) {
    switch state {
    case .available: self = .available
    case .pending: self = .pending
    case .deleting, .deleted: return nil
    }
  }
}
