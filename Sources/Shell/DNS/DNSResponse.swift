import Cloud

/// The DNS response a simulated lookup stands for: what the resolver would have sent back, in
/// enough detail for dig's full output and its `MSG SIZE`.
struct DNSResponse: Sendable, Equatable {
  enum Status: String, Sendable {
    case noError = "NOERROR"
    case nxDomain = "NXDOMAIN"
  }

  /// The question name as typed, made absolute (final dot), case kept — resolvers echo it.
  let questionName: String
  let questionType: String
  let status: Status
  let answers: [DNSRecord]
  let authority: [DNSRecord]

  /// The message's size on the wire, as `;; MSG SIZE  rcvd:` reports it.
  var wireSize: Int {
    DNSWireSize.message(question: questionName, records: answers + authority, withOPT: true)
  }
}

extension DNSResponse {
  /// Builds the response for a lookup the world answered; nil for no response.
  ///
  /// TTLs and SOA records are not part of the Cloud model; they are chosen here (see
  /// `DNSRecordPolicy`) and are fixed, so output stays deterministic.
  init?(lookup: DNSLookup, typedName: String, type: String) {
    let owner = DNSNames.absolute(typedName)
    switch lookup.outcome {
    case .noResponse:
      return nil
    case .answered(let addresses):
      let ttl = DNSRecordPolicy.answerTTL(for: lookup.source)
      self.init(
        questionName: owner, questionType: type, status: .noError,
        answers: addresses.map { DNSRecord(owner: owner, ttl: ttl, data: .a($0)) }, authority: [])
    case .pointers(let names):
      let ttl = DNSRecordPolicy.answerTTL(for: lookup.source)
      self.init(
        questionName: owner, questionType: type, status: .noError,
        answers: names.map { DNSRecord(owner: owner, ttl: ttl, data: .ptr(DNSNames.absolute($0))) }, authority: [])
    case .noData:
      self.init(
        questionName: owner, questionType: type, status: .noError, answers: [],
        authority: [DNSRecordPolicy.negativeSOA(name: lookup.name, source: lookup.source, now: lookup.time)])
    case .nxdomain:
      self.init(
        questionName: owner, questionType: type, status: .nxDomain, answers: [],
        authority: [DNSRecordPolicy.negativeSOA(name: lookup.name, source: lookup.source, now: lookup.time)])
    }
  }
}

/// Helpers for names as the tools print them.
enum DNSNames {
  /// The name with exactly one final dot (`.` for the root).
  static func absolute(_ name: String) -> String {
    var trimmed = name
    while trimmed.hasSuffix(".") { trimmed.removeLast() }
    return trimmed + "."
  }

  /// The name without its final dot, as nslookup and host print owners.
  static func relative(_ name: String) -> String {
    var trimmed = name
    while trimmed.hasSuffix("."), trimmed.count > 1 { trimmed.removeLast() }
    return trimmed
  }
}
