import Cloud

/// Where one HTTP request goes, as botocore builds it.
struct AWSRequestPlan {
  /// The operation, for log lines (`ListObjectsV2`).
  let operation: String
  /// The full URL, as botocore prints it in errors.
  let url: String
  /// The hostname (or address) the client connects to.
  let host: String
  let port: Int
  /// The path and query of the request line, for the log.
  let pathAndQuery: String
  /// The HTTP method: what the operation's model says (`HEAD` for HeadObject, `POST` for the
  /// query APIs such as EC2).
  var method = "GET"
  /// botocore streams the body of a GetObject answer (`stream_output=True` in its log).
  var streamsOutput = false
}

/// How one attempt at a request ended.
enum AttemptOutcome<Response> {
  /// The service answered (successfully or with an error).
  case answered(Result<Response, APIError>)
  /// The connection was silently dropped: the client waits out its connect timeout.
  case timedOut
  /// The name did not resolve or the connection was refused: botocore's EndpointConnectionError.
  case unreachable(resolverTimedOut: Bool)
}

/// How the whole request ended, after botocore's retries.
enum TransportResult<Response> {
  case answered(Result<Response, APIError>)
  case connectTimeout(url: String)
  case couldNotConnect(url: String)
}

/// botocore's request loop in awscli v1's legacy retry mode: five attempts, exponential backoff
/// with a random base, each attempt a fresh DNS lookup and TCP connect through the simulated world.
struct AWSTransport {
  static let maxAttempts = 5

  /// Sends a request, retrying as awscli v1 does, advancing the simulated clock by what each step takes.
  ///
  /// `reusesConnection` says urllib3's pool still holds a connection to the plan's host from an
  /// answered request of the same command (the next page of a listing): the first attempt then
  /// logs no new connection, as the real tool's `--debug` shows one for all pages.
  static func send<Response>(
    _ plan: AWSRequestPlan, client: AWSClient, state: inout ShellState, log: inout AWSDebugLog,
    events: inout [Event], connectionCounter: inout Int, reusesConnection: Bool = false,
    attempt: (inout World) -> (AttemptOutcome<Response>, [Event])
  ) -> TransportResult<Response> {
    for number in 1...maxAttempts {
      log.log(
        state.world, "botocore.endpoint",
        "Sending http request: <AWSPreparedRequest stream_output=\(plan.streamsOutput ? "True" : "False"), method=\(plan.method), url=\(plan.url), headers={'User-Agent': b'\(AWSVersion.full)'}>"
      )
      if !(reusesConnection && number == 1) {
        connectionCounter += 1
        log.log(
          state.world, "urllib3.connectionpool",
          "Starting new HTTPS connection (\(connectionCounter)): \(plan.host):\(plan.port)")
      }
      let (outcome, attemptEvents) = attempt(&state.world)
      events += attemptEvents
      let failure: String
      switch outcome {
      case .answered(let result):
        // One round trip to set up TLS and one for the request, within the Region.
        state.world.clock.advance(milliseconds: 38)
        let status = result.failure?.httpStatus ?? 200
        log.log(
          state.world, "urllib3.connectionpool",
          "https://\(plan.host):\(plan.port) \"\(plan.method) \(plan.pathAndQuery) HTTP/1.1\" \(status) None")
        return .answered(result)
      case .timedOut:
        state.world.clock.advance(seconds: Int64(client.connectTimeout))
        failure = AWSMessages.connectTimeout(plan.url)
        log.log(state.world, "botocore.endpoint", "Exception received when sending HTTP request.")
        log.raw(AWSDebugLog.traceback(AWSDebugLog.sendFrames, exception: "ConnectTimeoutError: \(failure)"))
      case .unreachable(let resolverTimedOut):
        // glibc's resolver waits 5 s per try, twice, when no DNS server answers.
        state.world.clock.advance(milliseconds: resolverTimedOut ? 10_000 : 3)
        failure = AWSMessages.couldNotConnect(plan.url)
        log.log(state.world, "botocore.endpoint", "Exception received when sending HTTP request.")
        log.raw(AWSDebugLog.traceback(AWSDebugLog.sendFrames, exception: "EndpointConnectionError: \(failure)"))
      }
      guard number < maxAttempts else {
        if case .timedOut = outcome { return .connectTimeout(url: plan.url) }
        return .couldNotConnect(url: plan.url)
      }
      log.log(state.world, "botocore.retryhandler", "retry needed, retryable exception caught: \(failure)")
      let sleep = backoff(attempt: number, world: &state.world)
      log.log(state.world, "botocore.retryhandler", "Retry needed, action of: \(sleep)")
      log.log(state.world, "botocore.endpoint", "Response received to retry, sleeping for \(sleep) seconds")
      state.world.clock.advance(milliseconds: Int64(sleep * 1000))
    }
    return .couldNotConnect(url: plan.url)
  }

  /// Legacy mode's delay: a random base in [0, 1) times 2^(attempt − 1).
  static func backoff(attempt: Int, world: inout World) -> Double {
    let base = Double(world.random.next() >> 11) / Double(1 << 53)
    return base * Double(1 << (attempt - 1))
  }

  /// Turns one simulated exchange into an attempt outcome.
  static func outcome<Response>(of exchange: ServiceExchange<Response>) -> AttemptOutcome<Response> {
    if let response = exchange.response { return .answered(response) }
    guard let connection = exchange.connection else {
      return .unreachable(resolverTimedOut: exchange.lookup?.outcome == .noResponse)
    }
    switch connection.outcome {
    case .dropped: return .timedOut
    case .refused, .connected: return .unreachable(resolverTimedOut: false)
    }
  }
}

extension Result {
  /// The error of a failed result, nil on success.
  var failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
