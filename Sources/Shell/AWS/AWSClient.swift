import Cloud

/// What the `aws` client on a host is configured with, after options, environment and config files.
struct AWSClient {
  /// Where the Region came from, as `aws configure list` names it.
  enum RegionSource: Equatable {
    case parameter
    case environment
    case configFile
  }

  /// The Region requests are signed for and whose endpoints are used; nil when none is configured.
  let region: String?
  let regionSource: RegionSource?
  /// The profile named by `--profile`, `AWS_DEFAULT_PROFILE` or `AWS_PROFILE`; nil for the default one.
  let profile: String?
  /// True when `profile` came from `--profile` (`aws configure list` shows it as `manual`).
  let profileFromParameter: Bool
  /// The config file's path as botocore holds it (`~/.aws/config` unless `AWS_CONFIG_FILE` says).
  let configFileName: String
  /// The config file's text, parsed; empty when the host has none or it cannot be read.
  let configFile: AWSConfigFile
  /// True when the config or credentials file defines `profile` (always for the default profile).
  let profileExists: Bool
  /// `sts_regional_endpoints`: `legacy` (the default) or `regional`.
  let stsRegionalEndpoints: String
  /// A custom endpoint (`--endpoint-url`), parsed.
  let endpoint: EndpointURL?
  /// Seconds to wait for a TCP connection (`--cli-connect-timeout`, 60 by default, 0 = the OS's limit).
  let connectTimeout: Int
  let debug: Bool
  /// `--no-paginate`: a paginated operation sends one request and prints its whole response.
  let noPaginate: Bool
  /// Where the credentials come from, for `aws configure list` and `--debug`; nil when there are none.
  let credentialSource: String?

  /// The client of `state`'s current host for these options.
  init(state: ShellState, arguments: AWSArguments, files: Files) {
    let variables = state.variables
    profileFromParameter = arguments.profile != nil
    profile = arguments.profile ?? variables["AWS_DEFAULT_PROFILE"] ?? variables["AWS_PROFILE"]
    configFileName = files.configName
    configFile = files.config
    let section = AWSConfigFile.section(forProfile: profile)
    if let profile, profile != "default" {
      profileExists =
        configFile.sections.contains(section) || files.credentials.sections.contains(profile)
    } else {
      profileExists = true
    }
    // botocore 1.18 reads the Region from --region, then AWS_DEFAULT_REGION, then the profile's
    // section of the config file; AWS_REGION means nothing to it (configprovider.py).
    if let given = arguments.region {
      (region, regionSource) = (given, .parameter)
    } else if let given = variables["AWS_DEFAULT_REGION"] {
      (region, regionSource) = (given, .environment)
    } else if let given = configFile.value("region", in: section) {
      (region, regionSource) = (given, .configFile)
    } else {
      (region, regionSource) = (nil, nil)
    }
    stsRegionalEndpoints =
      variables["AWS_STS_REGIONAL_ENDPOINTS"] ?? configFile.value("sts_regional_endpoints", in: section) ?? "legacy"
    endpoint = arguments.endpointURL.flatMap(EndpointURL.init(parsing:))
    // Linux gives up on an unanswered SYN after about 127 s, which is what "blocking" comes to.
    let timeout = arguments.connectTimeout ?? 60
    connectTimeout = timeout == 0 ? 127 : timeout
    debug = arguments.debug
    noPaginate = arguments.noPaginate
    switch state.host?.kind {
    case .instance?: credentialSource = state.host?.permissions == Permissions.none ? nil : "iam-role"
    case .onPremises?: credentialSource = "shared-credentials-file"
    case .cloudShell?: credentialSource = "container-role"
    case nil: credentialSource = nil
    }
  }

  /// The config and shared credentials files, which awscli reads while it builds its driver
  /// (botocore's `Session.full_config`), before it parses a single argument.
  struct Files {
    /// The config file's path as botocore holds it (`~/.aws/config` unless `AWS_CONFIG_FILE` says).
    let configName: String
    let config: AWSConfigFile
    /// The paths botocore read the two files at (`botocorePath`), which its messages name.
    private let configPath: String
    private let credentialsPath: String
    let credentials: AWSConfigFile

