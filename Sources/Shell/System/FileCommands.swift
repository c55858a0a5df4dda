import Cloud

/// `cat` and `ls` over the host's few simulated files; nothing touches a real file.
enum FileCommands {
  static var table: CommandTable {
    CommandTable([
      "cat": { invocation, state in cat(invocation, state: state) },
      "ls": { invocation, state in ls(invocation, state: state) },
    ])
  }

  static func cat(_ invocation: Invocation, state: ShellState) -> CommandResult {
    let paths = invocation.arguments.filter { !$0.hasPrefix("-") || $0 == "-" }
    if paths.isEmpty { return .output(invocation.stdin) }
    var result = CommandResult()
    for path in paths {
      if path == "-" {
        result.stdout += invocation.stdin
      } else if let content = HostFiles.content(path, state: state) {
        result.stdout += content
      } else if HostFiles.listing(path, state: state) != nil {
        result.stderr += "cat: \(path): Is a directory\n"
        result.status = 1
      } else {
        result.stderr += "cat: \(path): No such file or directory\n"
        result.status = 1
      }
    }
    return result
  }

  static func ls(_ invocation: Invocation, state: ShellState) -> CommandResult {
    let paths = invocation.arguments.filter { !$0.hasPrefix("-") }
    let path = paths.first ?? "."
    if let names = HostFiles.listing(path, state: state) {
      return .output(names.isEmpty ? "" : names.joined(separator: "  ") + "\n")
    }
    if HostFiles.content(path, state: state) != nil { return .output(path + "\n") }
    return .failure("ls: cannot access '\(path)': No such file or directory\n", status: 2)
  }
}
