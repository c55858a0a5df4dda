import Cloud

extension Executor {
  /// The builtins `runShellBuiltin` runs.
  static var shellBuiltins: Set<String> { ["read", "break", "continue", "sudo", "ssh"] }

  /// Builtins that act on the shell's own running (its loops, its standard input, its user):
  /// `read`, `break`, `continue`, `sudo`. Nil when `name` is none of them.
  mutating func runShellBuiltin(name: String, arguments: [String], _ io: Descriptors) -> Int32? {
    switch name {
    case "read": return read(arguments, io)
    case "break", "continue": return loopBuiltin(name, arguments, io)
    case "sudo": return sudo(arguments, io)
    case "ssh": return remoteCommand(arguments, io)
    default: return nil
    }
  }

  /// `ssh HOST COMMAND…`: the words after the destination, joined by spaces as ssh sends them,
  /// run by a shell of their own on HOST (no banner, the login's home and variables), with this
  /// command's input and outputs; the status is theirs, and one stays where one was. Nil for a
  /// login (`ssh HOST`), which `SessionCommands.ssh` makes.
  private mutating func remoteCommand(_ arguments: [String], _ io: Descriptors) -> Int32? {
    let request = SessionCommands.request(arguments)
    guard !request.command.isEmpty else { return nil }
    let host: Host
    switch SessionCommands.host(request.destination, state: state) {
    case .refused(let error):
      deliver(error, io)
      return error.status
    case .host(let found): host = found
    }
    let line = request.command.joined(separator: " ")
    let parsed: ParsedLine
    switch LineParser.parse(line) {
    case .failure(let error):
      write(error.message(state.language), to: io.error)
      return error.status
    case .success(let value): parsed = value
    }
    // The remote shell's own state goes when it ends; the world it changed stays.
    let here = (
      state.hostName, state.directory, state.previousDirectory, state.variables, state.hostStack,
      state.directoryStack, state.variablesStack, state.lastStatus, state.runsRemoteCommand
    )
    state.hostStack = []
    state.directoryStack = []
    state.variablesStack = []
    state.runsRemoteCommand = true
    state.hostName = host.name
    state.directory = nil
    state.previousDirectory = nil
    state.variables = state.loginVariables
    state.lastStatus = 0
    for warning in parsed.warnings { write(warning, to: io.error) }
    // `exit` in the command ends the remote shell only; the list's status is the one it gave.
    let status = run(parsed, io)
    state.sessionEnded = false
    (
      state.hostName, state.directory, state.previousDirectory, state.variables, state.hostStack,
      state.directoryStack, state.variablesStack, state.lastStatus, state.runsRemoteCommand
    ) = here
    return status
  }

  /// `read [-r] [NAME…]`: one line of standard input into the names (the last takes the rest);
  /// status 1 at the end of input.
  private mutating func read(_ arguments: [String], _ io: Descriptors) -> Int32 {
    var raw = false
    var names: [String] = []
    var options = true
    for argument in arguments {
      if options && argument == "--" {
        options = false
      } else if options && argument.hasPrefix("-") && argument.count > 1 {
        for letter in argument.dropFirst() {
          guard letter == "r" else {
            write(
              "-bash: read: -\(letter): invalid option\nread: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n",
              to: io.error)
            return 2
          }
          raw = true
        }
      } else {
        options = false
        guard LineLexer.isName(argument) else {
          write("-bash: read: `\(argument)': not a valid identifier\n", to: io.error)
          return 1
        }
        names.append(argument)
      }
    }
    if names.isEmpty { names = ["REPLY"] }
    guard let slot = io.input, !inputs[slot].text.isEmpty else {
      for name in names { state.variables[name] = "" }
      return 1
    }
    var line = ""
    var text = inputs[slot].text
    var sawNewline = false
    while let character = text.first {
      text.removeFirst()
      if !raw && character == "\\" {
        if let next = text.first {
          text.removeFirst()
          if next != "\n" { line.append("\u{1}" + String(next)) }
          continue
        }
        continue
      }
      if character == "\n" {
        sawNewline = true
        break
      }
      line.append(character)
    }
    inputs[slot].text = text
    assign(line, to: names)
    return sawNewline ? 0 : 1
  }

