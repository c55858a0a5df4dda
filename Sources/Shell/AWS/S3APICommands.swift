import Cloud

/// `aws s3api` operations, printed as awscli v1 (2021) prints their responses.
enum S3APICommands {
  static let operations = [
    "get-bucket-location", "get-bucket-policy", "get-object", "head-bucket", "head-object", "list-buckets",
    "list-objects", "list-objects-v2", "put-object",
  ]

  /// What an operation printed and sent: its output so far, the caller (debug log, events), the
  /// response pages to render (one unless awscli paginated), and the API name.
  struct Outcome {
    var output: AWSCommandOutput
    var caller: S3Caller
    var pages: [JSONValue] = []
    var apiName = ""
    /// Whether awscli's paginator fetched the pages; nil for the renderer's default.
    var paged: Bool?
  }

  static func run(_ words: [String], client: AWSClient, state: inout ShellState) -> Outcome {
    let caller = S3Caller(client: client)
    func fail(_ text: String, _ status: Int32) -> Outcome {
      Outcome(output: AWSCommandOutput(stderr: text, status: status), caller: caller)
    }
    guard let operation = words.first else { return fail(AWSMessages.usageHead + "aws: error: too few arguments\n", 2) }
    guard operations.contains(operation) else {
      let text =
        AWSChoices.s3api.contains(operation)
        ? AWSMessages.notSimulated(["s3api", operation])
        : AWSMessages.invalidChoice(argument: "operation", choice: operation, choices: AWSChoices.s3api)
      return fail(text, 2)
    }
    let typed: [String]
    switch ArgparseAbbreviation.expand(Array(words.dropFirst()), command: "s3api " + operation) {
    case .success(let expanded): typed = expanded
    case .failure(let problem): return fail(problem.argparseText, 2)
    }
    var options = OperationOptions(typed)
    guard let region = client.region else { return fail(AWSMessages.noRegion, 255) }
    if operation == "list-objects-v2" || operation == "list-objects" {
      return list(operation, options: options, caller: caller, region: region, state: &state)
    }

    let request: S3Request
    let apiName: String
    var key: String?
    var query = ""
    var outfile: String?
    let bucket = options.take("--bucket") ?? ""
    if operation != "list-buckets", bucket.isEmpty { return fail(AWSMessages.missingArgument("--bucket"), 2) }
    switch operation {
    case "list-buckets":
      request = .listBuckets
      apiName = "ListBuckets"
    case "get-bucket-location":
      request = .getBucketLocation(bucket: bucket)
      query = "location"
      apiName = "GetBucketLocation"
    case "get-bucket-policy":
      request = .getBucketPolicy(bucket: bucket)
      query = "policy"
      apiName = "GetBucketPolicy"
    case "head-bucket":
      request = .headBucket(bucket: bucket)
      apiName = "HeadBucket"
    case "head-object":
      guard let objectKey = options.take("--key") else { return fail(AWSMessages.missingArgument("--key"), 2) }
      request = .headObject(bucket: bucket, key: objectKey)
      key = objectKey
      apiName = "HeadObject"
    case "put-object":
      guard let objectKey = options.take("--key") else { return fail(AWSMessages.missingArgument("--key"), 2) }
      var body: [UInt8] = []
      if let path = options.take("--body") {
        // awscli opens the blob's file itself: a missing one is a parameter error.
        guard case .success(let bytes) = HostFiles.readBytes(HostFiles.resolve(path, state: state), state: state)
        else { return fail("\nError parsing parameter '--body': Blob values must be a path to a file.\n", 255) }
        body = bytes
      }
      request = .putObject(bucket: bucket, key: objectKey, body: body, contentType: options.take("--content-type"))
      key = objectKey
      apiName = "PutObject"
    default:  // get-object
      guard let objectKey = options.take("--key") else { return fail(AWSMessages.missingArgument("--key"), 2) }
      guard let file = options.positional.first else {
        return fail(AWSMessages.usageHead + "aws: error: too few arguments\n", 2)
      }
      options.positional.removeFirst()
      request = .getObject(bucket: bucket, key: objectKey)
      key = objectKey
      outfile = file
      apiName = "GetObject"
    }
    if let unknown = options.unknownText { return fail(AWSMessages.unknownOptions(unknown), 255) }
    var outcome = Outcome(output: AWSCommandOutput(), caller: caller, apiName: apiName)
    switch outcome.caller.call(request, region: region, key: key, query: query, state: &state) {
    case .failure(var failure):
      if case .service(let error, let name) = failure, operation == "head-bucket" || operation == "head-object" {
        failure = .service(S3Errors.headError(for: error), operation: name)
      }
      outcome.output = S3Commands.fail(failure, caller: &outcome.caller, state: state)
      return outcome
    case .success(let response):
      if let outfile, case .object(let object) = response, outfile == "-" || outfile == "/dev/stdout" {
        // Writing the body to the terminal, as awscli does for a streaming output file of `-`.
        outcome.output = AWSCommandOutput(
          stdout: String(decoding: object.body, as: UTF8.self), stderr: outcome.caller.log.text)
        outcome.pages = json(response).map { [$0] } ?? []
        return outcome
      }
      if let outfile, case .object(let object) = response {
        let path = HostFiles.resolve(outfile, state: state)
        if case .failure(let error) = HostFiles.write(bytes: object.body, to: path, append: false, state: &state) {
          // Python's open() fails before anything is printed; the driver shows its error, rc 255.
          outcome.output = AWSCommandOutput(
            stderr: "\n\(AWSParamFiles.pythonError(error, path: outfile))\n", status: 255)
          return outcome
        }
      }
      outcome.pages = json(response).map { [$0] } ?? []
      outcome.output.stderr = outcome.caller.log.text
      return outcome
    }
  }

