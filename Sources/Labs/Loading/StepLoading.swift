import Cloud
import Yams

/// Reads one step of `lab.yaml`: its fields, its Markdown file and its checks.
struct StepLoading {
  let folder: String
  let files: any LabFiles
  /// The lab's starting world, to check that hosts and resources named in checks exist.
  let world: World?
  let index: Int

  mutating func step(from node: Node, diagnostics: inout DiagnosticCollector) -> Step? {
    guard let mapping = node.mapping else {
      diagnostics.add(node, "steps[\(index)] must be a mapping with id, title, file, checks and hints")
      return nil
    }
    for (keyNode, _) in mapping {
      if let key = keyNode.string, !LabLoader.stepKeys.contains(key) {
        diagnostics.add(
          keyNode,
          "unknown key '\(key)' in steps[\(index)]; expected one of: \(LabLoader.stepKeys.sorted().joined(separator: ", "))"
        )
      }
    }
    let before = diagnostics.items.count
    let id = diagnostics.string(mapping, "id", required: true, in: node) ?? "step-\(index + 1)"
    if !id.isEmpty, !id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), let idNode = mapping["id"]
    {
      diagnostics.add(idNode, "step id '\(id)' may hold only letters, digits, '-' and '_'")
    }
    let title = diagnostics.string(mapping, "title", required: true, in: node) ?? id
    var instructions = ""
    if let file = diagnostics.string(mapping, "file", required: true, in: node), let fileNode = mapping["file"] {
      if file.contains("..") || file.hasPrefix("/") {
        diagnostics.add(fileNode, "step file '\(file)' must be a file in the lab's folder")
      } else {
        switch files.contents(at: folder + "/" + file) {
        case .text(let text): instructions = text
        case .missing: diagnostics.add(fileNode, "missing step file '\(file)' (looked for \(folder)/\(file))")
        case .unreadable(let reason, let line, let column):
          diagnostics.add(
            Diagnostic(
              file: folder + "/" + file, line: line, column: column, message: "step file cannot be read: \(reason)"))
        }
      }
    }
    var points = 0
    if let pointsNode = mapping["points"] {
      if let value = pointsNode.int, value >= 0 {
        points = value
      } else {
        diagnostics.add(pointsNode, "points must be a whole number ≥ 0")
      }
    } else {
      diagnostics.add(node, "steps[\(index)] ('\(id)') needs 'points', a whole number ≥ 0")
    }
    var checks: [Check] = []
    if let checksNode = mapping["checks"], let sequence = checksNode.sequence, !sequence.isEmpty {
      for item in sequence {
        if let check = CheckLoading.check(from: item, world: world, diagnostics: &diagnostics) { checks.append(check) }
      }
    } else {
      diagnostics.add(mapping["checks"] ?? node, "steps[\(index)] ('\(id)') needs a non-empty list of checks")
    }
    var feedback: [Feedback] = []
    if let feedbackNode = mapping["feedback"] {
      if let sequence = feedbackNode.sequence {
        for item in sequence {
          guard let entry = item.mapping, let whenNode = entry["when"], let say = entry["say"]?.string else {
            diagnostics.add(item, "feedback items need 'when' (a check) and 'say' (the message)")
            continue
          }
          for (keyNode, _) in entry where FeedbackKey(rawValue: keyNode.string ?? "") == nil {
            let expected = FeedbackKey.allCases.map(\.rawValue).joined(separator: ", ")
            diagnostics.add(keyNode, "unknown key '\(keyNode.string ?? "")' in feedback; expected \(expected)")
          }
          if let check = CheckLoading.check(from: whenNode, world: world, diagnostics: &diagnostics) {
            if !check.kind.isObservation {
              let observations = CheckKind.allCases.filter(\.isObservation).map(\.rawValue)
              diagnostics.add(
                whenNode,
                "feedback 'when' must be an observation: \(observations.dropLast().joined(separator: ", ")) or \(observations.last ?? "")"
              )
            } else {
              feedback.append(Feedback(when: check, say: say))
            }
          }
        }
      } else {
        diagnostics.add(feedbackNode, "'feedback' must be a list")
      }
    }
    var hints: [String] = []
    if let hintsNode = mapping["hints"], let sequence = hintsNode.sequence {
      for item in sequence {
        if let text = item.string { hints.append(text) } else { diagnostics.add(item, "a hint must be text") }
      }
      if hints.count < 2 { diagnostics.add(hintsNode, "steps[\(index)] ('\(id)') needs at least two hints") }
    } else {
      diagnostics.add(mapping["hints"] ?? node, "steps[\(index)] ('\(id)') needs a list of at least two hints")
    }
    guard diagnostics.items.count == before else { return nil }
    return Step(
      id: id, title: title, instructions: instructions, points: points, checks: checks, feedback: feedback, hints: hints
    )
  }
}