  /// Splits `line` on blanks into `names`, the last taking the rest; `\u{1}` marks an escaped
  /// character, which never splits.
  private mutating func assign(_ line: String, to names: [String]) {
    var rest = Substring(line)
    for (offset, name) in names.enumerated() {
      rest = rest.drop { $0 == " " || $0 == "\t" }
      if offset == names.count - 1 {
        var value = String(rest)
        while let last = value.last, last == " " || last == "\t" { value.removeLast() }
        state.variables[name] = value.replacingEscapes()
        break
      }
      var field = ""
      while let character = rest.first, character != " " && character != "\t" {
        rest.removeFirst()
        if character == "\u{1}", let escaped = rest.first {
          rest.removeFirst()
          field.append(escaped)
        } else {
          field.append(character)
        }
      }
      state.variables[name] = field
    }
  }

  private mutating func loopBuiltin(_ name: String, _ arguments: [String], _ io: Descriptors) -> Int32 {
    var levels = 1
    if let first = arguments.first {
      guard let number = Int(first), number > 0 else {
        write("-bash: \(name): \(first): loop count out of range\n", to: io.error)
        return 1
      }
      levels = number
    }
    guard loopDepth > 0 else {
      write("-bash: \(name): only meaningful in a `for', `while', or `until' loop\n", to: io.error)
      return 0
    }
    loopControl = (name == "break", min(levels, loopDepth))
    return 0
  }

  /// `sudo COMMAND …`: the command runs as root (ec2-user may use sudo without a password on
  /// Amazon Linux 2). Only running one command is simulated; a root shell (`-i`, `-s`) is not.
  private mutating func sudo(_ arguments: [String], _ io: Descriptors) -> Int32 {
    var words = arguments[...]
    while let first = words.first, first.hasPrefix("-") {
      switch first {
      case "--":
        words.removeFirst()
      case "-u":
        words.removeFirst()
        guard let user = words.first else {
          write("sudo: option requires an argument -- 'u'\n" + Executor.sudoUsage, to: io.error)
          return 1
        }
        guard user == "root" || user == "#0" else {
          write("sudo: unknown user: \(user)\nsudo: unable to initialize policy plugin\n", to: io.error)
          return 1
        }
        words.removeFirst()
        continue
      case "-E", "-H", "-n":
        words.removeFirst()
        continue
      case "-i", "-s", "-l", "-v", "-k", "-K", "-e":
        write(
          Phrase(
            english: "sudo \(first): not available in this lab shell; run one command as root with `sudo COMMAND`",
            korean: "sudo \(first): 이 실습 셸에서는 쓸 수 없습니다. 명령 하나를 root로 실행하려면 `sudo COMMAND`를 쓰세요."
          ).text(state.language) + "\n", to: io.error)
        return 1
      default:
        let letter = first.dropFirst().first.map(String.init) ?? ""
        write("sudo: invalid option -- '\(letter)'\n" + Executor.sudoUsage, to: io.error)
        return 1
      }
      if words.first.map({ !$0.hasPrefix("-") }) ?? true { break }
    }
    guard let name = words.first else {
      write(Executor.sudoUsage, to: io.error)
      return 1
    }
    if commands.handler(for: name) == nil && extensions.handler(for: name) == nil
      && !Executor.shellBuiltins.contains(name)
    {
      write("sudo: \(name): command not found\n", to: io.error)
      return 1
    }
    let wasRoot = state.asRoot
    state.asRoot = true
    let status = invoke(name: name, arguments: Array(words.dropFirst()), typed: nil, io)
    state.asRoot = wasRoot
    return status
  }

  static var sudoUsage: String {
    """
    usage: sudo -h | -K | -k | -V
    usage: sudo -v [-AknS] [-g group] [-h host] [-p prompt] [-u user]
    usage: sudo -l [-AknS] [-g group] [-h host] [-p prompt] [-U user] [-u user]
                [command]
    usage: sudo [-AbEHknPS] [-r role] [-t type] [-C num] [-g group] [-h host] [-p
                prompt] [-T timeout] [-u user] [VAR=value] [-i|-s] [<command>]
    usage: sudo -e [-AknS] [-r role] [-t type] [-C num] [-g group] [-h host] [-p
                prompt] [-T timeout] [-u user] file ...

    """
  }
}

extension String {
  /// Without the `\u{1}` marks `read` puts before escaped characters.
  fileprivate func replacingEscapes() -> String {
    var result = ""
    var marked = false
    for character in self {
      if character == "\u{1}" && !marked {
        marked = true
        continue
      }
      marked = false
      result.append(character)
    }
    return result
  }
}