  /// `list-objects-v2` and `list-objects`: awscli pages through the listing (S3's 1,000 keys a
  /// page, or `--page-size`), unless `--max-keys` asks for one page by hand
  /// (customizations/paginate.py, check_should_enable_pagination) or `--no-paginate` is given.
  private static func list(
    _ operation: String, options: OperationOptions, caller: S3Caller, region: String, state: inout ShellState
  ) -> Outcome {
    var options = options
    let v2 = operation == "list-objects-v2"
    var outcome = Outcome(output: AWSCommandOutput(), caller: caller, apiName: v2 ? "ListObjectsV2" : "ListObjects")
    func fail(_ text: String, _ status: Int32) -> Outcome {
      outcome.output = AWSCommandOutput(stderr: text, status: status)
      return outcome
    }
    guard let bucket = options.take("--bucket") else { return fail(AWSMessages.missingArgument("--bucket"), 2) }
    let prefix = options.take("--prefix")
    let delimiter = options.take("--delimiter")
    let start = options.take(v2 ? "--start-after" : "--marker")
    var pageSize: Int?
    if let text = options.take("--page-size") {
      // An integer argument of awscli's own parser: argparse refuses it before anything is sent.
      guard let number = Int(text) else {
        return fail(AWSMessages.usageHead + "aws: error: argument --page-size: invalid int value: '\(text)'\n", 2)
      }
      pageSize = number
    }
    var maxKeys: Int?
    if let text = options.take("--max-keys") {
      // awscli 1.18.147 lets Python's int() error through bare.
      guard let number = Int(text) else { return fail("\ninvalid literal for int() with base 10: '\(text)'\n", 255) }
      maxKeys = number
    }
    if let unknown = options.unknownText { return fail(AWSMessages.unknownOptions(unknown), 255) }
    let paginates = maxKeys == nil && !outcome.caller.client.noPaginate
    outcome.paged = paginates
    var token: String?
    repeat {
      let request: S3Request
      let query: String
      let limit = maxKeys ?? (paginates ? pageSize : nil)
      if v2 {
        request = .listObjectsV2(
          bucket: bucket, prefix: prefix, delimiter: delimiter, maxKeys: limit, continuationToken: token,
          startAfter: start, encodingType: "url")
        query = S3QueryString.listObjectsV2(
          prefix: prefix, delimiter: delimiter, maxKeys: maxKeys, startAfter: start,
          pageSize: paginates ? pageSize : nil, continuationToken: token)
      } else {
        let marker = token ?? start
        request = .listObjects(
          bucket: bucket, prefix: prefix, delimiter: delimiter, maxKeys: limit, marker: marker, encodingType: "url")
        // The paginator's marker replaces the one given (same member), keeping its place.
        query = S3QueryString.listObjects(
          prefix: prefix, delimiter: delimiter, maxKeys: maxKeys, marker: start, pageSize: paginates ? pageSize : nil,
          resumeMarker: token)
      }
      switch outcome.caller.call(request, region: region, query: query, state: &state) {
      case .failure(let failure):
        outcome.output = S3Commands.fail(failure, caller: &outcome.caller, state: state)
        return outcome
      case .success(let response):
        guard let page = paginates ? pageJSON(response) : json(response) else { return outcome }
        outcome.pages.append(page)
        token = paginates ? nextToken(response) : nil
      }
    } while token != nil
    outcome.output.stderr = outcome.caller.log.text
    return outcome
  }

