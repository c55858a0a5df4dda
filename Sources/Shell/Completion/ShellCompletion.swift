import Cloud
import LineEditing

/// What Tab offers at a point of a line, from the simulated world only: command names, `aws`
/// services, operations and options, hosts, `s3://` buckets and keys, resource ids, variables and
/// the host's files. Nothing here can see the real machine.
public enum ShellCompletion {
  /// Commands that take a host name.
  static let hostCommands: Set<String> = ["ssh", "ping", "traceroute", "nc", "telnet", "host", "nslookup", "dig"]

  /// Options of `aws` valid before or after the service.
  static let globalOptions = [
    "--debug", "--endpoint-url", "--no-verify-ssl", "--no-paginate", "--output", "--query", "--profile", "--region",
    "--version", "--color", "--no-sign-request", "--ca-bundle", "--cli-read-timeout", "--cli-connect-timeout",
  ]

  /// The completions for `line` with the cursor at the UTF-8 offset `cursorOffset`; `commands`
  /// are the names the shell can run (its own and any a layer above adds).
  public static func complete(line: String, cursorOffset: Int, state: ShellState, commands: [String])
    -> Completion
  {
    let bytes = Array(line.utf8.prefix(max(0, cursorOffset)))
    let before = String(decoding: bytes, as: UTF8.self)
    // The simple command the cursor is in: after the last `|`, `;`, `&&` or `||`.
    var commandStart = before.startIndex
    for index in before.indices where "|;&".contains(before[index]) { commandStart = before.index(after: index) }
    let command = before[commandStart...]
    let wordStart =
      command.lastIndex(where: { $0 == " " || $0 == "\t" }).map { command.index(after: $0) } ?? command.startIndex
    let word = String(command[wordStart...])
    let words = command[..<wordStart].split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    let from = before.utf8.distance(
      from: before.utf8.startIndex, to: wordStart.samePosition(in: before.utf8) ?? before.utf8.endIndex)

    func offer(_ names: [String], space: Bool = true) -> Completion {
      let matching = Set(names.filter { $0.hasPrefix(word) }).sorted()
      return Completion(replaceFrom: from, candidates: matching, appendSpace: space)
    }
    if word.hasPrefix("$") {
      return offer(state.variables.keys.sorted().map { "$" + $0 } + ["$?", "$HOME", "$USER"])
    }
    guard let name = words.first else { return offer(commands) }
    if name == "aws" { return aws(words: Array(words.dropFirst()), word: word, state: state, offer: offer) }
    if hostCommands.contains(name) { return offer(state.world.hosts.map(\.name)) }
    if ["cat", "less", "more", "head", "tail", "grep", "wc", "ls", "cd"].contains(name) {
      return files(word: word, from: from, state: state)
    }
    return Completion(replaceFrom: from, candidates: [])
  }

  private static func aws(
    words: [String], word: String, state: ShellState, offer: ([String], Bool) -> Completion
  ) -> Completion {
    let positional = positionals(words)
    if let option = words.last, option.hasPrefix("--"), !word.hasPrefix("--") {
      if let values = values(after: option, state: state) { return offer(values, true) }
    }
    if word.hasPrefix("s3://") { return s3(word: word, state: state, offer: offer) }
    if word.hasPrefix("-") {
      var options = globalOptions
      if positional.count >= 2 { options += operationOptions(service: positional[0], operation: positional[1]) }
      return offer(options, true)
    }
    switch positional.count {
    case 0: return offer(AWSCommand.services, true)
    case 1: return offer(operations(of: positional[0]), true)
    default: return offer([], true)
    }
  }

  /// The words that are not options or their values, in order (`ec2`, `describe-vpcs`).
  static func positionals(_ words: [String]) -> [String] {
    var result: [String] = []
    var skipNext = false
    for word in words {
      if skipNext {
        skipNext = false
        continue
      }
      if word.hasPrefix("--") {
        skipNext = !flagOptions.contains(word)
        continue
      }
      result.append(word)
    }
    return result
  }

  /// Options that take no value.
  static let flagOptions: Set<String> = [
    "--debug", "--no-verify-ssl", "--no-paginate", "--no-sign-request", "--version", "--recursive",
    "--human-readable", "--summarize", "--private-dns-enabled", "--no-private-dns-enabled", "--dry-run",
  ]

