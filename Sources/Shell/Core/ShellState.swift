import Cloud

/// Everything the simulated shell keeps between commands: the world, where the learner is, and
/// the session's variables and history.
public struct ShellState: Sendable, Equatable, Codable {
  /// The simulated AWS world.
  public var world: World
  /// The host the learner is on (`V1`, `idc`, `cloudshell` …).
  public var hostName: String
  /// Variables set with `export` or `NAME=value` in the current login; `ssh` starts another
  /// login with `loginVariables`, and `exit` gives the one before its own back.
  public var variables: [String: String]
  /// The variables every login starts with (a lab's `$VPC_ID` …).
  public var loginVariables: [String: String]
  /// The variables of the logins in `hostStack`.
  public var variablesStack: [[String: String]]
  /// `$?`: the status of the last command.
  public var lastStatus: Int32
  /// The lines typed, for `history`.
  public var history: [String]
  /// The events of the last command line, for `why`.
  public var lastEvents: [Event]
  /// The hosts the learner moved through with `ssh`, so `exit` goes back.
  public var hostStack: [String]
  /// Set by `exit` on the first host: the learner asked to leave the lab shell.
  public var sessionEnded: Bool
  /// True while `ssh HOST COMMAND` runs COMMAND: `exit` there ends that shell, which is no login
  /// and says no `logout`.
  public var runsRemoteCommand: Bool
  /// The working directory on the current host; nil is the login user's home.
  public var directory: String?
  /// The previous working directory (`cd -`, `$OLDPWD`); nil until the first `cd`.
  public var previousDirectory: String?
  /// The working directories of the hosts in `hostStack`, so `exit` returns to where one was.
  public var directoryStack: [String?]
  /// True while a command runs under `sudo`: files are then read and written as root.
  public var asRoot: Bool
  /// Whether this session has already explained that a command is not part of the simulation.
  public var explainedUnknownCommand: Bool
  /// The language labrun's own words in the shell (`why`, `topology`, refusals) are said in; what
  /// the simulated tools print is English whatever it is.
  public var language: PhraseLanguage

  public init(world: World, hostName: String) {
    self.world = world
    self.hostName = hostName
    self.variables = [:]
    self.loginVariables = [:]
    self.variablesStack = []
    self.lastStatus = 0
    self.history = []
    self.lastEvents = []
    self.hostStack = []
    self.sessionEnded = false
    self.runsRemoteCommand = false
    self.directory = nil
    self.previousDirectory = nil
    self.directoryStack = []
    self.asRoot = false
    self.explainedUnknownCommand = false
    self.language = .english
  }

  /// The host the learner is on.
  public var host: Host? { world.host(named: hostName) }

  /// A session of an empty world on no host, to hold the place of one that is moved elsewhere.
  static let vacant = ShellState(
    world: World(era: .y2021, region: "", accountId: "", clock: SimClock(millisecondsSinceEpoch: 0), seed: 0),
    hostName: "")
}
