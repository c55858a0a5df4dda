import Cloud

/// `aws s3 ls` and `aws s3 cp`, as awscli v1's high-level S3 commands print them.
enum S3Commands {
  static let subcommands = ["ls", "website", "cp", "mv", "rm", "sync", "mb", "rb", "presign"]

  /// Runs `aws s3 SUBCOMMAND …`.
  static func run(_ words: [String], client: AWSClient, state: inout ShellState) -> (AWSCommandOutput, S3Caller) {
    var caller = S3Caller(client: client)
    guard let subcommand = words.first else {
      // The s3 command's own parser has a shorter usage line, and awscli exits 255 for it.
      return (
        AWSCommandOutput(
          stderr: "\nusage: aws [options] <command> <subcommand> [parameters]\naws: error: too few arguments\n",
          status: 255), caller
      )
    }
    guard subcommands.contains(subcommand) else {
      let text = AWSMessages.invalidChoice(argument: "subcommand", choice: subcommand, choices: AWSChoices.s3)
      return (AWSCommandOutput(stderr: text, status: 2), caller)
    }
    let arguments: [String]
    switch ArgparseAbbreviation.expand(Array(words.dropFirst()), command: "s3 " + subcommand) {
    case .success(let expanded): arguments = expanded
    case .failure(let problem): return (AWSCommandOutput(stderr: problem.argparseText, status: 2), caller)
    }
    switch subcommand {
    case "ls": return (ls(arguments, caller: &caller, state: &state), caller)
    case "cp": return (cp(arguments, caller: &caller, state: &state), caller)
    default:
      // Writing to S3 is outside these labs: the instances' role is read-only anyway.
      return (AWSCommandOutput(stderr: "aws s3 \(subcommand): not available in this lab shell\n", status: 2), caller)
    }
  }

  // MARK: - ls

  static func ls(_ arguments: [String], caller: inout S3Caller, state: inout ShellState) -> AWSCommandOutput {
    var recursive = false
    var human = false
    var summarize = false
    var paths: [String] = []
    var pageSize: Int?
    var unknown: [String] = []
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      switch word {
      case "--recursive": recursive = true
      case "--human-readable": human = true
      case "--summarize": summarize = true
      case "--request-payer": index += 1
      case "--page-size":
        index += 1
        pageSize = index < arguments.count ? Int(arguments[index]) : nil
      default:
        if word.hasPrefix("--") { unknown.append(word) } else { paths.append(word) }
      }
      index += 1
    }
    if !unknown.isEmpty {
      return AWSCommandOutput(stderr: "\nUnknown options: \(unknown.joined(separator: ","))\n", status: 255)
    }
    if paths.count > 1 {
      return AWSCommandOutput(stderr: "\nUnknown options: \(paths.dropFirst().joined(separator: ","))\n", status: 255)
    }
    guard let region = caller.client.region else { return AWSCommandOutput(stderr: AWSMessages.noRegion, status: 255) }

    var path = paths.first ?? "s3://"
    if path.hasPrefix("s3://") { path.removeFirst(5) }
    guard !path.isEmpty else {
      switch caller.call(.listBuckets, region: region, query: "", state: &state) {
      case .failure(let failure): return fail(failure, caller: &caller, state: state)
      case .success(let response):
        guard case .buckets(let buckets) = response else { return AWSCommandOutput() }
        let text = buckets.map { date($0.creationDate) + " " + $0.name + "\n" }.joined()
        return AWSCommandOutput(stdout: text, stderr: caller.log.text)
      }
    }
    let slash = path.firstIndex(of: "/")
    let bucket = slash.map { String(path[..<$0]) } ?? path
    let prefix = slash.map { String(path[path.index(after: $0)...]) } ?? ""
    let delimiter: String? = recursive ? nil : "/"

