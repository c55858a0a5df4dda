import Cloud

/// `aws ec2 OPERATION …`: awscli arguments turned into API parameters and sent to the simulated EC2.
enum EC2Commands {
  static func run(_ words: [String], client: AWSClient, arguments: AWSArguments, state: inout ShellState)
    -> CommandResult
  {
    guard let name = words.first else { return .failure(AWSMessages.tooFewArguments, status: 2) }
    guard let operation = EC2Schema.operations.first(where: { $0.cli == name }) else {
      guard AWSChoices.ec2.contains(name) else {
        return .failure(
          AWSMessages.invalidChoice(argument: "operation", choice: name, choices: AWSChoices.ec2), status: 2)
      }
      return .failure(AWSMessages.notSimulated(["ec2", name]), status: 2)
    }
    let typed: [String]
    switch ArgparseAbbreviation.expand(Array(words.dropFirst()), command: "ec2 " + name) {
    case .success(let expanded): typed = expanded
    case .failure(let problem): return .failure(problem.argparseText, status: 2)
    }
    let parameters: JSONValue
    switch parse(typed, operation: operation.arguments) {
    case .failure(let problem): return .failure(problem.text, status: problem.status)
    case .success(let value): parameters = value
    }
    guard let region = client.region else { return .failure(AWSMessages.noRegion, status: 255) }

    var log = AWSDebugLog(enabled: client.debug)
    var events: [Event] = []
    let plan = JSONServiceCaller.plan(service: .ec2, operation: operation.api, region: region, client: client)
    log.log(
      state.world, "botocore.endpoint",
      "Making request for OperationModel(name=\(operation.api)) with params: {'url_path': '/', 'query_string': '', 'method': 'POST'}"
    )
    let api = operation.api
    let result = JSONServiceCaller.call(
      service: .ec2, operation: api, plan: plan, client: client, state: &state, log: &log, events: &events
    ) { world, contact, hostName in
      let permissions = world.host(named: hostName)?.permissions ?? .none
      // The endpoint that answers decides the Region, as a real regional endpoint would.
      let call = world.ec2(api, parameters, caller: hostName, permissions: permissions, region: contact.region)
      return (call.output, call.changes.map { .resourceChanged($0) })
    }
    switch result {
    case .failure(let failure):
      return JSONServiceCaller.failure(failure, log: &log, state: state, events: events)
    case .success(let value):
      // awscli prints what botocore parsed, which is only what its model knows.
      let parsed = EC2OutputMembers.keepingKnown(value, operation: operation.api)
      var rendered = AWSResponseRenderer.render(parsed, arguments: arguments, operation: operation.api)
      rendered.stderr = log.text + rendered.stderr
      rendered.events = events
      return rendered
    }
  }

  /// A problem with the arguments, worded as awscli words it.
  struct Problem: Error {
    let text: String
    let status: Int32
  }

  /// Turns the words after the operation name into the API's parameter object.
  static func parse(_ words: [String], operation arguments: [EC2Argument]) -> Result<JSONValue, Problem> {
    var values: [(argument: EC2Argument, words: [String])] = []
    var booleans: [(EC2Argument, Bool)] = []
    var shortcuts: [String: String] = [:]
    var unknown: [String] = []
    var input: JSONObject?
    var index = 0
    while index < words.count {
      let word = words[index]
      index += 1
      guard word.hasPrefix("--") else {
        unknown.append(word)
        continue
      }
      var following: [String] = []
      while index < words.count, !words[index].hasPrefix("--") {
        following.append(words[index])
        index += 1
      }
      if word == "--cli-input-json" {
        // awscli's skeleton input: a JSON object of the API's own parameter names, read first, so
        // what the command line gives wins (awscli/customizations/cliinputjson.py).
        guard let text = following.first else {
          return .failure(
            Problem(text: AWSMessages.usageHead + "aws: error: argument \(word): expected one argument\n", status: 2))
        }
        guard case .object(let object)? = try? JSONValue.parse(text) else {
          // Python 2.7's json module, which the claimed awscli runs on, words a parse failure so.
          return .failure(
            Problem(
              text:
                "\nError parsing parameter 'cli-input-json': Invalid JSON: No JSON object could be decoded\nJSON received: \(text)\n",
              status: 255))
        }
        input = object
        unknown += following.dropFirst()
      } else if let argument = arguments.first(where: { $0.cli == word }) {
        if case .boolean = argument.type {
          booleans.append((argument, true))
          unknown += following
        } else {
          guard !following.isEmpty else {
            return .failure(
              Problem(text: AWSMessages.usageHead + "aws: error: argument \(word): expected one argument\n", status: 2))
          }
          values.append((argument, following))
        }
      } else if word.hasPrefix("--no-"), let argument = arguments.first(where: { $0.cli == "--" + word.dropFirst(5) }),
        case .boolean = argument.type
      {
        booleans.append((argument, false))
        unknown += following
      } else if EC2Schema.ruleShortcuts.contains(word), arguments.contains(where: { $0.api == "IpPermissions" }) {
        shortcuts[word] = following.first ?? ""
        unknown += following.dropFirst()
      } else {
        unknown.append(word)
        unknown += following
      }
    }
    if !unknown.isEmpty {
      return .failure(Problem(text: AWSMessages.unknownOptions(unknown.joined(separator: ", ")), status: 255))
    }
    var object = JSONObject()
    if let input {
      for member in input {
        guard let argument = arguments.first(where: { $0.api == member.key }) else {
          return .failure(
            Problem(
              text: "\nParameter validation failed:\nUnknown parameter in input: \"\(member.key)\", must be one of: "
                + arguments.map(\.api).joined(separator: ", ") + "\n", status: 255))
        }
        object[argument.api] = argument.type.coerce(member.value) ?? member.value
      }
    }
    for argument in arguments {
      if let given = values.last(where: { $0.argument.cli == argument.cli }) {
        switch convert(given.words, for: argument) {
        case .failure(let problem): return .failure(problem)
        case .success(let value): object[argument.api] = value
        }
      } else if let flag = booleans.last(where: { $0.0.cli == argument.cli }) {
        object[argument.api] = .bool(flag.1)
      }
    }
    if !shortcuts.isEmpty {
      switch permission(from: shortcuts) {
      case .failure(let problem): return .failure(problem)
      case .success(let value): object["IpPermissions"] = .array([value])
      }
    }
    if let missing = arguments.first(where: { $0.required && object[$0.api] == nil }) {
      return .failure(Problem(text: AWSMessages.missingArgument(missing.cli), status: 2))
    }
    return .success(.object(object))
  }

