/// `export` and `unset` over the session's variables.
///
/// Every session variable counts as exported (the session keeps one set of variables), so a bare
/// `NAME=value` also shows in `env`; `export NAME` for an unset NAME records nothing.
enum Export {
  static func export(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    var arguments = invocation.arguments[...]
    var listOnly = false
    while let first = arguments.first, first.hasPrefix("-"), first != "-" {
      arguments = arguments.dropFirst()
      if first == "--" { break }
      if first == "-p" {
        listOnly = true
        continue
      }
      return .failure(
        "-bash: export: \(first): invalid option\nexport: usage: export [-fn] [name[=value] ...] or export -p\n",
        status: 2)
    }
    if arguments.isEmpty || listOnly {
      let lines = SessionEnvironment.exported(state).sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        .map { "declare -x \($0.name)=\"\(escapeForDeclare($0.value))\"\n" }
      return .output(lines.joined())
    }
    var result = CommandResult()
    for argument in arguments {
      let name = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
      guard LineLexer.isName(String(name)) else {
        result.stderr += "-bash: export: `\(argument)': not a valid identifier\n"
        result.status = 1
        continue
      }
      if let equals = argument.firstIndex(of: "=") {
        state.variables[String(name)] = String(argument[argument.index(after: equals)...])
      }
    }
    return result
  }

  /// bash's `declare -p` quoting: `"`, `$`, `\` and `` ` `` get a backslash.
  static func escapeForDeclare(_ value: String) -> String {
    var escaped = ""
    for character in value {
      if "\"$\\`".contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }

  static func unset(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    var arguments = invocation.arguments[...]
    while let first = arguments.first, first.hasPrefix("-"), first != "-" {
      arguments = arguments.dropFirst()
      if first == "--" { break }
      if first.dropFirst().allSatisfy({ "fvn".contains($0) }) { continue }
      let bad = first.dropFirst().first { !"fvn".contains($0) }.map(String.init) ?? ""
      return .failure(
        "-bash: unset: -\(bad): invalid option\nunset: usage: unset [-f] [-v] [-n] [name ...]\n", status: 2)
    }
    let fixedNames = Set(SessionEnvironment.fixed(state).map(\.name))
    for name in arguments where LineLexer.isName(name) {
      // A login variable cannot be removed from the fixed list; it becomes empty instead.
      if fixedNames.contains(name) {
        state.variables[name] = ""
      } else {
        state.variables[name] = nil
      }
    }
    return CommandResult()
  }
}
