/// Why a policy document was refused, in words a learner can act on.
public struct PolicyParseError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Where the JSON itself broke, if it did (then the document is not JSON at all).
  public let syntaxError: JSONParseError?
  /// What is wrong, e.g. `Statement[1].Effect must be "Allow" or "Deny", found "allow"`.
  public let message: String

  public init(message: String, syntaxError: JSONParseError? = nil) {
    self.message = message
    self.syntaxError = syntaxError
  }

  public var description: String { message }

  /// The error EC2 answers for a bad `--policy-document` on CreateVpcEndpoint/ModifyVpcEndpoint.
  ///
  /// The wording for a JSON syntax error is the real one (`InvalidPolicyDocument`,
  /// "The Policy Document is not valid. Syntax error at position (1,75)"); for documents that
  /// are JSON but not a valid policy the service's exact words are not known, so the message
  /// keeps the known prefix and the specific reason travels in the `Reason` detail.
  public var ec2Error: APIError {
    if let syntaxError {
      return APIError(
        code: "InvalidPolicyDocument",
        message:
          "The Policy Document is not valid. Syntax error at position (\(syntaxError.line),\(syntaxError.column))",
        httpStatus: 400, details: [.init("Reason", message)])
    }
    return APIError(
      code: "InvalidPolicyDocument", message: "The Policy Document is not valid.", httpStatus: 400,
      details: [.init("Reason", message)])
  }
}

extension PolicyDocument {
  /// Parses a policy document.
  ///
  /// `Statement` may be one object or an array; `Action`/`NotAction`, `Resource`/`NotResource`
  /// and condition values may be a string or an array of strings. Each statement needs `Effect`,
  /// exactly one of `Action`/`NotAction` and of `Resource`/`NotResource`; resource-based policies
  /// (bucket and endpoint policies, `requirePrincipal: true`) also need `Principal` or `NotPrincipal`.
  public static func parse(_ text: String, requirePrincipal: Bool = false) throws(PolicyParseError) -> PolicyDocument {
    let json: JSONValue
    do {
      json = try JSONValue.parse(text)
    } catch {
      throw PolicyParseError(message: "Syntax error at \(error)", syntaxError: error)
    }
    return try parse(json, requirePrincipal: requirePrincipal)
  }

  /// Parses a policy document already read as JSON.
  public static func parse(_ json: JSONValue, requirePrincipal: Bool = false) throws(PolicyParseError) -> PolicyDocument
  {
    guard let root = json.objectValue else {
      throw PolicyParseError(message: "The policy must be a JSON object, found \(article(json))")
    }
    for member in root where !["Version", "Id", "Statement"].contains(member.key) {
      throw PolicyParseError(message: "Unknown top-level element \"\(member.key)\" (expected Version, Id, Statement)")
    }
    var version: String?
    if let value = root["Version"] {
      guard let text = value.stringValue, text == "2012-10-17" || text == "2008-10-17" else {
        throw PolicyParseError(message: "Version must be \"2012-10-17\" or \"2008-10-17\", found \(value.compactJSON)")
      }
      version = text
    }
    var id: String?
    if let value = root["Id"] {
      guard let text = value.stringValue else { throw PolicyParseError(message: "Id must be a string") }
      id = text
    }
    guard let statementValue = root["Statement"] else {
      throw PolicyParseError(message: "The policy has no Statement")
    }
    let statementValues: [JSONValue]
    switch statementValue {
    case .array(let items): statementValues = items
    case .object: statementValues = [statementValue]
    default: throw PolicyParseError(message: "Statement must be an object or an array of objects")
    }
    guard !statementValues.isEmpty else { throw PolicyParseError(message: "Statement must not be empty") }
    var statements: [PolicyStatement] = []
    for (offset, value) in statementValues.enumerated() {
      statements.append(
        try parseStatement(value, label: "Statement[\(offset + 1)]", requirePrincipal: requirePrincipal))
    }
    return PolicyDocument(version: version, id: id, statements: statements)
  }

  private static let statementElements: Set<String> = [
    "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition",
  ]

  private static func parseStatement(_ value: JSONValue, label: String, requirePrincipal: Bool) throws(PolicyParseError)
    -> PolicyStatement
  {
    guard let object = value.objectValue else {
      throw PolicyParseError(message: "\(label) must be an object, found \(article(value))")
    }
    for member in object where !statementElements.contains(member.key) {
      throw PolicyParseError(message: "\(label) has an unknown element \"\(member.key)\"")
    }
    var sid: String?
    if let value = object["Sid"] {
      guard let text = value.stringValue else { throw PolicyParseError(message: "\(label).Sid must be a string") }
      sid = text
    }
    guard let effectValue = object["Effect"] else {
      throw PolicyParseError(message: "\(label) has no Effect (\"Allow\" or \"Deny\")")
    }
    guard let effectText = effectValue.stringValue, let effect = PolicyStatement.Effect(rawValue: effectText) else {
      throw PolicyParseError(message: "\(label).Effect must be \"Allow\" or \"Deny\", found \(effectValue.compactJSON)")
    }
    let principal = try parsePrincipal(object, label: label)
    if requirePrincipal && principal == nil {
      throw PolicyParseError(message: "\(label) has no Principal (use \"*\" for everyone)")
    }
    let actions = try parsePair(object, "Action", "NotAction", label: label)
    let resources = try parsePair(object, "Resource", "NotResource", label: label)
    var conditions: [PolicyCondition] = []
    if let conditionValue = object["Condition"] {
      conditions = try parseConditions(conditionValue, label: "\(label).Condition")
    }
    return PolicyStatement(
      sid: sid, effect: effect, principal: principal, actions: actions, resources: resources, conditions: conditions)
  }

