import Cloud

/// A file that could not be read, and the tool's message for it.
struct FileMessage: Error {
  let error: FileError
  let text: String
}

/// `cat`, `less`, `more`, `touch`, `mkdir`, `rm`, `cp` and `mv` over the host's simulated files,
/// with GNU coreutils 8.22's messages (Amazon Linux 2's version); nothing touches a real file.
enum FileCommands {
  static var table: CommandTable {
    CommandTable([
      "cat": { invocation, state in cat(invocation, state: state) },
      "less": { invocation, state in page(invocation, state: state) },
      "more": { invocation, state in page(invocation, state: state) },
      "ls": ListCommand.run,
      "touch": { invocation, state in touch(invocation, state: &state) },
      "mkdir": { invocation, state in mkdir(invocation, state: &state) },
      "rm": { invocation, state in rm(invocation, state: &state) },
      "cp": { invocation, state in copyOrMove(invocation, move: false, state: &state) },
      "mv": { invocation, state in copyOrMove(invocation, move: true, state: &state) },
      "tee": { invocation, state in tee(invocation, state: &state) },
    ])
  }

  /// The text of the file `typed` names, or the tool's message (`TOOL: PATH: reason`).
  static func read(_ typed: String, tool: String, state: ShellState) -> Result<String, FileMessage> {
    switch HostFiles.read(HostFiles.resolve(typed, state: state), state: state) {
    case .success(let text): return .success(text)
    case .failure(let error): return .failure(FileMessage(error: error, text: "\(tool): \(typed): \(error.text)\n"))
    }
  }

  /// A pager with no terminal to page: it prints the files, as `less` does into a pipe, its
  /// options ignored.
  static func page(_ invocation: Invocation, state: ShellState) -> CommandResult {
    let files = invocation.arguments.filter { !$0.hasPrefix("-") }
    return cat(Invocation(name: invocation.name, arguments: files, stdin: invocation.stdin), state: state)
  }

  static func cat(_ invocation: Invocation, state: ShellState) -> CommandResult {
    let paths = invocation.arguments.filter { !$0.hasPrefix("-") || $0 == "-" }
    if invocation.stdinIsTerminal && (paths.isEmpty || paths.contains("-")) {
      // The real one would wait for lines typed until Ctrl-D; here they would run as commands.
      return .failure(
        Phrase(
          english:
            "cat: reading what you type is not available in this lab shell; write a file with a here-document:\n  cat > policy.json <<'EOF'\n  …\n  EOF\n",
          korean:
            "cat: 터미널에서 입력을 읽는 기능은 이 실습 셸에서 쓸 수 없습니다. 파일은 here-document로 만드세요:\n  cat > policy.json <<'EOF'\n  …\n  EOF\n"
        ).text(state.language), status: 1)
    }
    if paths.isEmpty { return .output(invocation.stdin) }
    var result = CommandResult()
    for path in paths {
      if path == "-" {
        result.stdout += invocation.stdin
        continue
      }
      switch read(path, tool: invocation.name, state: state) {
      case .success(let text): result.stdout += text
      case .failure(let message):
        result.stderr += message.text
        result.status = 1
      }
    }
    return result
  }

  /// Operands and single-letter flags of a coreutils command; nil and the message on a bad option.
  static func parse(_ invocation: Invocation, allowed: String) -> (flags: Set<Character>, operands: [String])? {
    var flags = Set<Character>()
    var operands: [String] = []
    var options = true
    for argument in invocation.arguments {
      if options && argument == "--" {
        options = false
      } else if options && argument.hasPrefix("--") {
        switch argument {
        case "--recursive": flags.insert("r")
        case "--force": flags.insert("f")
        case "--parents": flags.insert("p")
        case "--verbose": flags.insert("v")
        default: return nil
        }
      } else if options && argument.hasPrefix("-") && argument.count > 1 {
        for letter in argument.dropFirst() {
          guard allowed.contains(letter) else { return nil }
          flags.insert(letter == "R" ? "r" : letter)
        }
      } else {
        operands.append(argument)
      }
    }
    return (flags, operands)
  }

  static func badOption(_ invocation: Invocation, allowed: String) -> CommandResult {
    let bad =
      invocation.arguments.first { argument in
        argument.hasPrefix("-") && argument.count > 1
          && (argument.hasPrefix("--") || argument.dropFirst().contains { !allowed.contains($0) })
      } ?? ""
    let letter = bad.dropFirst().first { !allowed.contains($0) }
    return .failure(FilterInput.invalidOption(invocation.name, bad, letter: letter), status: 1)
  }

