import Cloud

/// What the `aws` client on a host is configured with, after options, environment and config files.
struct AWSClient {
  /// The Region requests are signed for and whose endpoints are used; nil when none is configured.
  let region: String?
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
  init(state: ShellState, arguments: AWSArguments) {
    let configured: String? = state.host.map { _ in state.world.region }
    region = arguments.region ?? state.variables["AWS_REGION"] ?? state.variables["AWS_DEFAULT_REGION"] ?? configured
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