  /// Where the paginator resumes: ListObjectsV2's NextContinuationToken; for ListObjects,
  /// NextMarker or else the last key (botocore's `NextMarker || Contents[-1].Key`), decoded as
  /// botocore's handler decodes it before the paginator reads it.
  private static func nextToken(_ response: S3Response) -> String? {
    switch response {
    case .objects(let page): return page.isTruncated ? page.nextContinuationToken : nil
    case .objectsV1(let page):
      guard page.isTruncated, let next = page.nextMarker ?? page.contents.last?.key else { return nil }
      return S3URLEncoding.decode(next) ?? next
    default: return nil
    }
  }

  /// One page of a paginated listing as the paginator keeps it: only its result keys.
  private static func pageJSON(_ response: S3Response) -> JSONValue? {
    guard case .object(let object)? = json(response) else { return nil }
    return .object(JSONObject(["Contents", "CommonPrefixes"].compactMap { key in object[key].map { (key, $0) } }))
  }

  private static func missing(_ name: String) -> AWSCommandOutput {
    AWSCommandOutput(stderr: AWSMessages.missingArgument(name), status: 2)
  }

  /// The bucket owner ListBuckets and ListObjects name: the course account's canonical user.
  static let owner: JSONValue = .object([
    ("DisplayName", "jschoi"), ("ID", "7d4a1b6f0c2e4b1d9f3a8e2c6b5d4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b"),
  ])