  static func missingOperand(_ tool: String) -> CommandResult {
    .failure("\(tool): missing file operand\nTry '\(tool) --help' for more information.\n", status: 1)
  }

  /// `tee [-a] FILE…`: standard input to standard output and to each file.
  static func tee(_ invocation: Invocation, state: inout ShellState) -> CommandResult {
    guard let (flags, operands) = parse(invocation, allowed: "ai") else { return badOption(invocation, allowed: "ai") }
    var result = CommandResult(stdout: invocation.stdin)
    for operand in operands {
      let path = HostFiles.resolve(operand, state: state)
      if path == "/dev/null" { continue }
      if HostFiles.tree(state).entry(path)?.isDirectory == true {
        result.stderr += "tee: \(operand): Is a directory\n"
        result.status = 1
        continue
      }
      let append = flags.contains("a")
      if case .failure(let error) = HostFiles.write(invocation.stdin, to: path, append: append, state: &state) {
        result.stderr += "tee: \(operand): \(error.text)\n"
        result.status = 1
      }
    }
    return result
  }

  static func touch(_ invocation: Invocation, state: inout ShellState) -> CommandResult {
    guard let (_, operands) = parse(invocation, allowed: "acm") else { return badOption(invocation, allowed: "acm") }
    guard !operands.isEmpty else { return missingOperand("touch") }
    var result = CommandResult()
    for operand in operands {
      if case .failure(let error) = HostFiles.touch(HostFiles.resolve(operand, state: state), state: &state) {
        result.stderr += "touch: cannot touch ‘\(operand)’: \(error.text)\n"
        result.status = 1
      }
    }
    return result
  }

  static func mkdir(_ invocation: Invocation, state: inout ShellState) -> CommandResult {
    guard let (flags, operands) = parse(invocation, allowed: "pv") else { return badOption(invocation, allowed: "pv") }
    guard !operands.isEmpty else {
      return .failure("mkdir: missing operand\nTry 'mkdir --help' for more information.\n", status: 1)
    }
    var result = CommandResult()
    for operand in operands {
      let path = HostFiles.resolve(operand, state: state)
      var targets = [path]
      if flags.contains("p") {
        targets = []
        var current = path
        while current != "/" && HostFiles.tree(state).entry(current) == nil {
          targets.insert(current, at: 0)
          current = FileTree.parent(of: current)
        }
        if let existing = HostFiles.tree(state).entry(path), !existing.isDirectory {
          result.stderr += "mkdir: cannot create directory ‘\(operand)’: File exists\n"
          result.status = 1
          continue
        }
      }
      for target in targets {
        if case .failure(let error) = HostFiles.makeDirectory(target, state: &state) {
          result.stderr += "mkdir: cannot create directory ‘\(operand)’: \(error.text)\n"
          result.status = 1
          break
        }
        if flags.contains("v") { result.stdout += "mkdir: created directory ‘\(target)’\n" }
      }
    }
    return result
  }

  static func rm(_ invocation: Invocation, state: inout ShellState) -> CommandResult {
    guard let (flags, operands) = parse(invocation, allowed: "rRfiv") else {
      return badOption(invocation, allowed: "rRfiv")
    }
    let force = flags.contains("f")
    if operands.isEmpty { return force ? CommandResult() : missingOperand("rm") }
    var result = CommandResult()
    for operand in operands {
      let path = HostFiles.resolve(operand, state: state)
      if path == "/" && flags.contains("r") {
        result.stderr +=
          "rm: it is dangerous to operate recursively on ‘/’\nrm: use --no-preserve-root to override this failsafe\n"
        result.status = 1
        continue
      }
      if FileTree.name(of: operand) == "." || FileTree.name(of: operand) == ".." {
        result.stderr += "rm: cannot remove directory: ‘\(operand)’\n"
        result.status = 1
        continue
      }
      switch HostFiles.lookup(path, state: state) {
      case .failure(let error):
        if error == .notFound && force { continue }
        result.stderr += "rm: cannot remove ‘\(operand)’: \(error.text)\n"
        result.status = 1
        continue
      case .success(let entry):
        if entry.isDirectory && !flags.contains("r") {
          result.stderr += "rm: cannot remove ‘\(operand)’: Is a directory\n"
          result.status = 1
          continue
        }
      }
      if case .failure(let error) = HostFiles.remove(path, state: &state) {
        result.stderr += "rm: cannot remove ‘\(operand)’: \(error.text)\n"
        result.status = 1
      } else if flags.contains("v") {
        result.stdout += "removed ‘\(operand)’\n"
      }
    }
    return result
  }

