import Cloud

/// What must have happened, or must be true, for a step to pass: always about the simulated
/// world, never about the text of a command.
public enum Check: Sendable, Equatable {
  case lookup(LookupCheck)
  case connection(ConnectionCheck)
  case call(CallCheck)
  case endpoint(EndpointCheck)
  case securityGroup(SecurityGroupCheck)
  case answer(AnswerCheck)

  /// True for checks on the world as it is now rather than on something that happened.
  public var isState: Bool {
    switch self {
    case .endpoint, .securityGroup: true
    default: false
    }
  }
}

/// A DNS lookup seen on a host.
public struct LookupCheck: Sendable, Equatable {
  public var host: String?
  /// An exact name, or a pattern with `*`.
  public var name: String?
  /// `private`, `public`, `nxdomain` or `none`.
  public var answer: String?
  /// `private-zone`, `endpoint-name` or `public`.
  public var source: String?

  public init(host: String? = nil, name: String? = nil, answer: String? = nil, source: String? = nil) {
    self.host = host
    self.name = name
    self.answer = answer
    self.source = source
  }
}

/// A TCP connection attempt seen on a host.
public struct ConnectionCheck: Sendable, Equatable {
  public var host: String?
  /// A name or address the client connected to, `*` allowed.
  public var to: String?
  public var port: Int?
  /// `connected` or `dropped`.
  public var outcome: String?
  /// `internet`, `gateway` or `interface`.
  public var via: String?
  /// `no-route`, `security-group`, `other-region`, `not-transitive`, `no-public-ip`.
  public var reason: String?

  public init(host: String? = nil, to: String? = nil, port: Int? = nil, outcome: String? = nil, via: String? = nil, reason: String? = nil) {
    self.host = host
    self.to = to
    self.port = port
    self.outcome = outcome
    self.via = via
    self.reason = reason
  }
}

/// An API call seen on a host.
public struct CallCheck: Sendable, Equatable {
  public var host: String?
  public var service: String?
  public var operation: String?
  public var bucket: String?
  /// `success` or `error`.
  public var outcome: String?
  /// An error code; implies `outcome: error`.
  public var error: String?
  /// `internet`, `gateway` or `interface`.
  public var via: String?

  public init(
    host: String? = nil, service: String? = nil, operation: String? = nil, bucket: String? = nil,
    outcome: String? = nil, error: String? = nil, via: String? = nil
  ) {
    self.host = host
    self.service = service
    self.operation = operation
    self.bucket = bucket
    self.outcome = outcome
    self.error = error
    self.via = via
  }
}

/// A VPC endpoint as it is in the world now.
public struct EndpointCheck: Sendable, Equatable {
  public var type: EndpointType?
  public var service: String?
  /// Route tables (by name) that must be associated.
  public var routeTables: [String]
  /// Subnets (by name) that must hold an interface.
  public var subnets: [String]
  public var privateDns: Bool?
  /// `available` or `pending`.
  public var state: String?
  /// false: there must be no such endpoint.
  public var exists: Bool

  public init(
    type: EndpointType? = nil, service: String? = nil, routeTables: [String] = [], subnets: [String] = [],
    privateDns: Bool? = nil, state: String? = nil, exists: Bool = true
  ) {
    self.type = type
    self.service = service
    self.routeTables = routeTables
    self.subnets = subnets
    self.privateDns = privateDns
    self.state = state
    self.exists = exists
  }
}

/// A security group admitting traffic, as it is now.
public struct SecurityGroupCheck: Sendable, Equatable {
  /// A group name, or `endpoint:SERVICE` for the groups of that service's interface endpoint.
  public var group: String
  public var port: Int
  /// The source CIDR that must be admitted.
  public var source: CIDRBlock

  public init(group: String, port: Int, source: CIDRBlock) {
    self.group = group
    self.port = port
    self.source = source
  }
}

/// The answer to a question, typed with `answer TEXT`.
public enum AnswerCheck: Sendable, Equatable {
  /// Multiple choice: the choices as shown, and the correct one (a letter `a`, `b`… or the text).
  case choice(choices: [String], correct: String)
  /// A number within a tolerance.
  case number(value: Double, tolerance: Double)
  /// Any of these words or phrases, case-insensitive.
  case words([String])
}
