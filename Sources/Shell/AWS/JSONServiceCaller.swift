import Cloud

/// Sends a request to a JSON/query API (EC2, STS) through the world: DNS, routing, retries.
enum JSONServiceCaller {
  /// Calls `operation` at `endpointHost`; `answer` runs at the service once a connection reaches it.
  static func call(
    service: AWSService, operation: String, plan: AWSRequestPlan, client: AWSClient, state: inout ShellState,
    log: inout AWSDebugLog, events: inout [Event],
    answer: @escaping (inout World, ServiceContact, String) -> (Result<JSONValue, APIError>, [Event])
  ) -> Result<JSONValue, CallFailure> {
    var connections = 0
    let hostName = state.hostName
    let result: TransportResult<JSONValue> = AWSTransport.send(
      plan, client: client, state: &state, log: &log, events: &events, connectionCounter: &connections
    ) { (world: inout World) -> (AttemptOutcome<JSONValue>, [Event]) in
      let reached = world.reach(from: hostName, endpointHost: plan.host, port: plan.port)
      var attemptEvents = reached.events
      guard let connection = reached.connection else {
        return (.unreachable(resolverTimedOut: reached.lookup?.outcome == .noResponse), attemptEvents)
      }
      switch connection.outcome {
      case .dropped: return (.timedOut, attemptEvents)
      case .refused: return (.unreachable(resolverTimedOut: false), attemptEvents)
      case .connected(_, let contact):
        guard let contact, contact.service == service else {
          // Something answered, but not this service: the request fails as a refused endpoint would.
          return (.unreachable(resolverTimedOut: false), attemptEvents)
        }
        let (response, serviceEvents) = answer(&world, contact, hostName)
        attemptEvents.append(
          .apiCall(
            APICall(
              host: hostName, time: world.now, service: service, operation: operation,
              parameters: [.init("endpoint", plan.host)], via: contact.via, errorCode: response.failure?.code)))
        attemptEvents += serviceEvents
        return (.answered(response), attemptEvents)
      }
    }
    switch result {
    case .answered(.success(let value)): return .success(value)
    case .answered(.failure(let error)): return .failure(.service(error, operation: operation))
    case .connectTimeout(let url): return .failure(.transport(AWSMessages.connectTimeout(url)))
    case .couldNotConnect(let url): return .failure(.transport(AWSMessages.couldNotConnect(url)))
    }
  }

  /// The plan for a query-protocol API: a POST to the service's root URL.
  static func plan(service: AWSService, operation: String, region: String, client: AWSClient) -> AWSRequestPlan {
    if let endpoint = client.endpoint {
      return AWSRequestPlan(
        operation: operation, url: endpoint.base + "/", host: endpoint.host, port: endpoint.port, pathAndQuery: "/",
        method: "POST")
    }
    let host = service == .sts ? client.stsHost(in: region) : service.hostname(in: region)
    return AWSRequestPlan(
      operation: operation, url: "https://\(host)/", host: host, port: 443, pathAndQuery: "/", method: "POST")
  }

  /// Renders a failure after the debug lines, exit 255.
  static func failure(_ failure: CallFailure, log: inout AWSDebugLog, state: ShellState, events: [Event])
    -> CommandResult
  {
    log.log(state.world, "awscli.clidriver", "Exception caught in main()")
    log.raw(AWSDebugLog.traceback(AWSDebugLog.mainFrames, exception: failure.debugException))
    log.log(state.world, "awscli.clidriver", "Exiting with rc 255")
    return CommandResult(stderr: log.text + failure.stderrText, status: 255, events: events)
  }
}

/// `aws sts get-caller-identity`: who the host's credentials belong to.
enum STSCommand {
  static func run(_ words: [String], client: AWSClient, arguments: AWSArguments, state: inout ShellState)
    -> CommandResult
  {
    guard let operation = words.first else { return .failure(AWSMessages.tooFewArguments, status: 2) }
    guard operation == "get-caller-identity" else {
      if AWSChoices.sts.contains(operation) {
        return .failure(AWSMessages.notSimulated(["sts", operation]), status: 2)
      }
      return .failure(
        AWSMessages.invalidChoice(argument: "operation", choice: operation, choices: AWSChoices.sts), status: 2)
    }
    guard let region = client.region else { return .failure(AWSMessages.noRegion, status: 255) }
    var log = AWSDebugLog(enabled: client.debug)
    var events: [Event] = []
    let plan = JSONServiceCaller.plan(service: .sts, operation: "GetCallerIdentity", region: region, client: client)
    let result = JSONServiceCaller.call(
      service: .sts, operation: "GetCallerIdentity", plan: plan, client: client, state: &state, log: &log,
      events: &events
    ) { world, _, hostName in
      (.success(identity(world: world, hostName: hostName)), [])
    }
    switch result {
    case .failure(let failure):
      return JSONServiceCaller.failure(failure, log: &log, state: state, events: events)
    case .success(let value):
      var rendered = AWSResponseRenderer.render(value, arguments: arguments, operation: "GetCallerIdentity")
      rendered.stderr = log.text + rendered.stderr
      rendered.events = events
      return rendered
    }
  }

  static func identity(world: World, hostName: String) -> JSONValue {
    let host = world.host(named: hostName)
    let account = world.accountId
    switch host?.kind {
    case .instance(let id)?:
      let role = world.instance(id)?.roleName ?? "lab-role"
      return .object([
        ("UserId", .string("AROA" + stableSuffix(role) + ":" + id)),
        ("Account", .string(account)),
        ("Arn", .string("arn:aws:sts::\(account):assumed-role/\(role)/\(id)")),
      ])
    case .onPremises?:
      return .object([
        ("UserId", .string("AIDA" + stableSuffix("idc-backup"))),
        ("Account", .string(account)),
        ("Arn", .string("arn:aws:iam::\(account):user/idc-backup")),
      ])
    default:
      return .object([
        ("UserId", .string("AROA" + stableSuffix("Admin") + ":cloudshell-user")),
        ("Account", .string(account)),
        ("Arn", .string("arn:aws:sts::\(account):assumed-role/Admin/cloudshell-user")),
      ])
    }
  }

  /// Sixteen uppercase characters derived from a name, shaped like an IAM unique ID's tail.
  static func stableSuffix(_ name: String) -> String {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    var generator = SeededGenerator(seed: hash)
    return generator.alphanumeric(17).uppercased()
  }
}