    init(state: ShellState) {
      configName = state.variables["AWS_CONFIG_FILE"] ?? "~/.aws/config"
      configPath = AWSClient.botocorePath(configName, state: state)
      config = AWSClient.readFile(configPath, state: state)
      credentialsPath = AWSClient.botocorePath(Self.credentialsName(state), state: state)
      credentials = AWSClient.readFile(credentialsPath, state: state)
    }

    /// The shared credentials file's name as botocore holds it (`~/.aws/credentials` unless
    /// `AWS_SHARED_CREDENTIALS_FILE` says).
    static func credentialsName(_ state: ShellState) -> String {
      state.variables["AWS_SHARED_CREDENTIALS_FILE"] ?? "~/.aws/credentials"
    }

    /// What awscli prints on standard error, exit status 1, when botocore refuses one of the files
    /// (the config file is read first); nil when it reads both.
    var refusal: String? {
      if let refusal = config.refusal { return AWSMessages.refusedConfig(configPath, refusal) }
      if let refusal = credentials.refusal { return AWSMessages.refusedCredentials(credentialsPath, refusal) }
      return nil
    }
  }

  /// The path botocore reads a file named `name` at: `$VARIABLES` expanded (`os.path.expandvars`),
  /// then a leading `~` (`os.path.expanduser`); not resolved, as its messages name it.
  static func botocorePath(_ name: String, state: ShellState) -> String {
    PythonPath.expandingUser(PythonPath.expandingVariables(name, state: state), state: state)
  }

  /// The file at `path` (as `botocorePath` gives it, or any path the shell could name), or an
  /// empty file when there is none or it cannot be read.
  static func readFile(_ path: String, state: ShellState) -> AWSConfigFile {
    guard case .success(let text) = HostFiles.read(HostFiles.resolve(path, state: state), state: state) else {
      return AWSConfigFile(text: "")
    }
    return AWSConfigFile(text: text)
  }

  /// botocore's check of a Region name: a valid host label (`utils.validate_region_name`).
  static func isValidRegionName(_ name: String) -> Bool {
    // Checked as bytes: the pattern allows ASCII letters, digits and hyphens only, so a name with
    // anything else fails either way, and every call of every `aws` command asks.
    let bytes = name.utf8
    guard bytes.count <= 63, bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else { return false }
    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    let allowed = bytes.allSatisfy { byte in
      let lower = byte | 0x20
      return isDigit(byte) || byte == UInt8(ascii: "-") || (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
    }
    guard allowed else { return false }
    // An all-digit label is refused, but the empty name passes the pattern.
    return bytes.isEmpty || !bytes.allSatisfy(isDigit)
  }

  /// The Regions where botocore 1.18 sends STS calls to the global `sts.amazonaws.com` unless
  /// `sts_regional_endpoints = regional` (args.py, LEGACY_GLOBAL_STS_REGIONS): Seoul is not one.
  static let legacyGlobalSTSRegions: Set<String> = [
    "ap-northeast-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "aws-global", "ca-central-1",
    "eu-central-1", "eu-north-1", "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1", "us-east-1", "us-east-2",
    "us-west-1", "us-west-2",
  ]

  /// The STS hostname botocore 1.18 picks in `region`.
  func stsHost(in region: String) -> String {
    if stsRegionalEndpoints == "legacy" && Self.legacyGlobalSTSRegions.contains(region) { return "sts.amazonaws.com" }
    return AWSService.sts.hostname(in: region)
  }
}

/// A URL given with `--endpoint-url`.
struct EndpointURL: Equatable {
  let scheme: String
  let host: String
  let port: Int
  /// The URL as typed, without a trailing slash.
  let base: String

  init?(parsing text: String) {
    let parts = text.split(separator: "://", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 2, ["http", "https"].contains(parts[0].lowercased()), !parts[1].isEmpty else { return nil }
    scheme = parts[0].lowercased()
    let authority =
      parts[1].split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
    guard !authority.isEmpty else { return nil }
    if let colon = authority.lastIndex(of: ":"), let number = Int(authority[authority.index(after: colon)...]) {
      host = String(authority[..<colon])
      port = number
    } else {
      host = authority
      port = scheme == "https" ? 443 : 80
    }
    var trimmed = text
    while trimmed.hasSuffix("/") { trimmed.removeLast() }
    base = trimmed
  }
}