  static func operations(of service: String) -> [String] {
    switch service {
    case "ec2": EC2Schema.operations.map(\.cli)
    case "s3": S3Commands.subcommands
    case "s3api": S3APICommands.operations
    case "sts": ["get-caller-identity"]
    case "configure": ["list", "get", "set"]
    default: []
    }
  }

  static func operationOptions(service: String, operation: String) -> [String] {
    switch service {
    case "ec2":
      return (EC2Schema.operations.first { $0.cli == operation }?.arguments.map(\.cli) ?? []) + ["--cli-input-json"]
    case "s3": return ["--recursive", "--human-readable", "--summarize", "--page-size", "--request-payer"]
    case "s3api": return ["--bucket", "--prefix", "--delimiter", "--max-keys", "--start-after", "--key"]
    default: return []
    }
  }

  /// The values an option takes, from the world: ids after `--vpc-id`, Regions after `--region` …
  static func values(after option: String, state: ShellState) -> [String]? {
    let world = state.world
    switch option {
    case "--vpc-id", "--vpc-ids": return world.vpcs.map(\.id)
    case "--subnet-id", "--subnet-ids": return world.subnets.map(\.id)
    case "--route-table-id", "--route-table-ids": return world.routeTables.map(\.id)
    case "--group-id", "--group-ids", "--security-group-ids": return world.securityGroups.map(\.id)
    case "--vpc-endpoint-id", "--vpc-endpoint-ids": return world.liveEndpoints.map(\.id)
    case "--instance-id", "--instance-ids": return world.instances.map(\.id)
    case "--region": return RegionCatalog.regions.map(\.name)
    case "--output": return ["json", "table", "text"]
    case "--vpc-endpoint-type": return ["Gateway", "Interface"]
    case "--service-name":
      return AWSService.allCases.map { "com.amazonaws.\(world.region).\($0.rawValue)" }
    case "--bucket": return world.s3.buckets.map(\.name)
    case "--endpoint-url":
      return world.liveEndpoints.compactMap { $0.regionalDNSName }.map { "https://bucket." + $0 }
    default: return nil
    }
  }

  /// `s3://` paths: buckets, then the keys one level below what is typed, as `aws s3 ls` shows them.
  static func s3(word: String, state: ShellState, offer: ([String], Bool) -> Completion) -> Completion {
    let path = word.dropFirst("s3://".count)
    guard let slash = path.firstIndex(of: "/") else {
      return offer(state.world.s3.buckets.map { "s3://\($0.name)/" }, false)
    }
    let bucketName = String(path[..<slash])
    let typedKey = String(path[path.index(after: slash)...])
    guard let bucket = state.world.s3.bucket(named: bucketName) else { return offer([], false) }
    let folder = typedKey.lastIndex(of: "/").map { String(typedKey[...$0]) } ?? ""
    var names: [String] = []
    for object in bucket.objects where object.key.hasPrefix(folder) && object.key != folder {
      let rest = object.key.dropFirst(folder.count)
      let child = rest.firstIndex(of: "/").map { String(rest[...$0]) } ?? String(rest)
      names.append("s3://\(bucketName)/\(folder)\(child)")
    }
    let result = offer(names, false)
    // A single object (not a prefix) is a whole word.
    return Completion(
      replaceFrom: result.replaceFrom, candidates: result.candidates,
      appendSpace: result.candidates.count == 1 && !(result.candidates.first?.hasSuffix("/") ?? true))
  }

  /// The simulated host's files, from its own folders.
  static func files(word: String, from: Int, state: ShellState) -> Completion {
    let folder = word.lastIndex(of: "/").map { String(word[...$0]) } ?? ""
    let lookIn = folder.isEmpty ? "." : (folder == "/" ? "/" : String(folder.dropLast()))
    let names = (HostFiles.listing(lookIn, state: state) ?? []).map { folder + $0 }
    return Completion(
      replaceFrom: from, candidates: Set(names.filter { $0.hasPrefix(word) }).sorted(), filenames: true)
  }
}