  /// Converts an argument's words to its shape: strings as they are, lists as several words,
  /// structures from JSON or shorthand (`file://` values were read from the host already).
  static func convert(_ words: [String], for argument: EC2Argument) -> Result<JSONValue, Problem> {
    func parseError(_ detail: String) -> Problem {
      Problem(text: "\nError parsing parameter '\(argument.cli)': \(detail)\n", status: 255)
    }
    switch argument.type {
    case .string:
      // A single string argument takes one word; awscli would report the rest as unknown.
      guard words.count == 1 else {
        return .failure(
          Problem(text: AWSMessages.unknownOptions(words.dropFirst().joined(separator: ", ")), status: 255))
      }
      return .success(.string(words[0]))
    case .integer:
      guard words.count == 1, let number = Int(words[0]) else {
        return .failure(parseError("invalid literal for int() with base 10: '\(words.joined(separator: " "))'"))
      }
      return .success(.int(number))
    case .boolean:
      return .success(.bool(true))
    case .list(.string):
      if words.count == 1, words[0].hasPrefix("["), let json = try? JSONValue.parse(words[0]),
        let coerced = argument.type.coerce(json)
      {
        return .success(coerced)
      }
      return .success(.array(words.map { .string($0) }))
    case .list(let element):
      if words.count == 1, words[0].hasPrefix("[") {
        guard let json = try? JSONValue.parse(words[0]) else {
          return .failure(parseError("Invalid JSON:\n\(words[0])"))
        }
        guard let coerced = argument.type.coerce(json) else {
          return .failure(parseError("Invalid type for parameter"))
        }
        return .success(coerced)
      }
      var items: [JSONValue] = []
      for word in words {
        let parsed: JSONValue
        if word.hasPrefix("{") {
          guard let json = try? JSONValue.parse(word) else { return .failure(parseError("Invalid JSON:\n\(word)")) }
          parsed = json
        } else {
          do {
            parsed = try Shorthand.parse(word)
          } catch {
            return .failure(parseError(error.message))
          }
        }
        guard let coerced = element.coerce(parsed) else {
          return .failure(parseError("Unknown key or wrong type in '\(word)'"))
        }
        items.append(coerced)
      }
      return .success(.array(items))
    case .structure:
      guard words.count == 1 else {
        return .failure(
          Problem(text: AWSMessages.unknownOptions(words.dropFirst().joined(separator: ", ")), status: 255))
      }
      let parsed: JSONValue
      if words[0].hasPrefix("{") {
        guard let json = try? JSONValue.parse(words[0]) else {
          return .failure(parseError("Invalid JSON:\n\(words[0])"))
        }
        parsed = json
      } else {
        do {
          parsed = try Shorthand.parse(words[0])
        } catch {
          return .failure(parseError(error.message))
        }
      }
      guard let coerced = argument.type.coerce(parsed) else {
        return .failure(parseError("Unknown key or wrong type in '\(words[0])'"))
      }
      return .success(coerced)
    }
  }

  /// awscli's `--protocol/--port/--cidr/--source-group` shortcut as one IpPermission.
  static func permission(from shortcuts: [String: String]) -> Result<JSONValue, Problem> {
    var object = JSONObject()
    let protocolName = shortcuts["--protocol"] ?? "-1"
    object["IpProtocol"] = .string(protocolName == "all" ? "-1" : protocolName)
    if let port = shortcuts["--port"] {
      let parts = port.split(separator: "-", omittingEmptySubsequences: false)
      guard (1...2).contains(parts.count), let from = Int(parts[0]), let to = Int(parts[parts.count - 1]) else {
        return .failure(
          Problem(
            text: "\nport parameter should be of the form <from[-to]> (e.g. 22 or 22-25)\n", status: 255))
      }
      object["FromPort"] = .int(from)
      object["ToPort"] = .int(to)
    } else if protocolName != "-1" && protocolName != "all" {
      object["FromPort"] = .int(-1)
      object["ToPort"] = .int(-1)
    }
    if let cidr = shortcuts["--cidr"] {
      object["IpRanges"] = .array([.object([("CidrIp", .string(cidr))])])
    }
    if let group = shortcuts["--source-group"] {
      object["UserIdGroupPairs"] = .array([.object([("GroupId", .string(group))])])
    }
    return .success(.object(object))
  }
}
