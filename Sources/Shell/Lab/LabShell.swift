import Cloud

/// The simulated shell as a whole: every simulated command, and how a line is run on a host.
public enum LabShell {
  /// Every command the shell simulates; nothing else can run.
  public static let commands: CommandTable = {
    var table = CommandTable()
    for part in [
      BuiltinCommands.table, FilterCommands.table, DNSCommands.table, AWSCommand.table, CurlCommand.table,
      PingCommand.table, IPCommand.table, FileCommands.table, SessionCommands.table, WhyCommand.table,
      TopologyCommand.table, HelpCommand.table,
    ] {
      table.merge(part)
    }
    return table
  }()

  /// Runs one typed line on the current host.
  public static func run(_ line: String, state: inout ShellState) -> LineResult {
    LineRunner.run(line, state: &state, commands: commands)
  }

  /// The prompt, `[ec2-user@ip-10-0-12-20 ~]$ `, as bash's `[\u@\h \W]\$ ` shows it.
  public static func prompt(_ state: ShellState) -> String {
    guard let host = state.host else { return "$ " }
    let home = SessionEnvironment.home(state)
    let directory = HostFiles.workingDirectory(state)
    let shown = directory == home ? "~" : FileTree.name(of: directory)
    return "[\(host.user)@\(host.hostname) \(shown)]$ "
  }

  /// What a login to the current host prints.
  public static func banner(_ state: ShellState) -> String {
    guard let host = state.host else { return "" }
    return SessionCommands.banner(host, state: state)
  }
}
