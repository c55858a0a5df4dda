import Cloud

/// `aws s3api` operations, printed as awscli v1 (2021) prints their responses.
enum S3APICommands {
  static let operations = [
    "get-bucket-location", "get-object", "head-bucket", "list-buckets", "list-objects-v2", "put-object",
  ]

  static func run(_ words: [String], client: AWSClient, state: inout ShellState) -> (
    AWSCommandOutput, S3Caller, JSONValue?, String
  ) {
    var caller = S3Caller(client: client)
    guard let operation = words.first else {
      return (
        AWSCommandOutput(stderr: AWSMessages.usageHead + "aws: error: too few arguments\n", status: 2), caller, nil, ""
      )
    }
    guard operations.contains(operation) else {
      let text =
        AWSChoices.s3api.contains(operation)
        ? AWSMessages.notSimulated(["s3api", operation])
        : AWSMessages.invalidChoice(argument: "operation", choice: operation, choices: AWSChoices.s3api)
      return (AWSCommandOutput(stderr: text, status: 2), caller, nil, "")
    }
    let typed: [String]
    switch ArgparseAbbreviation.expand(Array(words.dropFirst()), command: "s3api " + operation) {
    case .success(let expanded): typed = expanded
    case .failure(let problem): return (AWSCommandOutput(stderr: problem.argparseText, status: 2), caller, nil, "")
    }
    var options = OperationOptions(typed)
    guard let region = client.region else {
      return (AWSCommandOutput(stderr: AWSMessages.noRegion, status: 255), caller, nil, "")
    }

    let request: S3Request
    let apiName: String
    var key: String?
    var query = ""
    var outfile: String?
    switch operation {
    case "list-buckets":
      request = .listBuckets
      apiName = "ListBuckets"
    case "list-objects-v2":
      guard let bucket = options.take("--bucket") else { return (missing("--bucket"), caller, nil, "") }
      let prefix = options.take("--prefix")
      let delimiter = options.take("--delimiter")
      // --max-keys is the paginator's limit key: given by hand, awscli 1.18 turns paging off and
      // prints the one page (customizations/paginate.py, check_should_enable_pagination).
      let maxKeysText = options.take("--max-keys")
      var maxKeys: Int?
      if let maxKeysText {
        guard let number = Int(maxKeysText) else {
          // awscli 1.18.147 lets Python's int() error through bare.
          return (
            AWSCommandOutput(stderr: "\ninvalid literal for int() with base 10: '\(maxKeysText)'\n", status: 255),
            caller,
            nil, ""
          )
        }
        maxKeys = number
      }
      let startAfter = options.take("--start-after")
      request = .listObjectsV2(
        bucket: bucket, prefix: prefix, delimiter: delimiter, maxKeys: maxKeys, startAfter: startAfter,
        encodingType: "url")
      query = S3Addressing.listQuery(prefix: prefix ?? "", delimiter: delimiter)
      apiName = "ListObjectsV2"
    case "get-bucket-location":
      guard let bucket = options.take("--bucket") else { return (missing("--bucket"), caller, nil, "") }
      request = .getBucketLocation(bucket: bucket)
      query = "location"
      apiName = "GetBucketLocation"
    case "head-bucket":
      guard let bucket = options.take("--bucket") else { return (missing("--bucket"), caller, nil, "") }
      request = .headBucket(bucket: bucket)
      apiName = "HeadBucket"
    case "put-object":
      guard let bucket = options.take("--bucket") else { return (missing("--bucket"), caller, nil, "") }
      guard let objectKey = options.take("--key") else { return (missing("--key"), caller, nil, "") }
      var body: [UInt8] = []
      if let path = options.take("--body") {
        // awscli opens the blob's file itself: a missing one is a parameter error.
        guard case .success(let bytes) = HostFiles.readBytes(HostFiles.resolve(path, state: state), state: state)
        else {
          return (
            AWSCommandOutput(
              stderr: "\nError parsing parameter '--body': Blob values must be a path to a file.\n", status: 255),
            caller, nil, ""
          )
        }
        body = bytes
      }
      request = .putObject(bucket: bucket, key: objectKey, body: body, contentType: options.take("--content-type"))
      key = objectKey
      apiName = "PutObject"
    default:  // get-object
      guard let bucket = options.take("--bucket") else { return (missing("--bucket"), caller, nil, "") }
      guard let objectKey = options.take("--key") else { return (missing("--key"), caller, nil, "") }
      guard let file = options.positional.first else {
        return (
          AWSCommandOutput(stderr: AWSMessages.usageHead + "aws: error: too few arguments\n", status: 2), caller, nil,
          ""
        )
      }
      options.positional.removeFirst()
      request = .getObject(bucket: bucket, key: objectKey)
      key = objectKey
      outfile = file
      apiName = "GetObject"
    }
    if let unknown = options.unknownText {
      return (AWSCommandOutput(stderr: AWSMessages.unknownOptions(unknown), status: 255), caller, nil, "")
    }
    switch caller.call(request, region: region, key: key, query: query, state: &state) {
    case .failure(var failure):
      if case .service(let error, let name) = failure, operation == "head-bucket" {
        failure = .service(S3Errors.headError(for: error), operation: name)
      }
      return (S3Commands.fail(failure, caller: &caller, state: state), caller, nil, apiName)
    case .success(let response):
      if let outfile, case .object(let object) = response, outfile == "-" || outfile == "/dev/stdout" {
        // Writing the body to the terminal, as awscli does for a streaming output file of `-`.
        return (AWSCommandOutput(stdout: String(decoding: object.body, as: UTF8.self)), caller, json(response), apiName)
      }
      if let outfile, case .object(let object) = response {
        let path = HostFiles.resolve(outfile, state: state)
        if case .failure(let error) = HostFiles.write(bytes: object.body, to: path, append: false, state: &state) {
          // Python's open() fails before anything is printed; the driver shows its error, rc 255.
          return (
            AWSCommandOutput(stderr: "\n\(AWSParamFiles.pythonError(error, path: outfile))\n", status: 255), caller,
            nil, apiName
          )
        }
      }
      return (AWSCommandOutput(), caller, json(response), apiName)
    }
  }

