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

  /// The kind, as lab.yaml names it.
  public var kind: CheckKind {
    switch self {
    case .lookup: .lookup
    case .connection: .connection
    case .call: .call
    case .endpoint: .endpoint
    case .securityGroup: .securityGroup
    case .answer: .answer
    }
  }

  /// True for checks on the world as it is now rather than on something that happened.
  public var isState: Bool { kind.isState }
}

/// A DNS lookup seen on a host.
public struct LookupCheck: Sendable, Equatable {
  public var host: String?
  /// An exact name, or a pattern with `*`.
  public var name: String?
  public var answer: Answer?
  public var source: Source?
  /// Which programs' lookups count; nil counts only the DNS tools (`nslookup`, `dig`, `host`).
  public var by: Asker?

  public init(
    host: String? = nil, name: String? = nil, answer: Answer? = nil, source: Source? = nil, by: Asker? = nil
  ) {
    self.host = host
    self.name = name
    self.answer = answer
    self.source = source
    self.by = by
  }
}

/// A TCP connection attempt seen on a host.
public struct ConnectionCheck: Sendable, Equatable {
  public var host: String?
  /// A name or address the client connected to, `*` allowed.
  public var to: String?
  public var port: Int?
  public var outcome: Outcome?
  /// The way a connected attempt reached an AWS service.
  public var via: PathKind?
  /// One of the reasons a dropped attempt was dropped.
  public var reason: DropReasonKind?

  public init(
    host: String? = nil, to: String? = nil, port: Int? = nil, outcome: Outcome? = nil, via: PathKind? = nil,
    reason: DropReasonKind? = nil
  ) {
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
  public var service: Service?
  public var operation: String?
  public var bucket: String?
  public var outcome: Outcome?
  /// An error code; implies `outcome: error`.
  public var error: String?
  /// The way the request reached the service.
  public var via: PathKind?

  public init(
    host: String? = nil, service: Service? = nil, operation: String? = nil, bucket: String? = nil,
    outcome: Outcome? = nil, error: String? = nil, via: PathKind? = nil
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
  public var type: EndpointKind?
  public var service: AWSService?
  /// Route tables (by name) that must be associated.
  public var routeTables: [String]
  /// Subnets (by name) that must hold an interface.
  public var subnets: [String]
  public var privateDns: Bool?
  public var state: State?
  /// false: there must be no such endpoint.
  public var exists: Bool

  public init(
    type: EndpointKind? = nil, service: AWSService? = nil, routeTables: [String] = [], subnets: [String] = [],
    privateDns: Bool? = nil, state: State? = nil, exists: Bool = true
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

/// The answer to a question, typed with `answer TEXT`: what is right, what to say about it, and
/// how wrong tries cost points.
public struct AnswerCheck: Sendable, Equatable {
  /// What the right answer is.
  public var expected: ExpectedAnswer
  /// Said with "Correct." when the answer is right: why it is.
  public var why: String?
  /// Points lost per wrong try before the right answer (0: wrong tries cost nothing).
  public var penalty: Int

  public init(_ expected: ExpectedAnswer, why: String? = nil, penalty: Int = 0) {
    self.expected = expected
    self.why = why
    self.penalty = penalty
  }

  /// Multiple choice, with no feedback: the choices as shown, and the correct one (a letter or the text).
  public static func choice(choices: [String], correct: String) -> AnswerCheck {
    AnswerCheck(.choices(ChoiceQuestion(choices: choices.map { Choice($0) }, correct: .plain(correct))))
  }

  /// A number within a tolerance, with no feedback.
  public static func number(value: Double, tolerance: Double) -> AnswerCheck {
    AnswerCheck(.number(NumberQuestion(value: value, tolerance: tolerance)))
  }

  /// Any of these words or phrases, with no feedback.
  public static func words(_ words: [String]) -> AnswerCheck {
    AnswerCheck(.words(WordsQuestion(keys: words.map(AnswerKey.plain))))
  }

  /// The kind, as lab.yaml tells it apart: by the keys given.
  public var kind: AnswerKind {
    switch expected {
    case .choices: .choices
    case .number: .number
    case .words: .words
    }
  }
}
