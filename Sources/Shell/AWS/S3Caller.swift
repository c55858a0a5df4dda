import Cloud

/// The outcome of an awscli command: text for each stream and the exit status.
struct AWSCommandOutput {
  var stdout = ""
  var stderr = ""
  var status: Int32 = 0
}

/// Sends S3 requests for one `aws` invocation: the transport, botocore's Region redirect, and
/// awscli's rendering of the errors.
struct S3Caller {
  var client: AWSClient
  var log: AWSDebugLog
  var events: [Event] = []
  var connections = 0
  /// The host and port of the connection urllib3 keeps open after an answered request.
  var pooled: String?

  init(client: AWSClient) {
    self.client = client
    self.log = AWSDebugLog(enabled: client.debug)
  }

  /// Sends `request`, following one Region redirect as botocore does; the error text is awscli's.
  mutating func call(
    _ request: S3Request, region: String, key: String? = nil, query: String, state: inout ShellState
  ) -> Result<S3Response, CallFailure> {
    var region = region
    var redirected = false
    while true {
      let operation = request.operation
      let plan = S3Addressing.plan(
        operation: operation.name, bucket: operation.bucket, key: key, query: query, region: region,
        endpoint: client.endpoint)
      let signing = region
      let hostName = state.hostName
      let endpoint = "\(plan.host):\(plan.port)"
      let result = AWSTransport.send(
        plan, client: client, state: &state, log: &log, events: &events, connectionCounter: &connections,
        reusesConnection: pooled == endpoint
      ) { world in
        let exchange = world.s3Exchange(
          from: hostName, endpointHost: plan.host, port: plan.port, request: request, signingRegion: signing)
        return (AWSTransport.outcome(of: exchange), exchange.events)
      }
      switch result {
      case .connectTimeout(let url):
        pooled = nil
        return .failure(.transport(AWSMessages.connectTimeout(url)))
      case .couldNotConnect(let url):
        return .failure(.transport(AWSMessages.couldNotConnect(url)))
      case .answered(.success(let response)):
        pooled = endpoint
        return .success(response)
      case .answered(.failure(let error)):
        pooled = endpoint
        if !redirected, client.endpoint == nil, let bucketName = operation.bucket,
          ["PermanentRedirect", "AuthorizationHeaderMalformed"].contains(error.code),
          let bucketRegion = state.world.s3.bucket(named: bucketName)?.region, bucketRegion != region
        {
          log.log(
            state.world, "botocore.utils",
            "S3 client configured for region \(region) but the bucket \(bucketName) is in region \(bucketRegion); Please configure the proper region to avoid multiple unnecessary redirects and signing attempts."
          )
          region = bucketRegion
          redirected = true
          continue
        }
        return .failure(.service(error, operation: operation.name))
      }
    }
  }
}

/// Why an awscli call failed, rendered the way awscli renders it.
enum CallFailure: Error {
  /// A connection-level failure (timeout, no route to a name): the message alone.
  case transport(String)
  /// An error answered by the service.
  case service(APIError, operation: String)

  /// What awscli writes on standard error (after any `--debug` lines).
  var stderrText: String {
    switch self {
    case .transport(let message):
      return AWSMessages.exception(message)
    case .service(let error, let operation):
      var message = error.message
      // awscli's s3 error enhancer names the endpoint a PermanentRedirect points at.
      if error.code == "PermanentRedirect", let endpoint = error.detail("Endpoint") {
        if message.hasSuffix(".") { message.removeLast() }
        message += ": " + endpoint
      }
      return AWSMessages.clientError(code: error.code, operation: operation, message: message)
    }
  }

  /// The exception line `--debug` shows before "Exiting with rc 255".
  var debugException: String {
    switch self {
    case .transport(let message):
      return (message.hasPrefix("Connect timeout") ? "ConnectTimeoutError: " : "EndpointConnectionError: ") + message
    case .service(let error, let operation):
      return "ClientError: An error occurred (\(error.code)) when calling the \(operation) operation: \(error.message)"
    }
  }
}
