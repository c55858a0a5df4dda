import Cloud

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
  case stepPoints = "step-points"
  case pointsTotal = "points-total"
  case labHelp = "lab-help"
  case answerEmpty = "answer-empty"
  case answerNoneLeft = "answer-none-left"
  case answerNotQuestion = "answer-not-question"
  case notSaved = "not-saved"
  case notSavedUndone = "not-saved-undone"
  case unsavedOne = "unsaved-one"
  case unsavedMany = "unsaved-many"
  case keptSeed = "kept-seed"
  case labChanged = "lab-changed"
  case progressLine = "progress-line"
  case progressTotals = "progress-totals"
  case progressHeader = "progress-header"
  case progressFooter = "progress-footer"
  case statusNotStarted = "status-not-started"
  case statusLine = "status-line"
  case listHeader = "list-header"
  case listEmpty = "list-empty"
  case unknownLab = "unknown-lab"
  case unknownLabSuggested = "unknown-lab-suggested"
  case availableLabs = "available-labs"
  case noLabsYet = "no-labs-yet"
  case summaryLookup = "check-summary-lookup"
  case summaryLookupHost = "check-summary-lookup-host"
  case summaryLookupName = "check-summary-lookup-name"
  case summaryConnection = "check-summary-connection"
  case summaryConnectionHost = "check-summary-connection-host"
  case summaryConnectionTo = "check-summary-connection-to"
  case summaryCall = "check-summary-call"
  case summaryCallAny = "check-summary-call-any"
  case summaryCallOperation = "check-summary-call-operation"
  case summaryCallBucket = "check-summary-call-bucket"
  case summaryCallHost = "check-summary-call-host"
  case summaryEndpoint = "check-summary-endpoint"
  case summaryNoEndpoint = "check-summary-no-endpoint"
  case summaryTheService = "check-summary-the-service"
  case summaryGroup = "check-summary-group"
  case summaryEndpointGroup = "check-summary-endpoint-group"
  case summaryAnswer = "check-summary-answer"
  case noWorkspace = "no-workspace"
  case resetAskStart = "reset-ask-start"
  case resetAskStep = "reset-ask-step"
  case resetNothing = "reset-nothing"
  case resetDone = "reset-done"
  case resetDoneComplete = "reset-done-complete"
  case resetNoStep = "reset-no-step"
  case submitPushed = "submit-pushed"
  case submitPushedRemembered = "submit-pushed-remembered"
  case workspaceInvalidLabID = "workspace-invalid-lab-id"
  case workspaceNotAWorkspace = "workspace-not-a-workspace"
  case workspaceWrongLab = "workspace-wrong-lab"
  case workspaceDamaged = "workspace-damaged"
  case workspaceBadMetadata = "workspace-bad-metadata"
  case workspaceBadTranscript = "workspace-bad-transcript"
  case workspaceExists = "workspace-exists"
  case workspaceLocked = "workspace-locked"
  case workspaceLockedUnknown = "workspace-locked-unknown"
  case workspaceLockFailed = "workspace-lock-failed"
  case workspaceSaveFailed = "workspace-save-failed"
  case workspacePushFailed = "workspace-push-failed"
  case workspaceNoRemote = "workspace-no-remote"
  case workspaceClosed = "workspace-closed"
  case identityWhy = "identity-why"
  case identityName = "identity-name"
  case identityEmail = "identity-email"
  case identitySaved = "identity-saved"
  case identityNotSaved = "identity-not-saved"
  case identityNoneGiven = "identity-none-given"
  case identityNameEmpty = "identity-name-empty"
  case identityNameBad = "identity-name-bad"
  case identityEmailEmpty = "identity-email-empty"
  case identityEmailBad = "identity-email-bad"
  case identityBadOption = "identity-bad-option"
  case identityBadFile = "identity-bad-file"
  case identityLocalhost = "identity-localhost"

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
    case .resuming: "Resuming {title}: {passed} of {count} steps passed; commands so far: {commands}."
    case .saved:
      "Saved in {location}. Resume with `labrun start {lab}{options}`; hand in with `labrun submit {lab}{options}`."
    case .savedComplete: "Saved in {location}. The lab is complete; hand in with `labrun submit {lab}{options}`."
    case .savedNext: "Next: `labrun start {next}{labs}`."
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
    case .stepPoints: "({points} points)"
    case .pointsTotal: "{points}/{max} points"
    case .labHelp:
      """
      The lab
        hint                           the next hint for this step (each one counts)
        check                          what this step still needs, without the answer
        steps                          every step, passed or not
        instructions                   this step's instructions again
        answer TEXT                    answer the current question

      """
    case .answerEmpty: "answer: type your answer after the word, for example `answer b`"
    case .answerNoneLeft: "answer: every step has passed; there is no question left"
    case .answerNotQuestion: "answer: this step asks you to do something, not to answer a question"
    case .notSaved: "labrun: warning: this command was not saved: {error}"
    case .notSavedUndone:
      "labrun: warning: its output above is not part of your work: the lab is back where it was before it, and the next command runs from there. Type it again once saving works."
    case .unsavedOne: "labrun: error: {count} command was not saved; see the warnings above."
    case .unsavedMany: "labrun: error: {count} commands were not saved; see the warnings above."
    case .keptSeed: "labrun: warning: this workspace was started with seed {seed}; it keeps that seed (not {asked})."
    case .labChanged:
      "labrun: warning: the lab has changed since this workspace was started; your work is replayed on the current version."
    case .progressLine: "Lab `{lab}` · learner {learner} · seed {seed}"
    case .progressTotals: "**{passed} of {count} steps passed · {points}/{max} points · {hints} hints used**"
    case .progressHeader: "| | step | points |"
    case .progressFooter:
      "Resume with `labrun start {lab}`; hand in with `labrun submit {lab} --remote URL`.\nThe transcript (`transcript-*.jsonl`) is what counts: grading replays it."
    case .statusNotStarted: "{name}: not started ({count} steps, {max} points)"
    case .statusLine: "{name}: {passed}/{count} steps, {points}/{max} points, hints used: {hints}, commands: {commands}"
    case .listHeader: "ID|TITLE|STEPS"
    case .listEmpty: "No labs in {root} yet."
    case .unknownLab: "no lab named '{lab}'"
    case .unknownLabSuggested: "no lab named '{lab}'; did you mean '{suggestion}'?"
    case .availableLabs: "available labs: {labs}\n(run 'labrun list' to see their titles)"
    case .noLabsYet: "no lab named '{lab}'; the labs folder {root} has no labs yet."
    case .summaryLookup: "a DNS lookup{host}{name} with the answer the step is about"
    case .summaryLookupHost: " on {host}"
    case .summaryLookupName: " of {name}"
    case .summaryConnection: "a connection{host}{to} that ends the way the step describes"
    case .summaryConnectionHost: " from {host}"
    case .summaryConnectionTo: " to {to}"
    case .summaryCall: "{what}{bucket}{host} with the outcome the step is about"
    case .summaryCallAny: "an API call"
    case .summaryCallOperation: "a {operation} call"
    case .summaryCallBucket: " on {bucket}"
    case .summaryCallHost: " from {host}"
    case .summaryEndpoint: "a VPC endpoint for {service} set up as the step asks"
    case .summaryNoEndpoint: "no VPC endpoint for {service} of that kind"
    case .summaryTheService: "the service"
    case .summaryGroup: "security group {group} admitting the traffic the step is about"
    case .summaryEndpointGroup:
      "the security group of the {service} interface endpoint, admitting the traffic the step is about"
    case .summaryAnswer: "your answer (type `answer` followed by it)"
    case .noWorkspace: "there is no workspace for '{lab}' at {path}; start it with `labrun start {lab}`."
    case .resetAskStart: "Reset {lab} to the start? Your history is kept. [y/N] "
    case .resetAskStep: "Reset {lab} back to step {number} ({title})? Your history is kept. [y/N] "
    case .resetNothing: "Nothing changed."
    case .resetDone:
      "Reset {lab}: now at step {number} of {count} ({title}). Resume with `labrun start {lab}{options}`."
    case .resetDoneComplete: "Reset {lab}: all {count} steps still pass. Resume with `labrun start {lab}{options}`."
    case .resetNoStep: "lab '{lab}' has no step '{step}'; give a step number from 1 to {count} or a step id: {ids}."
    case .submitPushed: "Pushed {lab} (commit {commit}) to {destination}."
    case .submitPushedRemembered: "Pushed {lab} (commit {commit}) to the remembered remote."
    case .workspaceInvalidLabID: "lab id \"{id}\" cannot name a workspace folder; use letters, digits, '-', '_' or '.'"
    case .workspaceNotAWorkspace:
      "{path} is not a labrun workspace: {reason}. Point --workspace at a labrun workspace or at a new folder."
    case .workspaceWrongLab:
      "{path} is a workspace of lab \"{found}\", not \"{expected}\". Use another --workspace for \"{expected}\"."
    case .workspaceDamaged:
      "the git repository in {path} is damaged ({cause}). Restore it from a copy or push, or start a new workspace."
    case .workspaceBadMetadata:
      "{path}: {problem}. Restore the file from the workspace's git history (git checkout -- labrun.json)."
    case .workspaceBadTranscript:
      "{path}:{line}: {problem}. The committed transcript was edited; restore it from an earlier commit."
    case .workspaceExists: "{path} already exists and is not empty. Choose another --workspace or remove it."
    case .workspaceLocked:
      "{path} is in use by process {pid} on {host}. Finish that session first, or stop that process."
    case .workspaceLockedUnknown:
      "{path} is in use by another process. Finish that session first, or stop that process."
    case .workspaceLockFailed: "cannot lock {path}: {reason}. Check that the folder exists and is writable."
    case .workspaceSaveFailed:
      "could not save to {path}: {reason}. This command was not recorded; everything saved before it is kept. Free disk space or fix the folder's permissions and go on."
    case .workspacePushFailed:
      "push to {remote} failed: {reason}. Nothing was changed locally; check the address and access and try again."
    case .workspaceNoRemote:
      "{path} has no remote to push to yet. Give a remote: a bare repository path, file:// or ssh:// URL."
    case .workspaceClosed: "the workspace {path} was closed; open it again to keep recording."
    case .identityWhy:
      "Your name and email go into your progress history, as its git author. They are asked once and kept in {path}."
    case .identityName: "Name: "
    case .identityEmail: "Email: "
    case .identitySaved: "Saved in {path}; labrun will not ask again."
    case .identityNotSaved:
      "labrun: warning: could not save your name and email in {path} ({error}); labrun will ask again next time."
    case .identityNoneGiven:
      "no name and email given, so no workspace was made; start again and answer, or give --learner \"Name <email>\"."
    case .identityNameEmpty: "Please type your name (it may have spaces)."
    case .identityNameBad: "A name cannot hold < or > or control characters; please type it again."
    case .identityEmailEmpty: "Please type your email address, such as ada@example.org."
    case .identityEmailBad: "'{email}' is not an email address such as ada@example.org; please type it again."
    case .identityBadOption: "--learner '{option}' is not of the form \"Name <email@example.com>\"."
    case .identityBadFile: "labrun: warning: {path} does not hold one line \"Name <email>\"; it is not used."
    case .identityLocalhost:
      "labrun: note: no --learner, no git identity and nothing saved in {path}, so your history records you as {user} <{user}@localhost>; give --learner \"Name <email>\" or set git's user.name and user.email."
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
  ///
  /// A Korean template writes a particle after a mark in its double form (`{needs}이(가)`); the
  /// filled sentence takes the form the value's reading needs (`KoreanParticles`).
  public func say(_ message: LabMessage, _ values: [String: String] = [:]) -> String {
    var text = templates[message] ?? message.english
    if values.isEmpty { return text }
    // One pass fills every mark when no value holds a brace: then no filled value can make or
    // break a mark, and the result is the one the name-by-name replacement below gives. Replays
    // say these lines for every command, so the pass is worth having.
    if !values.values.contains(where: { $0.utf8.contains(where: { $0 == 0x7B || $0 == 0x7D }) }) {
      return KoreanParticles.resolved(text.fillingMarks(values))
    }
    // Sorted, so a value that itself holds a `{mark}` is filled the same way on every run.
    for (name, value) in values.sorted(by: { $0.key < $1.key }) {
      text = text.replacingEvery("{" + name + "}", with: value)
    }
    return KoreanParticles.resolved(text)
  }
}

extension String {
  /// This string with each `{name}` whose name `values` holds replaced by its value, in one pass.
  func fillingMarks(_ values: [String: String]) -> String {
    let bytes = Array(utf8)
    var result = TextBytes(capacity: bytes.count)
    var copiedUpTo = 0
    var index = 0
    while index < bytes.count {
      guard bytes[index] == 0x7B else {
        index += 1
        continue
      }
      var end = index + 1
      while end < bytes.count, bytes[end] != 0x7D, bytes[end] != 0x7B { end += 1 }
      guard end < bytes.count, bytes[end] == 0x7D,
        let value = values[String(decoding: bytes[(index + 1)..<end], as: UTF8.self)]
      else {
        index += 1
        continue
      }
      result.append(utf8: bytes[copiedUpTo..<index])
      result += value
      index = end + 1
      copiedUpTo = index
    }
    result.append(utf8: bytes[copiedUpTo...])
    return result.text
  }
}

extension String {
  /// This string with every occurrence of `target` replaced, without Foundation.
  func replacingEvery(_ target: String, with replacement: String) -> String {
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