  private static func missing(_ name: String) -> AWSCommandOutput {
    AWSCommandOutput(stderr: AWSMessages.missingArgument(name), status: 2)
  }

  /// The response as awscli v1 (2021) printed it: timestamps as sent, paginated keys merged.
  static func json(_ response: S3Response) -> JSONValue? {
    switch response {
    case .buckets(let buckets):
      let list = buckets.map { bucket in
        JSONValue.object([("Name", .string(bucket.name)), ("CreationDate", .string(iso(bucket.creationDate)))])
      }
      return .object([
        ("Buckets", .array(list)),
        (
          "Owner",
          .object([
            ("DisplayName", "jschoi"), ("ID", "7d4a1b6f0c2e4b1d9f3a8e2c6b5d4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b"),
          ])
        ),
      ])
    case .objects(let page):
      var members: [(String, JSONValue)] = []
      if !page.contents.isEmpty {
        members.append(
          (
            "Contents",
            .array(
              page.contents.map { object in
                .object([
                  ("Key", .string(S3URLEncoding.decode(object.key) ?? object.key)),
                  ("LastModified", .string(iso(object.lastModified))),
                  ("ETag", .string(object.eTag)),
                  ("Size", .int64(object.size)),
                  ("StorageClass", .string(object.storageClass)),
                ])
              })
          ))
      }
      if !page.commonPrefixes.isEmpty {
        members.append(
          (
            "CommonPrefixes",
            .array(
              page.commonPrefixes.map {
                .object([("Prefix", .string(S3URLEncoding.decode($0) ?? $0))])
              })
          ))
      }
      return .object(members)
    case .object(let object):
      return .object([
        ("AcceptRanges", "bytes"),
        ("LastModified", .string(httpDate(object.lastModified))),
        ("ContentLength", .int64(object.contentLength)),
        ("ETag", .string(object.eTag)),
        ("ContentType", .string(object.contentType)),
        ("Metadata", .object([])),
      ])
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
