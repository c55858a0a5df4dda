import Cloud

/// A fixed set of words a check condition accepts; the raw values are lab.yaml's spellings.
///
/// The loader's accepted values and FORMAT.md's coverage test both read `spellings`, so a word
/// added here is accepted, and must be documented, with no second list to update.
public protocol CheckVocabulary: RawRepresentable<String>, CaseIterable, Sendable {}

extension CheckVocabulary {
  /// Every spelling, in declaration order.
  public static var spellings: [String] { allCases.map(\.rawValue) }
}

extension LookupCheck {
  /// What the lookup answered (`lookup.answer`).
  public enum Answer: String, CheckVocabulary {
    /// Addresses, all private (RFC 1918).
    case privateAddresses = "private"
    /// Addresses, all public.
    case publicAddresses = "public"
    /// The name does not exist.
    case nxdomain
    /// No resolver answered.
    case noResponse = "none"
  }

  /// Which zone supplied the answer (`lookup.source`).
  public enum Source: String, CheckVocabulary {
    /// The private hosted zone of an interface endpoint with private DNS.
    case privateZone = "private-zone"
    /// An interface endpoint's own regional or zonal name.
    case endpointName = "endpoint-name"
    /// AWS's public DNS for the service.
    case publicService = "public"
  }

  /// Which programs' lookups count (`lookup.by`); without it only the DNS tools do.
  public enum Asker: String, CheckVocabulary {
    /// `nslookup`, `dig` or `host`, whose answer the learner sees (the default).
    case dnsTool = "dns-tool"
    /// A client resolving for itself before it connects (`aws`, `curl`, `ping` …).
    case client
    /// Any program.
    case any
  }
}

extension ConnectionCheck {
  /// How the attempt ended (`connection.outcome`).
  public enum Outcome: String, CheckVocabulary {
    case connected
    /// Silently dropped: the client times out.
    case dropped
    /// Actively refused: the client sees "connection refused".
    case refused
  }
}

/// The way traffic reached an AWS service (`connection.via`, `call.via`).
public enum PathKind: String, CheckVocabulary {
  /// Over the internet: an internet gateway, or a NAT gateway in front of one.
  case internet
  /// Through a gateway endpoint (a `pl-… → vpce-…` route).
  case gateway
  /// Through an interface endpoint's network interface.
  case interface
}

/// Why a connection was dropped, in the words checks use (`connection.reason`); several of
/// Cloud's reasons share one word where a learner would not tell them apart.
public enum DropReasonKind: String, CheckVocabulary {
  case noRoute = "no-route"
  case securityGroup = "security-group"
  case otherRegion = "other-region"
  case notTransitive = "not-transitive"
  case noPublicIP = "no-public-ip"
  case noListener = "no-listener"
  case privateFromInternet = "private-from-internet"
  case endpointPending = "endpoint-pending"
  case blackhole
}

extension CallCheck {
  /// How the service answered (`call.outcome`).
  public enum Outcome: String, CheckVocabulary {
    case success
    case error
  }

  /// The services whose API calls the simulated tools make (`call.service`).
  public enum Service: String, CheckVocabulary {
    case s3
    case ec2
    case sts
  }
}

extension EndpointCheck {
  /// The endpoint's type (`endpoint.type`), spelled as the EC2 API spells it.
  public enum EndpointKind: String, CheckVocabulary {
    case gateway = "Gateway"
    case interface = "Interface"
  }

  /// Where the endpoint is in its life (`endpoint.state`).
  public enum State: String, CheckVocabulary {
    case available
    case pending
  }
}

/// Every service the world knows can have an endpoint (`endpoint.service`).
extension AWSService: CheckVocabulary {}

/// The kinds of `answer` check, each named by its main key.
public enum AnswerKind: String, CheckVocabulary {
  /// Multiple choice: `choices` and `correct`.
  case choices
  /// A number: `number`, and optionally `tolerance`.
  case number
  /// Free text: `words`, any of which is right.
  case words

  /// The keys of this kind; giving any of them picks the kind. `wrong`, which number and words
  /// questions share, picks none.
  public var keys: [AnswerCheck.Key] {
    switch self {
    case .choices: [.choices, .correct, .shuffle]
    case .number: [.number, .tolerance, .unit]
    case .words: [.words]
    }
  }
}
