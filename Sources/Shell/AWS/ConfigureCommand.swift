import Cloud

/// `aws configure list`, `get` and `set`: where the client's settings come from, and the config
/// file's values, read and written as awscli 1.18 does. The interactive `aws configure` is not offered.
enum ConfigureCommand {
  static func run(_ words: [String], client: AWSClient, state: inout ShellState) -> CommandResult {
    guard let subcommand = words.first else {
      return .failure(
        "aws configure: changing the configuration is not available in this lab shell; try 'aws configure list'\n",
        status: 2)
    }
    let rest = Array(words.dropFirst())
    switch subcommand {
    case "list": return list(client: client, state: state)
    case "get": return get(rest, client: client)
    case "set": return set(rest, client: client, state: &state)
    default:
      return .failure(
        AWSMessages.invalidChoice(argument: "subcommand", choice: subcommand, choices: AWSChoices.configure),
        status: 2)
    }
  }

  static func row(_ name: String, _ value: String, _ type: String, _ location: String) -> String {
    leftPad(name, 10) + " " + leftPad(value, 24) + " " + leftPad(type, 16) + "    " + location + "\n"
  }

  /// The table of `aws configure list`. It looks the Region up in the environment and the config
  /// file only, so `--region` does not show in it (awscli/customizations/configure/list.py).
  static func list(client: AWSClient, state: ShellState) -> CommandResult {
    var text = row("Name", "Value", "Type", "Location") + row("----", "-----", "----", "--------")
    if let profile = client.profile {
      text +=
        client.profileFromParameter
        ? row("profile", profile, "manual", "--profile")
        // botocore names both of the profile's variables, as a Python list.
        : row("profile", profile, "env", "['AWS_DEFAULT_PROFILE', 'AWS_PROFILE']")
    } else {
      text += row("profile", "<not set>", "None", "None")
    }
    if let profile = client.profile, !client.profileExists {
      return CommandResult(
        stdout: text, stderr: AWSMessages.exception("The config profile (\(profile)) could not be found"),
        status: 255)
    }
    if let source = client.credentialSource {
      let keys = accessKeys(state)
      text += row("access_key", "****************" + keys.access, source, "")
      text += row("secret_key", "****************" + keys.secret, source, "")
    } else {
      text += row("access_key", "<not set>", "None", "None")
      text += row("secret_key", "<not set>", "None", "None")
    }
    let section = AWSConfigFile.section(forProfile: client.profile)
    if let region = state.variables["AWS_DEFAULT_REGION"] {
      text += row("region", region, "env", "AWS_DEFAULT_REGION")
    } else if let region = client.configFile.value("region", in: section) {
      text += row("region", region, "config-file", client.configFileName)
    } else {
      text += row("region", "<not set>", "None", "None")
    }
    return .output(text)
  }

  /// `aws configure get NAME`: the value in the config file's section of the profile (not the
  /// environment's), exit status 1 and no output when it has none.
  static func get(_ words: [String], client: AWSClient) -> CommandResult {
    guard let name = words.first else { return .failure(AWSMessages.tooFewArguments, status: 2) }
    if let profile = client.profile, !client.profileExists {
      return .failure(AWSMessages.exception("The config profile (\(profile)) could not be found"), status: 255)
    }
    let (section, key) = place(name, profile: client.profile)
    guard let value = client.configFile.value(key, in: section) else { return CommandResult(status: 1) }
    return .output(value + "\n")
  }

  /// The keys `set` writes to the shared credentials file, not the config file (awscli's
  /// `ConfigureSetCommand._WRITE_TO_CREDS_FILE`).
  static let credentialKeys: Set<String> = ["aws_access_key_id", "aws_secret_access_key", "aws_session_token"]

  /// `aws configure set NAME VALUE`: writes the config file, or the shared credentials file for a
  /// key of `credentialKeys` (where a profile's section is its bare name), creating it (mode 600)
  /// and its folder.
  static func set(_ words: [String], client: AWSClient, state: inout ShellState) -> CommandResult {
    guard words.count >= 2 else { return .failure(AWSMessages.tooFewArguments, status: 2) }
    var (section, key) = place(words[0], profile: client.profile)
    var fileName = client.configFileName
    if credentialKeys.contains(key) {
      fileName = AWSClient.Files.credentialsName(state)
      if section.hasPrefix("profile ") { section = String(section.dropFirst("profile ".count)) }
    }
    // awscli's writer expands `~` alone (no `$VARIABLES`, which botocore's reader expands), and
    // edits the file it finds there.
    let writerPath = PythonPath.expandingUser(fileName, state: state)
    let path = HostFiles.resolve(writerPath, state: state)
    var file = AWSClient.readFile(writerPath, state: state)
    let existed: Bool
    if case .success = HostFiles.lookup(path, state: state) { existed = true } else { existed = false }
    file.set(key, words[1], in: section)
    if !existed {
      let folder = FileTree.parent(of: path)
      if case .failure(.notFound) = HostFiles.lookup(folder, state: state) {
        _ = HostFiles.makeDirectory(folder, state: &state)
      }
    }
    if case .failure(let error) = HostFiles.write(file.text, to: path, append: false, state: &state) {
      // Python 2's IOError of open(), as awscli's last-resort handler prints it [UNCONFIRMED].
      return .failure(AWSMessages.exception("[Errno 13] \(error.text): '\(path)'"), status: 255)
    }
    if !existed { restrictToOwner(path, state: &state) }
    return CommandResult()
  }

  /// The section and key a name of `get` or `set` stands for: `region` in the current profile,
  /// `default.region`, or `profile.NAME.region`.
  static func place(_ name: String, profile: String?) -> (section: String, key: String) {
    let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    if parts.count == 2, parts[0] == "default" { return ("default", parts[1]) }
    if parts.count == 3, parts[0] == "profile" { return (AWSConfigFile.section(forProfile: parts[1]), parts[2]) }
    return (AWSConfigFile.section(forProfile: profile), name)
  }

  /// awscli creates the file with mode 0600, as it may hold keys.
  private static func restrictToOwner(_ path: String, state: inout ShellState) {
    var tree = HostFiles.tree(state)
    guard let entry = tree.entry(path) else { return }
    tree.set(FileEntry(path: path, kind: entry.kind, owner: entry.owner, mode: 0o600, modified: entry.modified))
    state.world.setFiles(tree, of: state.hostName)
  }

  /// The last four characters of the host's keys, fixed per host so the output is stable.
  static func accessKeys(_ state: ShellState) -> (access: String, secret: String) {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in (state.host?.name ?? "").utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    var generator = SeededGenerator(seed: hash)
    return (generator.hex(4).uppercased(), generator.alphanumeric(4))
  }

  static func leftPad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : Spaces.of(width - text.count) + text
  }
}
