import Cloud

/// The simulated `aws` command (awscli v1 as Amazon Linux 2 shipped it in 2021).
public enum AWSCommand {
  /// The services this lab's `aws` simulates, as its "invalid choice" table lists them.
  static let services = ["configure", "ec2", "s3", "s3api", "sts"]

  /// The command table entry for `aws`.
  public static var table: CommandTable {
    CommandTable(["aws": { invocation, state in run(invocation, state: &state) }])
  }

  /// Runs one `aws …` command line against the world.
  /// The words of the help page `aws SERVICE help` or `aws SERVICE COMMAND help` asks for, which
  /// awscli shows before it looks at any other argument (its parsers take a first positional
  /// `help`); nil when the words ask for none.
  static func helpPage(service: String, words: ArraySlice<String>) -> [String]? {
    guard let first = words.first else { return nil }
    if first == "help" { return [service, "help"] }
    guard words.count > 1, words[words.startIndex + 1] == "help" else { return nil }
    let commands: [String]
    switch service {
    case "ec2": commands = AWSChoices.ec2
    case "s3": commands = AWSChoices.s3
    case "s3api": commands = AWSChoices.s3api
    case "sts": commands = AWSChoices.sts
    case "configure": commands = AWSChoices.configure
    default: return nil
    }
    guard commands.contains(first) else { return nil }
    return [service, first, "help"]
  }

  public static func run(_ invocation: Invocation, state: inout ShellState) -> CommandResult {
    // awscli reads its config files while it builds its driver: a file botocore refuses stops
    // every command, `--version` and a mistyped one included, before its arguments are read.
    let files = AWSClient.Files(state: state)
    if let refusal = files.refusal { return .failure(refusal, status: 1) }
    let arguments: AWSArguments
    do {
      arguments = try AWSArguments.parse(invocation.arguments)
    } catch {
      return .failure(error.argparseText, status: 2)
    }
    if arguments.version {
      // Python 2's argparse prints the version on standard error.
      return CommandResult(stderr: AWSVersion.full + "\n")
    }
    guard let service = arguments.rest.first else { return .failure(AWSMessages.tooFewArguments, status: 2) }
    guard services.contains(service) else {
      guard AWSChoices.services.contains(service) else {
        return .failure(
          AWSMessages.invalidChoice(argument: "command", choice: service, choices: AWSChoices.services), status: 2)
      }
      return .failure(AWSMessages.notSimulated([service]), status: 2)
    }
    if let page = Self.helpPage(service: service, words: arguments.rest.dropFirst()) {
      return .failure(AWSMessages.notSimulated(page), status: 2)
    }
    if let output = arguments.output, !["json", "text", "table"].contains(output) {
      return .failure(
        AWSMessages.usageHead
          + "aws: error: argument --output: Invalid choice, valid choices are:\n\njson                                     | text                                    \ntable                                   \n",
        status: 2)
    }
    if let url = arguments.endpointURL, EndpointURL(parsing: url) == nil {
      return .failure(
        "\nBad value for --endpoint-url \"\(url)\": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/\n",
        status: 255)
    }
    if let problem = AWSResponseRenderer.queryProblem(arguments) { return problem }
    let client = AWSClient(state: state, arguments: arguments, files: files)
    var words = Array(arguments.rest.dropFirst())
    if service == "configure" { return ConfigureCommand.run(words, client: client, state: &state) }
    if let profile = client.profile, !client.profileExists {
      return .failure(AWSMessages.exception("The config profile (\(profile)) could not be found"), status: 255)
    }
    if let region = client.region, !AWSClient.isValidRegionName(region) {
      return .failure(
        AWSMessages.exception("Provided region_name '\(region)' doesn't match a supported format."), status: 255)
    }
    if service != "s3" {
      switch AWSParamFiles.load(words, state: state) {
      case .success(let loaded): words = loaded
      case .failure(let failure): return .failure(failure.message, status: 255)
      }
    }
    guard client.credentialSource != nil else { return .failure(AWSMessages.noCredentials, status: 255) }

    // awscli's start-up: Python, loading the CLI and the service model take a few hundred milliseconds.
    state.world.clock.advance(milliseconds: 350)
    var preamble = AWSDebugLog(enabled: client.debug)
    preamble.log(state.world, "awscli.clidriver", "CLI version: \(AWSVersion.full)")
    preamble.log(
      state.world, "awscli.clidriver",
      "Arguments entered to CLI: [" + arguments.typed.map { "'\($0)'" }.joined(separator: ", ") + "]")
    if let source = client.credentialSource {
      preamble.log(state.world, "botocore.credentials", "Looking for credentials via: env")
      preamble.log(state.world, "botocore.credentials", "Looking for credentials via: shared-credentials-file")
      if source == "iam-role" {
        preamble.log(state.world, "botocore.credentials", "Looking for credentials via: iam-role")
        let role =
          state.host.flatMap { host -> String? in
            guard case .instance(let id) = host.kind else { return nil }
            return state.world.instance(id)?.roleName
          } ?? "lab-role"
        preamble.log(state.world, "botocore.credentials", "Found credentials from IAM Role: \(role)", level: "INFO")
      } else if source == "shared-credentials-file" {
        preamble.log(
          state.world, "botocore.credentials", "Found credentials in shared credentials file: ~/.aws/credentials",
          level: "INFO")
      }
    }

    var result: CommandResult
    switch service {
    case "s3":
      let (output, caller) = S3Commands.run(words, client: client, state: &state)
      result = CommandResult(stdout: output.stdout, stderr: output.stderr, status: output.status, events: caller.events)
    case "s3api":
      let outcome = S3APICommands.run(words, client: client, state: &state)
      let output = outcome.output
      result = CommandResult(
        stdout: output.stdout, stderr: output.stderr, status: output.status, events: outcome.caller.events)
      if !outcome.pages.isEmpty, output.status == 0 {
        let rendered = AWSResponseRenderer.render(
          pages: outcome.pages, arguments: arguments, operation: outcome.apiName, paged: outcome.paged)
        result.stdout += rendered.stdout
        result.stderr += rendered.stderr
        result.status = rendered.status
      }
    case "sts":
      result = STSCommand.run(words, client: client, arguments: arguments, state: &state)
    default:
      result = EC2Commands.run(words, client: client, arguments: arguments, state: &state)
    }
    result.stderr = preamble.text + result.stderr
    result.stderrFirst = client.debug
    return result
  }
}