/// Reads one check: a mapping with exactly one kind (`lookup`, `call` …) and its conditions.
enum CheckLoading {
  static func check(from node: Node, world: World?, diagnostics: inout DiagnosticCollector) -> Check? {
    let kinds = CheckKind.allCases.map(\.rawValue).sorted().joined(separator: ", ")
    guard let mapping = node.mapping, mapping.count == 1,
      let (kindNode, body) = mapping.first.map({ ($0.key, $0.value) }),
      let name = kindNode.string
    else {
      diagnostics.add(node, "a check is a mapping with exactly one of: \(kinds)")
      return nil
    }
    guard let kind = CheckKind(rawValue: name) else {
      diagnostics.add(kindNode, "unknown check '\(name)'; expected one of: \(kinds)")
      return nil
    }
    guard let fields = body.mapping else {
      diagnostics.add(body, "'\(name)' needs a mapping of conditions")
      return nil
    }
    let before = diagnostics.items.count
    let conditions = CheckConditions(kind: kind, fields: fields, body: body, world: world, diagnostics: &diagnostics)
    let check: Check?
    switch kind {
    case .lookup: check = .lookup(LookupCheck(conditions, diagnostics: &diagnostics))
    case .connection: check = .connection(ConnectionCheck(conditions, diagnostics: &diagnostics))
    case .call: check = .call(CallCheck(conditions, diagnostics: &diagnostics))
    case .endpoint: check = .endpoint(EndpointCheck(conditions, diagnostics: &diagnostics))
    case .securityGroup: check = SecurityGroupCheck(conditions, diagnostics: &diagnostics).map(Check.securityGroup)
    case .answer: check = AnswerCheck(conditions, diagnostics: &diagnostics).map(Check.answer)
    }
    return diagnostics.items.count == before ? check : nil
  }
}

/// The conditions given for one check, each checked against its key's shape when read in, so a
/// wrong value is reported at the value and the typed readers below never see it.
struct CheckConditions {
  let kind: CheckKind
  /// The check's mapping, where a missing condition is reported.
  let body: Node
  let world: World?
  private var values: [String: Node] = [:]

  init(kind: CheckKind, fields: Node.Mapping, body: Node, world: World?, diagnostics: inout DiagnosticCollector) {
    self.kind = kind
    self.body = body
    self.world = world
    for (keyNode, value) in fields {
      guard let name = keyNode.string else { continue }
      guard let key = kind.key(named: name) else {
        let expected = kind.keys.map { $0.rawValue }.sorted().joined(separator: ", ")
        diagnostics.add(keyNode, "unknown key '\(name)' in '\(kind.rawValue)'; expected one of: \(expected)")
        continue
      }
      if let problem = Self.problem(with: value, for: key, of: kind) { diagnostics.add(value, problem) }
      values[name] = value
    }
  }

  /// What is wrong with `value` for `key`, in the words of a diagnostic.
  static func problem(with value: Node, for key: any CheckKey, of kind: CheckKind) -> String? {
    let name = key.rawValue
    if key.shape == .items {
      // Each item is read, and its mistakes located, by the check's own loader.
      return value.sequence == nil ? "'\(name)' must be a list" : nil
    }
    if key.shape == .list {
      if value.string != nil { return nil }
      guard let items = value.sequence, items.allSatisfy({ $0.string != nil }) else {
        return "'\(name)' must be a list of single values"
      }
      return nil
    }
    guard case .scalar = value, let text = value.string else {
      return "'\(name)' must be a single value, not a \(value.kindName)"
    }
    switch key.shape {
    case .text, .list, .items: return nil
    case .wholeNumber: return value.int == nil ? "'\(name)' must be a whole number" : nil
    case .number: return value.float == nil ? "'\(name)' must be a number" : nil
    case .bool: return value.bool == nil ? "'\(name)' must be true or false" : nil
    case .word(let words):
      guard !words.contains(text) else { return nil }
      return "'\(text)' is not a valid \(kind.rawValue).\(name); use one of: \(words.sorted().joined(separator: ", "))"
    }
  }

  /// The node given for `key`, if any.
  func node(_ key: some CheckKey) -> Node? { values[key.rawValue] }

  func text(_ key: some CheckKey) -> String? { node(key)?.string }

  /// A word of the check vocabulary; the spelling was checked when read in.
  func word<Word: CheckVocabulary>(_ key: some CheckKey) -> Word? { text(key).flatMap(Word.init(rawValue:)) }

  func wholeNumber(_ key: some CheckKey) -> Int? { node(key)?.int }

  func number(_ key: some CheckKey) -> Double? { node(key)?.float }

  func bool(_ key: some CheckKey) -> Bool? { node(key)?.bool }