  /// The response as botocore 1.18.6 parsed it, members in the output shape's order (the
  /// renderer puts them in Python 2's dict order), names decoded from `encoding-type=url` as
  /// botocore's handler decodes them, and timestamps as S3 sent them.
  static func json(_ response: S3Response) -> JSONValue? {
    func decoded(_ text: String) -> JSONValue { .string(S3URLEncoding.decode(text) ?? text) }
    func contents(_ entries: [S3ObjectSummary], owner: Bool) -> [(String, JSONValue)] {
      guard !entries.isEmpty else { return [] }
      let list = entries.map { object in
        var members: [(String, JSONValue)] = [
          ("Key", decoded(object.key)), ("LastModified", .string(iso(object.lastModified))),
          ("ETag", .string(object.eTag)), ("Size", .int64(object.size)), ("StorageClass", .string(object.storageClass)),
        ]
        if owner { members.append(("Owner", Self.owner)) }
        return JSONValue.object(JSONObject(members))
      }
      return [("Contents", .array(list))]
    }
    func prefixes(_ list: [String]) -> [(String, JSONValue)] {
      list.isEmpty ? [] : [("CommonPrefixes", .array(list.map { .object([("Prefix", decoded($0))]) }))]
    }
    switch response {
    case .buckets(let buckets):
      let list = buckets.map { bucket in
        JSONValue.object([("Name", .string(bucket.name)), ("CreationDate", .string(iso(bucket.creationDate)))])
      }
      return .object([("Buckets", .array(list)), ("Owner", owner)])
    case .objects(let page):
      var members: [(String, JSONValue)] = [("IsTruncated", .bool(page.isTruncated))]
      members += contents(page.contents, owner: false)
      members += [("Name", .string(page.name)), ("Prefix", decoded(page.prefix))]
      if let delimiter = page.delimiter { members.append(("Delimiter", decoded(delimiter))) }
      members.append(("MaxKeys", .int(page.maxKeys)))
      members += prefixes(page.commonPrefixes)
      if let encoding = page.encodingType { members.append(("EncodingType", .string(encoding))) }
      members.append(("KeyCount", .int(page.keyCount)))
      if let token = page.continuationToken { members.append(("ContinuationToken", .string(token))) }
      if let next = page.nextContinuationToken { members.append(("NextContinuationToken", .string(next))) }
      if let startAfter = page.startAfter { members.append(("StartAfter", decoded(startAfter))) }
      return .object(JSONObject(members))
    case .objectsV1(let page):
      var members: [(String, JSONValue)] = [("IsTruncated", .bool(page.isTruncated)), ("Marker", decoded(page.marker))]
      if let next = page.nextMarker { members.append(("NextMarker", decoded(next))) }
      members += contents(page.contents, owner: true)
      members += [("Name", .string(page.name)), ("Prefix", decoded(page.prefix))]
      if let delimiter = page.delimiter { members.append(("Delimiter", decoded(delimiter))) }
      members.append(("MaxKeys", .int(page.maxKeys)))
      members += prefixes(page.commonPrefixes)
      if let encoding = page.encodingType { members.append(("EncodingType", .string(encoding))) }
      return .object(JSONObject(members))
    case .object(let object):
      return .object([
        ("AcceptRanges", "bytes"),
        ("LastModified", .string(httpDate(object.lastModified))),
        ("ContentLength", .int64(object.contentLength)),
        ("ETag", .string(object.eTag)),
        ("ContentType", .string(object.contentType)),
        ("Metadata", .object([])),
      ])
    case .objectHead(let head):
      return .object([
        ("AcceptRanges", "bytes"),
        ("LastModified", .string(httpDate(head.lastModified))),
        ("ContentLength", .int64(head.contentLength)),
        ("ETag", .string(head.eTag)),
        ("ContentType", .string(head.contentType)),
        ("Metadata", .object([])),
      ])
    case .policy(let text):
      return .object([("Policy", .string(text))])
    case .location(let region):
      return .object([("LocationConstraint", region.map { .string($0) } ?? .null)])
    case .stored(let eTag):
      return .object([("ETag", .string(eTag))])
    case .bucketRegion:
      return nil
    }
  }

  static func iso(_ milliseconds: Int64) -> String {
    SimClock(millisecondsSinceEpoch: milliseconds).components.iso8601
  }

  /// RFC 7231 dates, as S3 sends Last-Modified headers.
  static func httpDate(_ milliseconds: Int64) -> String {
    let c = SimClock(millisecondsSinceEpoch: milliseconds).components
    let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return
      "\(days[c.weekday]), \(two(c.day)) \(months[c.month - 1]) \(c.year) \(two(c.hour)):\(two(c.minute)):\(two(c.second)) GMT"
  }
}

/// An operation's `--name value` options, taken one by one; what is left over is unknown.
struct OperationOptions {
  private var pairs: [(name: String, value: String?)] = []
  var positional: [String] = []

  init(_ words: [String]) {
    var index = 0
    while index < words.count {
      let word = words[index]
      if word.hasPrefix("--") {
        if let equals = word.firstIndex(of: "=") {
          pairs.append((String(word[..<equals]), String(word[word.index(after: equals)...])))
        } else if index + 1 < words.count, !words[index + 1].hasPrefix("--") {
          pairs.append((word, words[index + 1]))
          index += 1
        } else {
          pairs.append((word, nil))
        }
      } else {
        positional.append(word)
      }
      index += 1
    }
  }

  /// Removes and returns the value of `--name`.
  mutating func take(_ name: String) -> String? {
    guard let index = pairs.firstIndex(where: { $0.name == name }) else { return nil }
    return pairs.remove(at: index).value
  }

  /// Removes a flag, saying whether it was there.
  mutating func flag(_ name: String) -> Bool {
    guard let index = pairs.firstIndex(where: { $0.name == name }) else { return false }
    pairs.remove(at: index)
    return true
  }

  /// The options nobody took, as awscli lists them; nil when none are left.
  var unknownText: String? {
    let names = pairs.map { pair in pair.value.map { "\(pair.name), \($0)" } ?? pair.name }
    return names.isEmpty ? nil : names.joined(separator: ", ")
  }
}