    var lines = ""
    var count = 0
    var total: Int64 = 0
    var token: String?
    repeat {
      let request = S3Request.listObjectsV2(
        bucket: bucket, prefix: prefix, delimiter: delimiter, maxKeys: pageSize, continuationToken: token,
        encodingType: "url")
      let query = S3QueryString.s3ls(
        prefix: prefix, delimiter: delimiter, pageSize: pageSize, continuationToken: token)
      switch caller.call(request, region: region, query: query, state: &state) {
      case .failure(let failure):
        return fail(failure, caller: &caller, state: state)
      case .success(let response):
        guard case .objects(let page) = response else { return AWSCommandOutput() }
        for common in page.commonPrefixes {
          let decoded = S3URLEncoding.decode(common) ?? common
          // Split at "/" bytes, as awscli splits the Python string; a Character walk cost most of a listing.
          let components = decoded.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
          let name = components.count >= 2 ? String(Substring(components[components.count - 2])) : decoded
          lines += Spaces.of(27) + "PRE " + name + "/\n"
        }
        for object in page.contents {
          let key = S3URLEncoding.decode(object.key) ?? object.key
          let name =
            recursive
            ? key : key.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(key[key.utf8.index(after: $0)...]) } ?? key
          let size = human ? humanSize(object.size) : String(object.size)
          lines += date(object.lastModified) + " " + leftPad(size, 10) + " " + name + "\n"
          count += 1
          total += object.size
        }
        token = page.isTruncated ? page.nextContinuationToken : nil
        if lines.isEmpty && token == nil && !prefix.isEmpty {
          // A prefix that matches nothing: awscli lists nothing (and still sums it up) and exits 1.
          let summary = summarize ? "\nTotal Objects: 0\n   Total Size: \(human ? humanSize(0) : "0")\n" : ""
          return AWSCommandOutput(stdout: summary, stderr: caller.log.text, status: 1)
        }
      }
    } while token != nil
    if summarize {
      lines += "\nTotal Objects: \(count)\n   Total Size: \(human ? humanSize(total) : String(total))\n"
    }
    return AWSCommandOutput(stdout: lines, stderr: caller.log.text)
  }

  // MARK: - cp

  static func cp(_ arguments: [String], caller: inout S3Caller, state: inout ShellState) -> AWSCommandOutput {
    let paths = arguments.filter { !$0.hasPrefix("--") || $0 == "-" }
    guard paths.count == 2 else {
      return AWSCommandOutput(
        stderr: AWSMessages.usageHead + "aws: error: the following arguments are required: paths\n", status: 2)
    }
    guard let region = caller.client.region else { return AWSCommandOutput(stderr: AWSMessages.noRegion, status: 255) }
    if !paths[0].hasPrefix("s3://") {
      guard paths[1].hasPrefix("s3://") else {
        // Both paths local: awscli's path-type check raises a TypeError the driver prints.
        return AWSCommandOutput(
          stderr:
            "\nusage: aws s3 cp <LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>\nError: Invalid argument type\n",
          status: 255)
      }
      return upload(paths[0], to: paths[1], region: region, caller: &caller, state: &state)
    }
    let source = String(paths[0].dropFirst(5))
    guard let slash = source.firstIndex(of: "/"), source.index(after: slash) < source.endIndex else {
      return AWSCommandOutput(stderr: "\nInvalid argument type\n", status: 255)
    }
    let bucket = String(source[..<slash])
    let key = String(source[source.index(after: slash)...])
    // s3 cp asks HeadObject for the size first, then gets the object over the same connection.
    var result = caller.call(.headObject(bucket: bucket, key: key), region: region, key: key, query: "", state: &state)
    if case .success = result {
      result = caller.call(.getObject(bucket: bucket, key: key), region: region, key: key, query: "", state: &state)
    }
    switch result {
    case .failure(let failure):
      if case .service(let error, _) = failure, paths[1] == "-" {
        // Streaming to stdout, s3 cp's download task reports the HEAD's bare status phrase.
        let phrase = error.httpStatus == 404 ? "Not Found" : error.httpStatus == 403 ? "Forbidden" : error.code
        let text =
          "download failed: \(paths[0]) to - An error occurred (\(error.httpStatus)) when calling the HeadObject operation: \(phrase)\n"
        return AWSCommandOutput(stderr: caller.log.text + text, status: 1)
      }
      if case .service(let error, _) = failure {
        // s3 cp asks HeadObject first; a HEAD error has no body, so awscli names the status.
        let detail = error.httpStatus == 404 ? "Key \"\(key)\" does not exist" : S3Errors.headError(for: error).message
        let text =
          "fatal error: An error occurred (\(error.httpStatus)) when calling the HeadObject operation: \(detail)\n"
        return AWSCommandOutput(stderr: caller.log.text + text, status: 1)
      }
      return fail(failure, caller: &caller, state: state)
    case .success(let response):
      guard case .object(let object) = response else { return AWSCommandOutput() }
      if paths[1] == "-" {
        return AWSCommandOutput(stdout: String(decoding: object.body, as: UTF8.self), stderr: caller.log.text)
      }
      var target = HostFiles.resolve(paths[1], state: state)
      let name = key.split(separator: "/").last.map(String.init) ?? key
      if paths[1].hasSuffix("/") || HostFiles.tree(state).entry(target)?.isDirectory == true {
        target = (target == "/" ? "" : target) + "/" + name
      }
      let shown = relativePath(target, state: state)
      if case .failure(let error) = HostFiles.write(bytes: object.body, to: target, append: false, state: &state) {
        let text = "download failed: \(paths[0]) to \(shown) \(AWSParamFiles.pythonError(error, path: target))\n"
        return AWSCommandOutput(stderr: caller.log.text + text, status: 1)
      }
      return AWSCommandOutput(stdout: "download: \(paths[0]) to \(shown)\n", stderr: caller.log.text)
    }
  }

  /// `aws s3 cp FILE s3://BUCKET/[KEY]`: PutObject of the host file; the role decides.
  static func upload(
    _ local: String, to remote: String, region: String, caller: inout S3Caller, state: inout ShellState
  ) -> AWSCommandOutput {
    let path = HostFiles.resolve(local, state: state)
    let bytes: [UInt8]
    switch HostFiles.readBytes(path, state: state) {
    case .success(let read): bytes = read
    case .failure(.isDirectory):
      return AWSCommandOutput(stderr: "fatal error: \(local) is a directory; use --recursive\n", status: 1)
    case .failure(.notFound):
      return AWSCommandOutput(stderr: "\nThe user-provided path \(local) does not exist.\n", status: 255)
    case .failure(let error):
      let text =
        "upload failed: \(relativePath(path, state: state)) to \(remote) \(AWSParamFiles.pythonError(error, path: path))\n"
      return AWSCommandOutput(stderr: text, status: 1)
    }
    let destination = String(remote.dropFirst(5))
    let bucket = String(destination.prefix { $0 != "/" })
    var key = String(destination.dropFirst(bucket.count + 1))
    if key.isEmpty || key.hasSuffix("/") { key += FileTree.name(of: path) }
    let target = "s3://\(bucket)/\(key)"
    let shown = relativePath(path, state: state)
    let request = S3Request.putObject(
      bucket: bucket, key: key, body: bytes, contentType: S3Object.guessContentType(for: key))
    switch caller.call(request, region: region, key: key, query: "", state: &state) {
    case .failure(let failure):
      if case .service(let error, _) = failure {
        let text =
          "upload failed: \(shown) to \(target) An error occurred (\(error.code)) when calling the PutObject operation: \(error.message)\n"
        return AWSCommandOutput(stderr: caller.log.text + text, status: 1)
      }
      return fail(failure, caller: &caller, state: state)
    case .success:
      return AWSCommandOutput(stdout: "upload: \(shown) to \(target)\n", stderr: caller.log.text)
    }
  }

  /// awscli's `relative_path`: the folder relative to the working directory, then the name
  /// (`./policy.json`, `../../tmp/x`).
  static func relativePath(_ absolute: String, state: ShellState) -> String {
    let folder = FileTree.parent(of: absolute).split(separator: "/")
    let start = HostFiles.workingDirectory(state).split(separator: "/")
    var common = 0
    while common < folder.count, common < start.count, folder[common] == start[common] { common += 1 }
    var parts = Array(repeating: "..", count: start.count - common)
    parts += folder[common...].map(String.init)
    return (parts.isEmpty ? "." : parts.joined(separator: "/")) + "/" + FileTree.name(of: absolute)
  }

  // MARK: - Formatting

  /// Renders a failure with any debug lines before it, as awscli's driver does, exit 255.
  static func fail(_ failure: CallFailure, caller: inout S3Caller, state: ShellState) -> AWSCommandOutput {
    caller.log.log(state.world, "awscli.clidriver", "Exception caught in main()")
    caller.log.raw(AWSDebugLog.traceback(AWSDebugLog.mainFrames, exception: failure.debugException))
    caller.log.log(state.world, "awscli.clidriver", "Exiting with rc 255")
    return AWSCommandOutput(stderr: caller.log.text + failure.stderrText, status: 255)
  }

  /// `YYYY-MM-DD HH:MM:SS` in the host's time zone, which is UTC on the lab's hosts.
  static func date(_ milliseconds: Int64) -> String {
    SimClock(millisecondsSinceEpoch: milliseconds).components.dateTime
  }

  static func leftPad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : Spaces.of(width - text.count) + text
  }

  /// awscli's `human_readable_size`: bytes below 1 KiB as `N Bytes`, else one decimal and a binary unit.
  static func humanSize(_ bytes: Int64) -> String {
    if bytes == 1 { return "1 Byte" }
    if bytes < 1024 { return "\(bytes) Bytes" }
    let units = ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
    for (index, unit) in units.enumerated() {
      let unitSize = pow1024(index + 2)
      if Double(bytes) < unitSize {
        return oneDecimal(Double(bytes) * 1024 / unitSize) + " " + unit
      }
    }
    return oneDecimal(Double(bytes) / pow1024(units.count)) + " EiB"
  }

  private static func pow1024(_ n: Int) -> Double {
    var value = 1.0
    for _ in 0..<n { value *= 1024 }
    return value
  }

  /// `%.1f` without Foundation: round half to even on the tenths, as Python's formatting does for most values.
  static func oneDecimal(_ value: Double) -> String {
    let tenths = (value * 10).rounded(.toNearestOrEven)
    let whole = Int64(tenths) / 10
    let fraction = Int64(tenths) % 10
    return "\(whole).\(fraction)"
  }
}
