/// An S3 API request as a client sends it.
public enum S3Request: Sendable, Equatable {
  case listBuckets
  case listObjectsV2(
    bucket: String, prefix: String? = nil, delimiter: String? = nil, maxKeys: Int? = nil,
    continuationToken: String? = nil, startAfter: String? = nil, encodingType: String? = nil)
  case listObjects(
    bucket: String, prefix: String? = nil, delimiter: String? = nil, maxKeys: Int? = nil, marker: String? = nil,
    encodingType: String? = nil)
  case getObject(bucket: String, key: String)
  case headObject(bucket: String, key: String)
  case getBucketPolicy(bucket: String)
  /// PutObject of a body (text kept as the object's body).
  case putObject(bucket: String, key: String, body: [UInt8], contentType: String?)
  case headBucket(bucket: String)
  case getBucketLocation(bucket: String)

  /// The operation as authorization and error messages name it.
  public var operation: S3Operation {
    switch self {
    case .listBuckets: .listBuckets
    case .listObjectsV2(let bucket, _, _, _, _, _, _): .listObjectsV2(bucket: bucket)
    case .listObjects(let bucket, _, _, _, _, _): .listObjects(bucket: bucket)
    case .getObject(let bucket, let key): .getObject(bucket: bucket, key: key)
    case .headObject(let bucket, let key): .headObject(bucket: bucket, key: key)
    case .getBucketPolicy(let bucket): .getBucketPolicy(bucket: bucket)
    case .putObject(let bucket, let key, _, _): .putObject(bucket: bucket, key: key)
    case .headBucket(let bucket): .headBucket(bucket: bucket)
    case .getBucketLocation(let bucket): .getBucketLocation(bucket: bucket)
    }
  }
}

/// What S3 answered.
public enum S3Response: Sendable, Equatable {
  case buckets([BucketSummary])
  case objects(ListObjectsV2Output)
  case objectsV1(ListObjectsOutput)
  case object(GetObjectOutput)
  case objectHead(HeadObjectOutput)
  /// GetBucketPolicy's policy text.
  case policy(String)
  /// PutObject stored the object; its ETag.
  case stored(eTag: String)
  case bucketRegion(String)
  case location(String?)
}

/// One request's trip to a service: the DNS lookup, the connection, and the answer if it got one.
public struct ServiceExchange<Response: Sendable & Equatable>: Sendable, Equatable {
  /// The lookup of the endpoint's name; nil when the client connected to a literal address.
  public let lookup: DNSLookup?
  /// The connection attempt; nil when the name did not resolve.
  public let connection: Connection?
  /// The service's answer; nil when the request never reached it.
  public let response: Result<Response, APIError>?
  /// Everything above as events, in order, plus the API call when one was made.
  public let events: [Event]
}

extension World {
  /// Sends an S3 request from a host to an endpoint name (as the client built it), through DNS,
  /// routing and security groups, and has S3 answer it with authorization applied.
  ///
  /// - Parameters:
  ///   - endpointHost: the hostname the client connects to (`s3.ap-northeast-2.amazonaws.com`,
  ///     `bucket.vpce-….s3.ap-northeast-2.vpce.amazonaws.com`, …) or a literal IPv4 address.
  ///   - signingRegion: the Region the client signs for (its `--region`); nil for an unsigned
  ///     (anonymous) request such as `curl` sends, which only a policy granting `*` lets through.
  public mutating func s3Exchange(
    from hostName: String, endpointHost: String, port: Int = 443, request: S3Request, signingRegion: String?
  ) -> ServiceExchange<S3Response> {
    let reached = reach(from: hostName, endpointHost: endpointHost, port: port)
    var events = reached.events
    guard let connection = reached.connection, let contact = connection.reached else {
      return ServiceExchange(lookup: reached.lookup, connection: reached.connection, response: nil, events: events)
    }
    let response = answerS3(request, contact: contact, host: hostName, signingRegion: signingRegion)
    if case .putObject(let bucket, let key, let body, let contentType) = request, case .success = response {
      let object = S3Object(
        key: key, text: String(decoding: body, as: UTF8.self), lastModified: now, contentType: contentType)
      _ = s3.modifyBucket(named: bucket) { $0.put(object) }
    }
    let call = APICall(
      host: hostName, time: now, service: .s3, operation: request.operation.name,
      parameters: s3Parameters(request, endpointHost: endpointHost), via: contact.via,
      errorCode: response.failureCode)
    events.append(.apiCall(call))
    return ServiceExchange(lookup: reached.lookup, connection: connection, response: response, events: events)
  }

  /// Resolves (unless given an address) and connects, recording both as events.
  ///
  /// The lookup is the client's own (awscli's unless `askedBy` says otherwise), never a DNS tool's.
  public mutating func reach(
    from hostName: String, endpointHost: String, port: Int, by askedBy: DNSAsker = .client("aws")
  ) -> (lookup: DNSLookup?, connection: Connection?, events: [Event]) {
    if let literal = IPv4Address.parse(endpointHost) {
      let connection = connect(from: hostName, to: literal, port: port)
      return (nil, connection, [.connection(connection)])
    }
    let lookup = resolve(endpointHost, from: hostName, by: askedBy)
    guard let first = lookup.addresses.first else { return (lookup, nil, [.dnsLookup(lookup)]) }
    let connection = connect(from: hostName, to: first, port: port, name: World.normalizedName(endpointHost))
    return (lookup, connection, [.dnsLookup(lookup), .connection(connection)])
  }

