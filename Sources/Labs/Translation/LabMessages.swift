/// One of the sentences labrun itself says in a lab, around the lab's own texts.
///
/// The English template is the source; a translation lives in `labs/messages.<language>.yaml`,
/// keyed by the raw value, with the digest of the English template it translates.
public enum LabMessage: String, CaseIterable, Sendable {
  case stepBegins = "step-begins"
  case stepPassed = "step-passed"
  case labComplete = "lab-complete"
  case nextLab = "next-lab"
  case lastLab = "last-lab"
  case hint
  case noMoreHints = "no-more-hints"
  case correct
  case notQuite = "not-quite"
  case helpLine = "help-line"
  case resuming
  case saved
  case savedComplete = "saved-complete"
  case savedNext = "saved-next"
  case checkStep = "check-step"
  case allPassed = "all-passed"
  case nothingToHint = "nothing-to-hint"
  case answerPenalty = "answer-penalty"
  case answerUnreadable = "answer-unreadable"
  case checkNoLookup = "check-no-lookup"
  case checkLookupHost = "check-lookup-host"
  case checkLookupName = "check-lookup-name"
  case checkNoConnection = "check-no-connection"
  case checkConnectionHost = "check-connection-host"
  case checkConnectionTo = "check-connection-to"
  case checkConnectionPort = "check-connection-port"
  case checkNoCall = "check-no-call"
  case checkCallHost = "check-call-host"
  case checkCallOperation = "check-call-operation"
  case checkCallBucket = "check-call-bucket"
  case checkEndpointMissing = "check-endpoint-missing"
  case checkEndpointTables = "check-endpoint-tables"
  case checkEndpointNoTables = "check-endpoint-no-tables"
  case checkEndpointSubnets = "check-endpoint-subnets"
  case checkEndpointDnsOff = "check-endpoint-dns-off"
  case checkEndpointDnsOn = "check-endpoint-dns-on"
  case checkEndpointPending = "check-endpoint-pending"
  case checkEndpointUnwanted = "check-endpoint-unwanted"
  case checkGroupMissing = "check-group-missing"
  case checkGroupNothing = "check-group-nothing"
  case checkGroupOthers = "check-group-others"

  /// The English template; `{name}` marks a value filled in when it is said.
  public var english: String {
    switch self {
    case .stepBegins: "── Step {number} of {count}: {title} ──"
    case .stepPassed: "✓ Step {number} of {count} passed: {title} (+{points} points)"
    case .labComplete: "★ Lab complete: {points}/{max} points."
    case .nextLab: "Next: labrun start {next}"
    case .lastLab: "That was the last lab of the course. `labrun status` shows how far you got in each."
    case .hint: "Hint {number} of {count}: {hint}"
    case .noMoreHints: "No more hints for this step."
    case .correct: "Correct."
    case .notQuite: "Not quite. Think it over, or type `hint`."
    case .helpLine: "Type `help` for what this shell can do, `hint` when stuck, `check` to see what is missing."
    case .resuming: "Resuming {title}: {passed} of {count} steps passed, {commands} commands so far."
    case .saved: "Saved in {location}. Resume with `labrun start {lab}`; hand in with `labrun submit {lab}`."
    case .savedComplete: "Saved in {location}. The lab is complete; hand in with `labrun submit {lab}`."
    case .savedNext: "Next: `labrun start {next}`."
    case .checkStep: "Step {number} of {count}: {title}"
    case .allPassed: "Every step has passed."
    case .nothingToHint: "The lab is complete: there is nothing left to hint at."
    case .answerPenalty: "Each wrong try costs {penalty} points: a right answer now earns {left} of {points}."
    case .answerUnreadable:
      "That names none of the choices: answer with a letter from a to {last}, or with a choice's text."
    case .checkNoLookup: "No DNS lookup has been made since this step began."
    case .checkLookupHost: "Your last lookup ran on {has}; the step is about {needs}."
    case .checkLookupName: "Your last lookup asked for {has}; the step is about {needs}."
    case .checkNoConnection: "No connection has been tried since this step began."
    case .checkConnectionHost: "Your last connection came from {has}; the step is about {needs}."
    case .checkConnectionTo: "Your last connection went to {has}; the step is about {needs}."
    case .checkConnectionPort: "Your last connection went to port {has}; the step is about port {needs}."
    case .checkNoCall: "No API call has been made since this step began."
    case .checkCallHost: "Your last API call was made from {has}; the step is about {needs}."
    case .checkCallOperation: "Your last API call was {has}; the step is about {needs}."
    case .checkCallBucket: "Your last API call named bucket {has}; the step is about {needs}."
    case .checkEndpointMissing: "The VPC has no {type} endpoint for {service} yet."
    case .checkEndpointTables:
      "Your {service} endpoint {id} is on route table {has}; the step needs it on {needs} as well."
    case .checkEndpointNoTables: "Your {service} endpoint {id} is on no route table; the step needs it on {needs}."
    case .checkEndpointSubnets:
      "Your {service} endpoint {id} has interfaces in subnet {has}; the step needs one in {needs} too."
    case .checkEndpointDnsOff: "Your {service} endpoint {id} has private DNS off; the step needs it on."
    case .checkEndpointDnsOn: "Your {service} endpoint {id} has private DNS on; the step needs it off."
    case .checkEndpointPending:
      "Your {service} endpoint {id} is still pending; a new interface endpoint takes 90 simulated seconds."
    case .checkEndpointUnwanted: "Endpoint {id} ({type}, {service}) is there; the step needs it gone."
    case .checkGroupMissing: "There is no security group {group} yet."
    case .checkGroupNothing:
      "Security group {group} admits nothing on TCP port {port}; the step needs {source} admitted."
    case .checkGroupOthers: "Security group {group} admits {has} on TCP port {port}; the step needs {source} admitted."
    }
  }
}

/// The templates a lab's notes are said with: English, or a catalogue's current translations.
public struct LabMessages: Sendable, Equatable {
  /// Translated templates by message; a message without one is said in English.
  var templates: [LabMessage: String] = [:]

  /// English throughout.
  public static let english = LabMessages()

  /// `message` with its `{name}` marks replaced by `values`.
  public func say(_ message: LabMessage, _ values: [String: String] = [:]) -> String {
    var text = templates[message] ?? message.english
    // Sorted, so a value that itself holds a `{mark}` is filled the same way on every run.
    for (name, value) in values.sorted(by: { $0.key < $1.key }) {
      text = text.replacingEvery("{" + name + "}", with: value)
    }
    return text
  }
}

extension String {
  /// This string with every occurrence of `target` replaced, without Foundation.
  fileprivate func replacingEvery(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound] + replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
