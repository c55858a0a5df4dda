/// `cd`: the simulated hosts have no file system to walk, so the only directory is home.
enum ChangeDirectory {
  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    var arguments = invocation.arguments
    if arguments.first == "--" { arguments.removeFirst() }
    if arguments.count > 1 { return .failure("-bash: cd: too many arguments\n", status: 1) }
    guard let target = arguments.first else { return CommandResult() }
    let home = SessionEnvironment.home(state)
    if target == "-" { return .failure("-bash: cd: OLDPWD not set\n", status: 1) }
    // `cd ""` does nothing in bash; `~` was already expanded to home by the shell.
    if [home, home + "/", "", "~", "."].contains(target) { return CommandResult() }
    return .failure("-bash: cd: \(target): No such file or directory\n", status: 1)
  }
}
