import Cloud

/// `curl` (7.76, as Amazon Linux 2 had it in 2021) against the simulated network: DNS, routing,
/// security groups, the instance metadata service, and S3's anonymous answers.
enum CurlCommand {
  static let version = "7.76.1"

  static var table: CommandTable {
    CommandTable(["curl": { invocation, state in run(invocation, state: &state) }])
  }

  static func run(_ invocation: Invocation, state: inout ShellState) -> CommandResult {
    // `-V`/`--version` prints the version and exits, whatever else the line holds.
    if invocation.arguments.contains(where: { $0 == "--version" || $0 == "-V" }) {
      return CommandResult(stdout: CurlVersion.text)
    }
    let options: CurlOptions
    do {
      options = try CurlOptions.parse(invocation.arguments)
    } catch {
      return .failure(error.message, status: error.status)
    }
    if options.outputFile != nil || options.remoteName {
      return CurlOutputFile.transfer(options, invocation: invocation, state: &state)
    }
    return transfer(options, invocation: invocation, state: &state)
  }

  /// The transfer itself, its body on standard output.
  static func transfer(_ options: CurlOptions, invocation: Invocation, state: inout ShellState) -> CommandResult {
    guard let text = options.url else {
      return .failure("curl: try 'curl --help' or 'curl --manual' for more information\n", status: 2)
    }
    if let scheme = CurlURL.scheme(of: text), scheme != "http", scheme != "https" {
      return fail(
        "curl: (1) Protocol \"\(scheme)\" not supported or disabled in libcurl\n", status: 1, options: options)
    }
    guard let url = CurlURL(text) else {
      return fail("curl: (3) URL using bad/illegal format or missing URL\n", status: 3, options: options)
    }
    var verbose = ""
    var events: [Event] = []

    // The metadata service is link-local to every instance, outside any route table.
    if url.host == "169.254.169.254", let host = state.host, case .instance = host.kind {
      state.world.clock.advance(milliseconds: 2)
      let response = InstanceMetadata.response(path: url.path, state: state)
      return deliver(response, url: url, address: "169.254.169.254", options: options, verbose: verbose, events: events)
    }

    var address: IPv4Address
    if let literal = IPv4Address.parse(url.host) {
      address = literal
    } else {
      let lookup = state.world.resolve(url.host, from: state.hostName, by: .client(invocation.name))
      events.append(.dnsLookup(lookup))
      state.world.clock.advance(milliseconds: lookup.outcome == .noResponse ? 10_000 : 1)
      guard let first = lookup.addresses.first else {
        return fail("curl: (6) Could not resolve host: \(url.host)\n", status: 6, options: options, events: events)
      }
      address = first
    }
    if options.verbose { verbose += "*   Trying \(address):\(url.port)...\n" }
    let connection = state.world.connect(from: state.hostName, to: address, port: url.port, name: url.host)
    events.append(.connection(connection))
    switch connection.outcome {
    case .dropped:
      if let limit = options.connectTimeout ?? options.maxTime {
        // `-m inf` or `1e300` saturates: a learner waits no longer for it, and nothing overflows.
        let milliseconds = Int64(min(limit, Double(ShellLimits.maximumTimeoutSeconds)) * 1000) + 1
        state.world.clock.advance(milliseconds: milliseconds)
        if options.verbose {
          verbose += "* Connection timed out after \(milliseconds) milliseconds\n* Closing connection 0\n"
        }
        return fail(
          "curl: (28) Connection timed out after \(milliseconds) milliseconds\n", status: 28, options: options,
          events: events, trace: verbose)
      }
      // Without a limit, the kernel gives up on the unanswered SYNs after about two minutes; curl
      // 7.76.1 maps ETIMEDOUT to CURLE_OPERATION_TIMEDOUT (lib/connect.c at curl-7_76_1), exit 28.
      state.world.clock.advance(seconds: 127)
      return connectFailed(
        "Connection timed out", status: 28, url: url, address: address, verbose: verbose, options: options,
        events: events)
    case .refused:
      state.world.clock.advance(milliseconds: 1)
      return connectFailed(
        "Connection refused", status: 7, url: url, address: address, verbose: verbose, options: options,
        events: events)
    case .connected(_, let contact):
      // An address outside the simulation refuses, before any TLS.
      guard let contact else {
        state.world.clock.advance(milliseconds: 1)
        return connectFailed(
          "Connection refused", status: 7, url: url, address: address, verbose: verbose, options: options,
          events: events)
      }
      state.world.clock.advance(milliseconds: 20)
      if options.verbose { verbose += "* Connected to \(url.host) (\(address)) port \(url.port) (#0)\n" }
      if url.scheme == "https" {
        let tls = CurlTLSTrace.outcome(host: url.host, insecure: options.insecure)
        if options.verbose { verbose += tls.trace }
        // The handshake stops at a certificate that does not name the host: no request is sent.
        if let mismatch = tls.mismatch {
          return fail(
            "curl: (60) \(mismatch)\n" + certificateHelp, status: 60, options: options, events: events,
            trace: verbose)
        }
      }
      let response: HTTPResponse
      switch contact.service {
      case .s3:
        let (answer, serviceEvents) = s3Response(url: url, method: options.method, state: &state)
        response = answer
        events += serviceEvents
      default:
        response = queryServiceResponse(contact.service, world: &state.world)
        events.append(
          .apiCall(
            APICall(
              host: state.hostName, time: state.world.now, service: contact.service, operation: "GET /",
              parameters: [.init("endpoint", url.host)], via: contact.via, errorCode: "MissingAction")))
      }
      return deliver(
        response, url: url, address: address.description, options: options, verbose: verbose, events: events)
    }
  }

