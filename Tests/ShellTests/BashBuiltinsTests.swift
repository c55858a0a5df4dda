import Testing

@testable import Shell

/// bash always has its builtins, so the simulated shell never says one is "command not found":
/// it runs it, or refuses it by name, in the session's language.
struct BashBuiltinsTests {
  /// The builtins of bash 4.2, Amazon Linux 2's bash, as its `help` lists them (the Bash
  /// Reference Manual's "Shell Builtin Commands" and "Bourne Shell Builtins"; `compgen -b` of
  /// bash 5.2 lists the same names).
  static let bash42 = [
    ".", ":", "[", "alias", "bg", "bind", "break", "builtin", "caller", "cd", "command", "compgen", "complete",
    "compopt", "continue", "declare", "dirs", "disown", "echo", "enable", "eval", "exec", "exit", "export", "false",
    "fc", "fg", "getopts", "hash", "help", "history", "jobs", "kill", "let", "local", "logout", "mapfile", "popd",
    "printf", "pushd", "pwd", "read", "readarray", "readonly", "return", "set", "shift", "shopt", "source",
    "suspend", "test", "times", "trap", "true", "type", "typeset", "ulimit", "umask", "unalias", "unset", "wait",
  ]

  @Test(arguments: bash42)
  func noBuiltinIsCommandNotFound(name: String) throws {
    var state = try Golden.state("V1")
    let run = Golden.run(name, &state)
    #expect(!run.stderr.contains("command not found"), "\(run.stderr)")
    if BashBuiltins.unsimulated.contains(name) {
      #expect(
        run.stderr == "-bash: \(name): not available in this lab shell (a bash builtin the simulation leaves out)\n")
      #expect(run.status == 1)
    }
  }

  @Test func theRefusedOnesAreBuiltinsTheShellDoesNotRun() {
    #expect(BashBuiltins.unsimulated.isSubset(of: Set(Self.bash42)))
  }

  @Test func aRefusalStopsNothingAfterItAndSetsTheStatus() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("source ~/.bashrc; echo after $?", &state)
    #expect(run.stdout == "after 1\n")
    var korean = try Golden.state("V1")
    korean.language = .korean
    #expect(Golden.run("type aws", &korean).stderr == "-bash: type: 이 실습 셸에서는 쓸 수 없습니다(시뮬레이션에 없는 bash 내장 명령)\n")
  }
}
