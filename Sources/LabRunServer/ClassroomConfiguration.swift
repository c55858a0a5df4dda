import Labs

/// How a classroom server runs: its files, its address and its limits.
public struct ClassroomConfiguration: Sendable {
  /// The roster CSV (`email` and optionally `name` columns).
  public var rosterPath: String
  /// The data folder: workspaces, tokens, links. `labrun grade DIR` grades it as it is.
  public var dataPath: String
  /// The course's labs folder.
  public var labsPath: String
  /// The address to listen on: loopback unless the instructor exposes it.
  public var host = "127.0.0.1"
  public var port = 8080
  /// Where the browser terminal's files are (the setup script bundles Debian's node-xterm there).
  public var assetsPath = "/usr/local/share/labrun-server"
  /// The address learners reach the server at, for the links (e.g. `https://lab.example.edu`).
  public var publicURL: String?
  /// A git remote (a folder of bare repositories, or a URL prefix) the workspaces are pushed to.
  public var remote: String?
  /// The access tokens file, when several instances share one (default: in the data folder).
  public var tokensPath: String?
  /// The `labrun` binary that renders the class's grade report.
  public var labrunPath: String?
  /// Origins allowed to open a WebSocket besides the server's own address (behind a proxy).
  public var allowedOrigins: [String] = []
  /// The server's language (`--lang`, else `LABRUN_LANG`, else the locale): the dashboard's, and a
  /// learner's when their browser asks for neither Korean nor English.
  public var language = Language.en
  /// Limits on what one connection may send.
  public var limits = Limits()

  /// Bounds on input, so one browser cannot starve the class.
  public struct Limits: Sendable {
    /// The largest WebSocket message accepted (a long paste fits).
    public var messageBytes = 65_536
    /// Input bytes a session may send per second, sustained; bursts up to `burstBytes`.
    public var bytesPerSecond = 4_096
    public var burstBytes = 65_536
    /// Browser terminals one learner may hold open at once.
    public var connectionsPerLearner = 8
    public init() {}
  }

  public init(rosterPath: String, dataPath: String, labsPath: String) {
    self.rosterPath = rosterPath
    self.dataPath = dataPath
    self.labsPath = labsPath
  }

  /// Sets `language` as `labrun` chooses one: `option` (`--lang`), else `LABRUN_LANG`, else the
  /// locale, else English. Returns what is wrong with a name labrun does not speak, else nil.
  public mutating func chooseLanguage(option: String?, environment: [String: String]) -> String? {
    switch Language.choose(option: option, environment: environment) {
    case .success(let chosen):
      language = chosen
      return nil
    case .failure(let unknown):
      return unknown.description
    }
  }

  /// The base of every link handed out.
  public var linkBase: String {
    if let publicURL { return publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL }
    let shown = host.contains(":") ? "[\(host)]" : host
    return "http://\(shown):\(port)"
  }
}