  private static func parsePair(_ object: JSONObject, _ positive: String, _ negative: String, label: String)
    throws(PolicyParseError) -> Negatable<[String]>
  {
    switch (object[positive], object[negative]) {
    case (let value?, nil):
      return Negatable(try stringList(value, label: "\(label).\(positive)"))
    case (nil, let value?):
      return Negatable(try stringList(value, label: "\(label).\(negative)"), negated: true)
    case (.some, .some):
      throw PolicyParseError(message: "\(label) has both \(positive) and \(negative); use one of them")
    case (nil, nil):
      throw PolicyParseError(message: "\(label) has neither \(positive) nor \(negative)")
    }
  }

  private static func parsePrincipal(_ object: JSONObject, label: String) throws(PolicyParseError)
    -> Negatable<PrincipalSet>?
  {
    let element: String
    let value: JSONValue
    switch (object["Principal"], object["NotPrincipal"]) {
    case (nil, nil): return nil
    case (.some, .some):
      throw PolicyParseError(message: "\(label) has both Principal and NotPrincipal; use one of them")
    case (let found?, nil):
      element = "Principal"
      value = found
    case (nil, let found?):
      element = "NotPrincipal"
      value = found
    }
    let negated = element == "NotPrincipal"
    if value.stringValue == "*" { return Negatable(.any, negated: negated) }
    guard let map = value.objectValue, !map.isEmpty else {
      throw PolicyParseError(
        message:
          "\(label).\(element) must be \"*\" or an object such as {\"AWS\": \"arn:aws:iam::123456789012:root\"}, found \(value.compactJSON)"
      )
    }
    var entries: [PrincipalEntry] = []
    for member in map {
      guard ["AWS", "Service", "Federated", "CanonicalUser"].contains(member.key) else {
        throw PolicyParseError(
          message:
            "\(label).\(element) has an unknown principal type \"\(member.key)\" (AWS, Service, Federated or CanonicalUser)"
        )
      }
      let values = try stringList(member.value, label: "\(label).\(element).\(member.key)")
      if member.key == "AWS" && values == ["*"] && map.count == 1 { return Negatable(.any, negated: negated) }
      entries.append(PrincipalEntry(type: member.key, values: values))
    }
    return Negatable(.named(entries), negated: negated)
  }

  private static func parseConditions(_ value: JSONValue, label: String) throws(PolicyParseError) -> [PolicyCondition] {
    guard let operators = value.objectValue else {
      throw PolicyParseError(message: "\(label) must be an object of operators, found \(article(value))")
    }
    var conditions: [PolicyCondition] = []
    for block in operators {
      guard let conditionOperator = ConditionOperator(name: block.key) else {
        let known = ConditionOperator.Base.allCases.map(\.rawValue).joined(separator: ", ")
        throw PolicyParseError(
          message: "\(label) has an unknown operator \"\(block.key)\" (known: \(known), each optionally with IfExists)")
      }
      guard let keys = block.value.objectValue, !keys.isEmpty else {
        throw PolicyParseError(
          message:
            "\(label).\(block.key) must map condition keys to values, e.g. {\"aws:SourceVpce\": \"vpce-1a2b3c4d\"}")
      }
      for entry in keys {
        let values = try conditionValues(entry.value, label: "\(label).\(block.key).\(entry.key)")
        conditions.append(PolicyCondition(conditionOperator, key: entry.key, values: values))
      }
    }
    return conditions
  }

  /// Condition values may be strings, numbers or Booleans (AWS compares them as text).
  private static func conditionValues(_ value: JSONValue, label: String) throws(PolicyParseError) -> [String] {
    func text(_ item: JSONValue) -> String? {
      switch item {
      case .string(let string): return string
      case .bool(let flag): return flag ? "true" : "false"
      case .number(let number): return number.pythonText
      default: return nil
      }
    }
    if let single = text(value) { return [single] }
    guard let items = value.arrayValue, !items.isEmpty else {
      throw PolicyParseError(
        message: "\(label) must be a string or a non-empty array of strings, found \(value.compactJSON)")
    }
    var values: [String] = []
    for item in items {
      guard let string = text(item) else {
        throw PolicyParseError(message: "\(label) must hold only strings, found \(item.compactJSON)")
      }
      values.append(string)
    }
    return values
  }

  private static func stringList(_ value: JSONValue, label: String) throws(PolicyParseError) -> [String] {
    if let single = value.stringValue { return [single] }
    guard let items = value.arrayValue, !items.isEmpty else {
      throw PolicyParseError(
        message: "\(label) must be a string or a non-empty array of strings, found \(value.compactJSON)")
    }
    var values: [String] = []
    for item in items {
      guard let string = item.stringValue else {
        throw PolicyParseError(message: "\(label) must hold only strings, found \(item.compactJSON)")
      }
      values.append(string)
    }
    return values
  }

  private static func article(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .array, .object: return "an \(value.typeName)"
    default: return "a \(value.typeName)"
    }
  }
}
