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
        diagnostics.add(keyNode, "unknown key '\(key)' in steps[\(index)]; expected one of: \(LabLoader.stepKeys.sorted().joined(separator: ", "))")
      }
    }
    let before = diagnostics.items.count
    let id = diagnostics.string(mapping, "id", required: true, in: node) ?? "step-\(index + 1)"
    if !id.isEmpty, !id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), let idNode = mapping["id"] {
      diagnostics.add(idNode, "step id '\(id)' may hold only letters, digits, '-' and '_'")
    }
    let title = diagnostics.string(mapping, "title", required: true, in: node) ?? id
    var instructions = ""
    if let file = diagnostics.string(mapping, "file", required: true, in: node), let fileNode = mapping["file"] {
      if file.contains("..") || file.hasPrefix("/") {
        diagnostics.add(fileNode, "step file '\(file)' must be a file in the lab's folder")
      } else if let text = files.text(at: folder + "/" + file) {
        instructions = text
      } else {
        diagnostics.add(fileNode, "missing step file '\(file)' (looked for \(folder)/\(file))")
      }
    }
    var points = 10
    if let pointsNode = mapping["points"] {
      if let value = pointsNode.int, value >= 0 { points = value } else {
        diagnostics.add(pointsNode, "points must be a whole number ≥ 0")
      }
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
          for (keyNode, _) in entry where !["when", "say"].contains(keyNode.string ?? "") {
            diagnostics.add(keyNode, "unknown key '\(keyNode.string ?? "")' in feedback; expected when, say")
          }
          if let check = CheckLoading.check(from: whenNode, world: world, diagnostics: &diagnostics) {
            if check.isState || { if case .answer = check { return true } else { return false } }() {
              diagnostics.add(whenNode, "feedback 'when' must be an observation: lookup, connection or call")
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
    return Step(id: id, title: title, instructions: instructions, points: points, checks: checks, feedback: feedback, hints: hints)
  }
}

/// Reads one check: a mapping with exactly one kind (`lookup`, `call` …) and its fields.
enum CheckLoading {
  static func check(from node: Node, world: World?, diagnostics: inout DiagnosticCollector) -> Check? {
    guard let mapping = node.mapping, mapping.count == 1, let (kindNode, body) = mapping.first.map({ ($0.key, $0.value) }),
      let kind = kindNode.string
    else {
      diagnostics.add(node, "a check is a mapping with exactly one of: \(LabLoader.checkKinds.keys.sorted().joined(separator: ", "))")
      return nil
    }
    guard let allowed = LabLoader.checkKinds[kind] else {
      diagnostics.add(kindNode, "unknown check '\(kind)'; expected one of: \(LabLoader.checkKinds.keys.sorted().joined(separator: ", "))")
      return nil
    }
    guard let fields = body.mapping else {
      diagnostics.add(body, "'\(kind)' needs a mapping of conditions")
      return nil
    }
    let before = diagnostics.items.count
    var values: [String: Node] = [:]
    for (keyNode, value) in fields {
      guard let key = keyNode.string else { continue }
      guard allowed.contains(key) else {
        diagnostics.add(keyNode, "unknown key '\(key)' in '\(kind)'; expected one of: \(allowed.sorted().joined(separator: ", "))")
        continue
      }
      if let choices = LabLoader.allowedValues["\(kind).\(key)"], let text = value.string, !choices.contains(text) {
        diagnostics.add(value, "'\(text)' is not a valid \(kind).\(key); use one of: \(choices.sorted().joined(separator: ", "))")
      }
      values[key] = value
    }
    func text(_ key: String) -> String? { values[key]?.string }
    func host(_ key: String = "host") -> String? {
      guard let name = text(key) else { return nil }
      if let world, world.host(named: name) == nil, let nodeForKey = values[key] {
        diagnostics.add(nodeForKey, "unknown host '\(name)'; the world has \(world.hosts.map(\.name).joined(separator: ", "))")
      }
      return name
    }
    func names(_ key: String, among known: [String], what: String) -> [String] {
      guard let node = values[key] else { return [] }
      let list = node.sequence?.compactMap(\.string) ?? node.string.map { [$0] } ?? []
      for name in list where !known.contains(name) {
        diagnostics.add(node, "unknown \(what) '\(name)'; the world has \(known.joined(separator: ", "))")
      }
      return list
    }
    func integer(_ key: String) -> Int? {
      guard let node = values[key] else { return nil }
      guard let value = node.int else {
        diagnostics.add(node, "'\(key)' must be a whole number")
        return nil
      }
      return value
    }

    let check: Check
    switch kind {
    case "lookup":
      check = .lookup(LookupCheck(host: host(), name: text("name"), answer: text("answer"), source: text("source")))
    case "connection":
      check = .connection(ConnectionCheck(
        host: host(), to: text("to"), port: integer("port"), outcome: text("outcome"), via: text("via"), reason: text("reason")))
    case "call":
      check = .call(CallCheck(
        host: host(), service: text("service"), operation: text("operation"), bucket: text("bucket"),
        outcome: text("outcome"), error: text("error"), via: text("via")))
    case "endpoint":
      var type: EndpointType?
      if let raw = text("type") { type = EndpointType(rawValue: raw) }
      check = .endpoint(EndpointCheck(
        type: type, service: text("service"),
        routeTables: names("routeTables", among: (world?.routeTables.map(\.name).filter { !$0.isEmpty } ?? []) + ["main"], what: "route table"),
        subnets: names("subnets", among: world?.subnets.map(\.name) ?? [], what: "subnet"),
        privateDns: values["privateDns"]?.bool, state: text("state"), exists: values["exists"]?.bool ?? true))
    case "securityGroup":
      guard let group = text("group"), let port = integer("port"), let sourceText = text("source") else {
        diagnostics.add(body, "'securityGroup' needs group, port and source")
        return nil
      }
      if !group.hasPrefix("endpoint:"), let world, !world.securityGroups.contains(where: { $0.name == group }) {
        diagnostics.add(values["group"] ?? body, "unknown security group '\(group)'; the world has \(world.securityGroups.map(\.name).joined(separator: ", "))")
      }
      guard let source = CIDRBlock.parse(sourceText) else {
        diagnostics.add(values["source"] ?? body, "'\(sourceText)' is not a CIDR block like 10.0.0.0/16")
        return nil
      }
      check = .securityGroup(SecurityGroupCheck(group: group, port: port, source: source))
    default:  // answer
      if let choicesNode = values["choices"] {
        guard let choices = choicesNode.sequence?.compactMap(\.string), choices.count >= 2, let correct = text("correct") else {
          diagnostics.add(body, "a multiple-choice answer needs at least two 'choices' and 'correct'")
          return nil
        }
        check = .answer(.choice(choices: choices, correct: correct))
      } else if let numberNode = values["number"] {
        guard let number = numberNode.float else {
          diagnostics.add(numberNode, "'number' must be a number")
          return nil
        }
        check = .answer(.number(value: number, tolerance: values["tolerance"]?.float ?? 0))
      } else if let wordsNode = values["words"] {
        let words = wordsNode.sequence?.compactMap(\.string) ?? wordsNode.string.map { [$0] } ?? []
        guard !words.isEmpty else {
          diagnostics.add(wordsNode, "'words' must list at least one accepted answer")
          return nil
        }
        check = .answer(.words(words))
      } else {
        diagnostics.add(body, "an answer check needs choices + correct, number (+ tolerance), or words")
        return nil
      }
    }
    return diagnostics.items.count == before ? check : nil
  }
}
