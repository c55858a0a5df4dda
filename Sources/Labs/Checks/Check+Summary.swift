extension Check {
  /// What the check asks for, in words that do not give the answer away: the line `check` prints
  /// for it, in the lab's language (`messages`).
  public func summary(_ messages: LabMessages) -> String {
    func part(_ message: LabMessage, _ name: String, _ value: String?) -> String {
      value.map { messages.say(message, [name: $0]) } ?? ""
    }
    switch self {
    case .lookup(let check):
      return messages.say(
        .summaryLookup,
        [
          "host": part(.summaryLookupHost, "host", check.host),
          "name": part(.summaryLookupName, "name", check.name),
        ])
    case .connection(let check):
      return messages.say(
        .summaryConnection,
        [
          "host": part(.summaryConnectionHost, "host", check.host),
          "to": part(.summaryConnectionTo, "to", check.to),
        ])
    case .call(let check):
      let what = check.operation.map { messages.say(.summaryCallOperation, ["operation": $0]) }
      return messages.say(
        .summaryCall,
        [
          "what": what ?? messages.say(.summaryCallAny),
          "bucket": part(.summaryCallBucket, "bucket", check.bucket),
          "host": part(.summaryCallHost, "host", check.host),
        ])
    case .endpoint(let check):
      let service = check.service?.rawValue ?? messages.say(.summaryTheService)
      return messages.say(check.exists ? .summaryEndpoint : .summaryNoEndpoint, ["service": service])
    case .securityGroup(let check):
      // `endpoint:SERVICE` is how a lab file names the groups of an endpoint it has not made yet,
      // not a name a learner has seen.
      if check.group.hasPrefix("endpoint:") {
        return messages.say(.summaryEndpointGroup, ["service": String(check.group.dropFirst("endpoint:".count))])
      }
      return messages.say(.summaryGroup, ["group": check.group])
    case .answer:
      return messages.say(.summaryAnswer)
    }
  }

  /// The check's summary in English, as `labrun verify-solutions` reports an unmet check.
  public var missingDescription: String { summary(.english) }
}