  /// S3's answer to an unsigned request: path-style on regional and endpoint names, virtual-hosted otherwise.
  static func s3Response(url: CurlURL, method: String, state: inout ShellState) -> (HTTPResponse, [Event]) {
    var bucket: String?
    var key: String?
    let segments = url.path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? "/"
    let parts = segments.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: true).map(String.init)
    let regional = url.host.hasPrefix("s3.") || url.host.hasSuffix(".vpce.amazonaws.com")
    if regional {
      bucket = parts.first
      key = parts.count > 1 ? parts[1] : nil
    } else if let range = Substring(url.host).firstRange(of: ".s3.") {
      bucket = String(Substring(url.host)[..<range.lowerBound])
      key = parts.first.map { parts.count > 1 ? $0 + "/" + parts[1] : $0 }
    }
    let request: S3Request
    if let bucket, let key, !key.isEmpty {
      request = .getObject(bucket: bucket, key: key)
    } else if let bucket {
      request = .listObjectsV2(bucket: bucket, prefix: "", delimiter: nil)
    } else {
      request = .listBuckets
    }
    let exchange = state.world.s3Exchange(
      from: state.hostName, endpointHost: url.host, port: url.port, request: request, signingRegion: nil)
    let calls = exchange.events.filter { if case .apiCall = $0 { true } else { false } }
    let bucketRegion = bucket.flatMap { state.world.s3.bucket(named: $0)?.region }
    switch exchange.response {
    case .failure(let error)?:
      return (HTTPResponse.s3Error(error, world: &state.world, bucketRegion: bucketRegion), calls)
    case .success(.object(let object))?:
      let requestId = state.world.random.hex(16).uppercased()
      let headers: [(String, String)] = [
        ("x-amz-id-2", HTTPResponse.base64ish(&state.world, count: 76)), ("x-amz-request-id", requestId),
        ("Date", S3APICommands.httpDate(state.world.now)),
        ("Last-Modified", S3APICommands.httpDate(object.lastModified)),
        ("ETag", object.eTag), ("Accept-Ranges", "bytes"), ("Content-Type", object.contentType),
        ("Content-Length", String(object.contentLength)), ("Server", "AmazonS3"),
      ]
      return (
        HTTPResponse(status: 200, reason: "OK", headers: headers, body: String(decoding: object.body, as: UTF8.self)),
        calls
      )
    case .success(.objects(let page))?:
      var body =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>\(page.name)</Name><Prefix></Prefix><Marker></Marker><MaxKeys>1000</MaxKeys><IsTruncated>\(page.isTruncated)</IsTruncated>"
      for object in page.contents {
        body +=
          "<Contents><Key>\(HTTPResponse.escape(object.key))</Key><LastModified>\(S3APICommands.iso(object.lastModified))</LastModified><ETag>\(HTTPResponse.escape(object.eTag))</ETag><Size>\(object.size)</Size><StorageClass>\(object.storageClass)</StorageClass></Contents>"
      }
      body += "</ListBucketResult>"
      let headers: [(String, String)] = [
        ("x-amz-id-2", HTTPResponse.base64ish(&state.world, count: 76)),
        ("x-amz-request-id", state.world.random.hex(16).uppercased()),
        ("Date", S3APICommands.httpDate(state.world.now)), ("x-amz-bucket-region", bucketRegion ?? state.world.region),
        ("Content-Type", "application/xml"), ("Transfer-Encoding", "chunked"), ("Server", "AmazonS3"),
      ]
      return (HTTPResponse(status: 200, reason: "OK", headers: headers, body: body), calls)
    default:
      return (HTTPResponse.s3Error(S3Errors.accessDenied(), world: &state.world, bucketRegion: bucketRegion), calls)
    }
  }

  /// What a query-protocol API (EC2, STS …) answers a bare GET with no Action [UNCONFIRMED wording].
  static func queryServiceResponse(_ service: AWSService, world: inout World) -> HTTPResponse {
    let requestId = [8, 4, 4, 4, 12].map { world.random.hex($0) }.joined(separator: "-")
    let body =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>MissingAction</Code><Message>The request must contain the parameter Action</Message></Error></Errors><RequestID>\(requestId)</RequestID></Response>"
    return HTTPResponse(
      status: 400, reason: "Bad Request",
      headers: [
        ("Content-Type", "text/xml;charset=UTF-8"), ("Transfer-Encoding", "chunked"),
        ("Date", S3APICommands.httpDate(world.now)), ("Server", "AmazonEC2"),
      ],
      body: body)
  }

  /// What curl 7.76.1 adds after a certificate it could not verify (src/tool_operate.c at
  /// curl-7_76_1, `CURL_CA_CERT_ERRORMSG`).
  static let certificateHelp = """
    More details here: https://curl.se/docs/sslcerts.html

    curl failed to verify the legitimacy of the server and therefore could not
    establish a secure connection to it. To learn more about this situation and
    how to fix it, please visit the web page mentioned above.

    """

  /// A connect that failed: curl 7.76.1's trace (lib/connect.c at curl-7_76_1: `connect to ADDR port
  /// N failed: …`, then `Failed to connect to HOST port N: …`, then the connection closed) and its
  /// error line.
  static func connectFailed(
    _ reason: String, status: Int32, url: CurlURL, address: IPv4Address, verbose: String, options: CurlOptions,
    events: [Event]
  ) -> CommandResult {
    var trace = verbose
    let failure = "Failed to connect to \(url.host) port \(url.port): \(reason)"
    if options.verbose {
      trace += "* connect to \(address) port \(url.port) failed: \(reason)\n* \(failure)\n* Closing connection 0\n"
    }
    return fail("curl: (\(status)) \(failure)\n", status: status, options: options, events: events, trace: trace)
  }

  /// Prints a response as curl does for the options given.
  static func deliver(
    _ response: HTTPResponse, url: CurlURL, address: String, options: CurlOptions, verbose: String, events: [Event]
  ) -> CommandResult {
    var stderr = verbose
    var stdout = ""
    if options.verbose {
      if url.host == "169.254.169.254" {
        stderr += "*   Trying 169.254.169.254:80...\n* Connected to 169.254.169.254 (169.254.169.254) port 80 (#0)\n"
      }
      let defaultPort = url.scheme == "https" ? 443 : 80
      let hostHeader = url.port == defaultPort ? url.host : "\(url.host):\(url.port)"
      stderr +=
        "> \(options.method) \(url.path) HTTP/1.1\r\n> Host: \(hostHeader)\r\n> User-Agent: curl/\(version)\r\n> Accept: */*\r\n> \r\n"
      // Printed as the status line of an HTTP/1.x answer is read, before it (lib/http.c at curl-7_76_1).
      stderr += "* Mark bundle as not supporting multiuse\n"
      // "\r\n" is one Character in Swift, so split on line breaks, not on "\n".
      let lines = response.head.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).dropLast()
      for line in lines { stderr += "< " + line + "\r\n" }
    }
    if options.failOnError && response.status >= 400 {
      if options.verbose { stderr += "* Closing connection 0\n" }
      let message = "curl: (22) The requested URL returned error: \(response.status) \(response.reason)\n"
      return CommandResult(
        stdout: "", stderr: stderr + (options.silent && !options.showErrors ? "" : message), status: 22, events: events)
    }
    if options.headOnly || options.includeHeaders { stdout += response.head }
    if !options.headOnly && !options.discardBody { stdout += response.body }
    if let format = options.writeOut { stdout += CurlOptions.expand(format, status: response.status) }
    if options.verbose {
      let closes = response.headers.contains { $0.0 == "Connection" && $0.1 == "close" }
      stderr += closes ? "* Closing connection 0\n" : "* Connection #0 to host \(url.host) left intact\n"
    }
    return CommandResult(stdout: stdout, stderr: stderr, status: 0, events: events)
  }

  /// A transfer that failed: `-v`'s `trace` (which `-s` keeps), then the error line (which `-s`
  /// hides unless `-S`).
  private static func fail(
    _ message: String, status: Int32, options: CurlOptions, events: [Event] = [], trace: String = ""
  ) -> CommandResult {
    let shown = options.silent && !options.showErrors ? "" : message
    // `-w` is written even when no response came: `%{http_code}` is then `000`.
    let written = options.writeOut.map { CurlOptions.expand($0, status: 0) } ?? ""
    return CommandResult(stdout: written, stderr: trace + shown, status: status, events: events)
  }
}