  private func answerS3(
    _ request: S3Request, contact: ServiceContact, host: String, signingRegion: String?
  ) -> Result<S3Response, APIError> {
    guard contact.service == .s3 else {
      // An S3 request sent to another service's endpoint: that service does not know the call.
      return .failure(APIError(code: "UnknownOperationException", message: "Unknown operation", httpStatus: 400))
    }
    let operation = request.operation
    var bucketPolicy: PolicyDocument?
    if let name = operation.bucket {
      guard let bucket = s3.bucket(named: name) else { return .failure(S3Errors.noSuchBucket(name)) }
      if let error = S3Routing.misdirectedRequestError(bucket: bucket, endpointRegion: contact.region) {
        return .failure(error)
      }
      if let signingRegion, let error = S3Routing.signingRegionError(bucket: bucket, signingRegion: signingRegion) {
        return .failure(error)
      }
      bucketPolicy = bucket.policy.flatMap { try? PolicyDocument.parse($0) }
    }
    let permissions = signingRegion == nil ? Permissions.none : (self.host(named: host)?.permissions ?? .none)
    let principal =
      signingRegion == nil ? "*" : "arn:aws:sts::\(accountId):assumed-role/\(permissions.rawValue)/\(host)"
    let policyRequest = operation.policyRequest(
      principal: principal, sourceVpce: contact.sourceEndpointId, sourceVpc: contact.sourceVpcId,
      sourceIp: contact.sourceEndpointId == nil ? contact.sourceAddress.description : nil,
      vpcSourceIp: contact.sourceEndpointId == nil ? nil : contact.sourceAddress.description)
    let endpointPolicy = contact.sourceEndpointId
      .flatMap { endpoint($0) }
      .flatMap { try? PolicyDocument.parse($0.policyDocument) }
    let decision = S3Authorization.decide(
      request: policyRequest, identityAllows: permissions.allows(operation.iamAction), bucketPolicy: bucketPolicy,
      endpointPolicy: endpointPolicy)
    if let error = decision.error { return .failure(error) }

    switch request {
    case .listBuckets:
      return s3.listBuckets().map { .buckets($0) }
    case .listObjectsV2(let bucket, let prefix, let delimiter, let maxKeys, let token, let startAfter, let encoding):
      return s3.listObjectsV2(
        bucket: bucket, prefix: prefix, delimiter: delimiter, maxKeys: maxKeys, continuationToken: token,
        startAfter: startAfter, encodingType: encoding
      ).map { .objects($0) }
    case .listObjects(let bucket, let prefix, let delimiter, let maxKeys, let marker, let encoding):
      return s3.listObjects(
        bucket: bucket, prefix: prefix, delimiter: delimiter, maxKeys: maxKeys, marker: marker, encodingType: encoding
      ).map { .objectsV1($0) }
    case .getObject(let bucket, let key):
      return s3.getObject(bucket: bucket, key: key).map { .object($0) }
    case .headObject(let bucket, let key):
      return s3.headObject(bucket: bucket, key: key).map { .objectHead($0) }
    case .getBucketPolicy(let bucket):
      return s3.getBucketPolicy(bucket: bucket).map { .policy($0) }
    case .putObject(let bucket, _, let body, _):
      guard s3.bucket(named: bucket) != nil else { return .failure(S3Errors.noSuchBucket(bucket)) }
      return .success(.stored(eTag: "\"" + MD5.hexDigest(of: body) + "\""))
    case .headBucket(let bucket):
      return s3.headBucket(bucket: bucket).map { .bucketRegion($0) }
    case .getBucketLocation(let bucket):
      return s3.getBucketLocation(bucket: bucket).map { .location($0) }
    }
  }

  private func s3Parameters(_ request: S3Request, endpointHost: String) -> [APICall.Parameter] {
    var parameters = [APICall.Parameter("endpoint", World.normalizedName(endpointHost))]
    switch request {
    case .listBuckets:
      break
    case .listObjectsV2(let bucket, let prefix, let delimiter, _, _, _, _),
      .listObjects(let bucket, let prefix, let delimiter, _, _, _):
      parameters.append(.init("Bucket", bucket))
      if let prefix { parameters.append(.init("Prefix", prefix)) }
      if let delimiter { parameters.append(.init("Delimiter", delimiter)) }
    case .getObject(let bucket, let key), .putObject(let bucket, let key, _, _), .headObject(let bucket, let key):
      parameters += [.init("Bucket", bucket), .init("Key", key)]
    case .headBucket(let bucket), .getBucketLocation(let bucket), .getBucketPolicy(let bucket):
      parameters.append(.init("Bucket", bucket))
    }
    return parameters
  }
}

extension Result {
  /// The error code of a failed API result, nil on success.
  var failureCode: String? {
    if case .failure(let error) = self, let apiError = error as? APIError { return apiError.code }
    return nil
  }
}
