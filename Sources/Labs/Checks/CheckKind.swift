import Cloud

/// The kinds of check, as lab.yaml names them: the one key of a check's mapping.
public enum CheckKind: String, CaseIterable, Sendable {
  case lookup
  case connection
  case call
  case endpoint
  case securityGroup
  case answer

  /// True for checks on the world as it is now rather than on something that happened.
  public var isState: Bool {
    switch self {
    case .endpoint, .securityGroup: true
    case .lookup, .connection, .call, .answer: false
    }
  }

  /// True for checks that one event of a command can match, which is what feedback needs.
  public var isObservation: Bool {
    switch self {
    case .lookup, .connection, .call: true
    case .endpoint, .securityGroup, .answer: false
    }
  }

  /// The keys this kind accepts, in the order FORMAT.md describes them.
  public var keys: [any CheckKey] {
    switch self {
    case .lookup: LookupCheck.Key.allCases
    case .connection: ConnectionCheck.Key.allCases
    case .call: CallCheck.Key.allCases
    case .endpoint: EndpointCheck.Key.allCases
    case .securityGroup: SecurityGroupCheck.Key.allCases
    case .answer: AnswerCheck.Key.allCases
    }
  }

  /// The key of this kind spelled `name`, if there is one.
  public func key(named name: String) -> (any CheckKey)? {
    keys.first { $0.rawValue == name }
  }
}

/// What a check key takes in lab.yaml.
public enum CheckValueShape: Sendable, Equatable {
  /// One value: a name, a pattern, an error code, a CIDR block.
  case text
  /// A whole number.
  case wholeNumber
  /// Any number.
  case number
  /// `true` or `false`.
  case bool
  /// A list of values; one value stands for a list of one.
  case list
  /// A list whose items may be values or mappings, read by the check's own loader.
  case items
  /// One of a fixed set of words.
  case word([String])
}

/// A key one kind of check accepts; the raw value is lab.yaml's spelling.
public protocol CheckKey: RawRepresentable<String>, CaseIterable, Sendable {
  /// What the key takes.
  var shape: CheckValueShape { get }
}

extension LookupCheck {
  /// The keys of a `lookup` check.
  public enum Key: String, CheckKey {
    case host, name, answer, source, by

    public var shape: CheckValueShape {
      switch self {
      case .host, .name: .text
      case .answer: .word(Answer.spellings)
      case .source: .word(Source.spellings)
      case .by: .word(Asker.spellings)
      }
    }
  }
}

extension ConnectionCheck {
  /// The keys of a `connection` check.
  public enum Key: String, CheckKey {
    case host, to, port, outcome, via, reason

    public var shape: CheckValueShape {
      switch self {
      case .host, .to: .text
      case .port: .wholeNumber
      case .outcome: .word(Outcome.spellings)
      case .via: .word(PathKind.spellings)
      case .reason: .word(DropReasonKind.spellings)
      }
    }
  }
}

extension CallCheck {
  /// The keys of a `call` check.
  public enum Key: String, CheckKey {
    case host, service, operation, bucket, outcome, error, via

    public var shape: CheckValueShape {
      switch self {
      case .host, .operation, .bucket, .error: .text
      case .service: .word(Service.spellings)
      case .outcome: .word(Outcome.spellings)
      case .via: .word(PathKind.spellings)
      }
    }
  }
}

extension EndpointCheck {
  /// The keys of an `endpoint` check.
  public enum Key: String, CheckKey {
    case type, service, routeTables, subnets, privateDns, state, exists

    public var shape: CheckValueShape {
      switch self {
      case .type: .word(EndpointKind.spellings)
      case .service: .word(AWSService.spellings)
      case .routeTables, .subnets: .list
      case .privateDns, .exists: .bool
      case .state: .word(State.spellings)
      }
    }
  }
}

extension SecurityGroupCheck {
  /// The keys of a `securityGroup` check; all three are required.
  public enum Key: String, CheckKey {
    case group, port, source

    public var shape: CheckValueShape {
      switch self {
      case .group, .source: .text
      case .port: .wholeNumber
      }
    }
  }
}

extension AnswerCheck {
  /// The keys of an `answer` check; which are given picks its `AnswerKind`.
  public enum Key: String, CheckKey {
    case choices, correct, shuffle, number, tolerance, unit, wrong, words, why, penalty

    public var shape: CheckValueShape {
      switch self {
      case .choices, .wrong: .items
      case .words: .list
      case .correct, .unit, .why: .text
      case .number, .tolerance: .number
      case .shuffle: .bool
      case .penalty: .wholeNumber
      }
    }
  }
}