  static func copyOrMove(_ invocation: Invocation, move: Bool, state: inout ShellState) -> CommandResult {
    let tool = move ? "mv" : "cp"
    let allowed = move ? "fiv" : "rRfiv"
    guard let (flags, operands) = parse(invocation, allowed: allowed) else {
      return badOption(invocation, allowed: allowed)
    }
    guard let last = operands.last else { return missingOperand(tool) }
    guard operands.count >= 2 else {
      return .failure(
        "\(tool): missing destination file operand after ‘\(last)’\nTry '\(tool) --help' for more information.\n",
        status: 1)
    }
    let destination = HostFiles.resolve(last, state: state)
    let intoFolder = HostFiles.tree(state).entry(destination)?.isDirectory == true
    if operands.count > 2 && !intoFolder {
      return .failure("\(tool): target ‘\(last)’ is not a directory\n", status: 1)
    }
    var result = CommandResult()
    for source in operands.dropLast() {
      let from = HostFiles.resolve(source, state: state)
      let to = intoFolder ? (destination == "/" ? "" : destination) + "/" + FileTree.name(of: from) : destination
      let entry: FileEntry
      switch HostFiles.lookup(from, state: state) {
      case .failure(let error):
        result.stderr += "\(tool): cannot stat ‘\(source)’: \(error.text)\n"
        result.status = 1
        continue
      case .success(let found): entry = found
      }
      if from == to {
        result.stderr += "\(tool): ‘\(source)’ and ‘\(last)’ are the same file\n"
        result.status = 1
        continue
      }
      if entry.isDirectory && !move && !flags.contains("r") {
        result.stderr += "cp: omitting directory ‘\(source)’\n"
        result.status = 1
        continue
      }
      if entry.isDirectory && to.hasPrefix(from + "/") {
        result.stderr += "\(tool): cannot \(move ? "move" : "copy") a directory, ‘\(source)’, into itself, ‘\(last)’\n"
        result.status = 1
        continue
      }
      if let error = copy(from, to: to, state: &state) {
        let what = entry.isDirectory ? "directory" : "regular file"
        result.stderr += "\(tool): cannot create \(what) ‘\(intoFolder ? to : last)’: \(error.text)\n"
        result.status = 1
        continue
      }
      if move, case .failure(let error) = HostFiles.remove(from, state: &state) {
        result.stderr += "mv: cannot remove ‘\(source)’: \(error.text)\n"
        result.status = 1
        continue
      }
      if flags.contains("v") { result.stdout += "‘\(source)’ -> ‘\(intoFolder ? to : last)’\n" }
    }
    return result
  }

  /// Copies the file or folder `from` to `to`, as the current user.
  private static func copy(_ from: String, to: String, state: inout ShellState) -> FileError? {
    let tree = HostFiles.tree(state)
    guard let entry = tree.entry(from) else { return .notFound }
    switch entry.kind {
    case .file:
      switch HostFiles.readBytes(from, state: state) {
      case .failure(let error): return error
      case .success(let bytes):
        if case .failure(let error) = HostFiles.write(bytes: bytes, to: to, append: false, state: &state) {
          return error
        }
      }
    case .device:
      if case .failure(let error) = HostFiles.write("", to: to, append: false, state: &state) { return error }
    case .directory:
      if HostFiles.tree(state).entry(to)?.isDirectory != true,
        case .failure(let error) = HostFiles.makeDirectory(to, state: &state)
      {
        return error
      }
      for child in tree.descendants(of: from) {
        let target = to + child.path.dropFirst(from.count)
        if child.isDirectory {
          if case .failure(let error) = HostFiles.makeDirectory(target, state: &state), error != .exists {
            return error
          }
        } else if case .file(let bytes) = child.kind,
          case .failure(let error) = HostFiles.write(bytes: bytes, to: target, append: false, state: &state)
        {
          return error
        }
      }
    }
    return nil
  }
}
