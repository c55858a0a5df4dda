/// `cd`: moves the working directory through the host's simulated folders.
enum ChangeDirectory {
  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    var arguments = invocation.arguments
    if arguments.first == "--" { arguments.removeFirst() }
    if arguments.count > 1 { return .failure("-bash: cd: too many arguments\n", status: 1) }
    let home = SessionEnvironment.home(state)
    // `cd` alone goes to `$HOME`, which a learner may have set elsewhere.
    var target = arguments.first ?? SessionEnvironment.homeVariable(state)
    var printsDirectory = false
    if target == "-" {
      guard let previous = state.previousDirectory else { return .failure("-bash: cd: OLDPWD not set\n", status: 1) }
      target = previous
      printsDirectory = true
    }
    // `cd ""` stays where it is, as bash does.
    if target.isEmpty { return CommandResult() }
    let path = HostFiles.resolve(target, state: state)
    switch HostFiles.lookup(path, state: state) {
    case .failure(let error):
      return .failure("-bash: cd: \(target): \(error.text)\n", status: 1)
    case .success(let entry):
      guard entry.isDirectory else { return .failure("-bash: cd: \(target): Not a directory\n", status: 1) }
      guard HostFiles.allows(entry, user: HostFiles.user(state), bit: 0o1) else {
        return .failure("-bash: cd: \(target): Permission denied\n", status: 1)
      }
    }
    state.previousDirectory = HostFiles.workingDirectory(state)
    state.directory = path == home ? nil : path
    return printsDirectory ? .output(path + "\n") : CommandResult()
  }
}