  /// A list, or one value standing for a list of one; empty when not given.
  func list(_ key: some CheckKey) -> [String] {
    guard let node = node(key) else { return [] }
    return node.string.map { [$0] } ?? node.sequence?.compactMap(\.string) ?? []
  }

  /// A host name, which must be a host of the world.
  func host(_ key: some CheckKey, diagnostics: inout DiagnosticCollector) -> String? {
    guard let name = text(key) else { return nil }
    if let world, world.host(named: name) == nil, let node = node(key) {
      diagnostics.add(node, "unknown host '\(name)'; the world has \(world.hosts.map(\.name).joined(separator: ", "))")
    }
    return name
  }

  /// Names of resources, each of which must be among `known`.
  func names(_ key: some CheckKey, among known: [String], what: String, diagnostics: inout DiagnosticCollector)
    -> [String]
  {
    let list = list(key)
    if let node = node(key) {
      for name in list where !known.contains(name) {
        diagnostics.add(node, "unknown \(what) '\(name)'; the world has \(known.joined(separator: ", "))")
      }
    }
    return list
  }
}

extension LookupCheck {
  init(_ conditions: CheckConditions, diagnostics: inout DiagnosticCollector) {
    self.init(
      host: conditions.host(Key.host, diagnostics: &diagnostics), name: conditions.text(Key.name),
      answer: conditions.word(Key.answer), source: conditions.word(Key.source), by: conditions.word(Key.by))
  }
}

extension ConnectionCheck {
  init(_ conditions: CheckConditions, diagnostics: inout DiagnosticCollector) {
    self.init(
      host: conditions.host(Key.host, diagnostics: &diagnostics), to: conditions.text(Key.to),
      port: conditions.wholeNumber(Key.port), outcome: conditions.word(Key.outcome), via: conditions.word(Key.via),
      reason: conditions.word(Key.reason))
  }
}

extension CallCheck {
  init(_ conditions: CheckConditions, diagnostics: inout DiagnosticCollector) {
    let service: Service? = conditions.word(Key.service)
    if let operation = conditions.text(Key.operation), let node = conditions.node(Key.operation),
      let problem = CallNames.operationProblem(
        operation, service: service.flatMap { AWSService(rawValue: $0.rawValue) })
    {
      diagnostics.add(node, problem)
    }
    if let code = conditions.text(Key.error), let node = conditions.node(Key.error),
      let problem = CallNames.errorProblem(code)
    {
      diagnostics.add(node, problem)
    }
    self.init(
      host: conditions.host(Key.host, diagnostics: &diagnostics), service: conditions.word(Key.service),
      operation: conditions.text(Key.operation), bucket: conditions.text(Key.bucket),
      outcome: conditions.word(Key.outcome),
      error: conditions.text(Key.error), via: conditions.word(Key.via))
  }
}

extension EndpointCheck {
  init(_ conditions: CheckConditions, diagnostics: inout DiagnosticCollector) {
    let world = conditions.world
    // The VPC's main route table has no name on AWS; checks call it "main".
    let tables = (world?.routeTables.map(\.name).filter { !$0.isEmpty } ?? []) + ["main"]
    self.init(
      type: conditions.word(Key.type), service: conditions.word(Key.service),
      routeTables: conditions.names(Key.routeTables, among: tables, what: "route table", diagnostics: &diagnostics),
      subnets: conditions.names(
        Key.subnets, among: world?.subnets.map(\.name) ?? [], what: "subnet", diagnostics: &diagnostics),
      privateDns: conditions.bool(Key.privateDns), state: conditions.word(Key.state),
      exists: conditions.bool(Key.exists) ?? true)
  }
}

extension SecurityGroupCheck {
  init?(_ conditions: CheckConditions, diagnostics: inout DiagnosticCollector) {
    guard let group = conditions.text(Key.group), let port = conditions.wholeNumber(Key.port),
      let sourceText = conditions.text(Key.source)
    else {
      // A condition given with the wrong kind of value is already reported at the value.
      if Key.allCases.allSatisfy({ conditions.node($0) != nil }) { return nil }
      diagnostics.add(conditions.body, "'securityGroup' needs group, port and source")
      return nil
    }
    if !group.hasPrefix("endpoint:"), let world = conditions.world,
      !world.securityGroups.contains(where: { $0.name == group })
    {
      diagnostics.add(
        conditions.node(Key.group) ?? conditions.body,
        "unknown security group '\(group)'; the world has \(world.securityGroups.map(\.name).joined(separator: ", "))")
    }
    guard let source = CIDRBlock.parse(sourceText) else {
      diagnostics.add(
        conditions.node(Key.source) ?? conditions.body, "'\(sourceText)' is not a CIDR block like 10.0.0.0/16")
      return nil
    }
    self.init(group: group, port: port, source: source)
  }
}
