import Testing

@testable import Shell

/// Expected outputs checked against bash 5.2.15 and coreutils 9.1 on Debian 12.
@Suite struct BuiltinTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let line: String
    let stdout: String
    let stderr: String
    let status: Int32
    init(_ line: String, _ stdout: String, stderr: String = "", status: Int32 = 0) {
      self.line = line
      self.stdout = stdout
      self.stderr = stderr
      self.status = status
    }
    var testDescription: String { line }
  }

  static let cases: [Case] = [
    // bash -c 'echo -e "a\tb\x41\101\0101\u00e9\c zzz"' → a<TAB>bA\101Aé (no newline)
    Case(#"echo -e "a\tb\x41\101\0101\u00e9\c zzz""#, "a\tbA\\101Aé"),
    Case("echo -n x", "x"),
    Case(#"echo -E "a\tb""#, "a\\tb\n"),
    Case(#"echo -ne "q\n""#, "q\n"),
    Case("echo -en", ""),
    Case("echo -x a", "-x a\n"),
    Case("echo -nz a", "-nz a\n"),
    Case("echo --", "--\n"),
    Case("echo -", "-\n"),
    Case(#"echo "a\\b""#, "a\\b\n"),
    Case(#"echo -e "\z\\""#, "\\z\\\n"),
    Case(#"echo -e "a\x""#, "a\\x\n"),
    Case(#"echo -e "\x4g""#, "\u{4}g\n"),
    Case(#"echo -e "\e[0m""#, "\u{1B}[0m\n"),
    Case("echo", "\n"),
    Case("true", ""),
    Case("false", "", status: 1),
    Case("true --help", ""),
    Case("pwd -x", "", stderr: "-bash: pwd: -x: invalid option\npwd: usage: pwd [-LP]\n", status: 2),
    Case("whoami x", "", stderr: "whoami: extra operand ‘x’\nTry 'whoami --help' for more information.\n", status: 1),
    Case("export 1A=2", "", stderr: "-bash: export: `1A=2': not a valid identifier\n", status: 1),
    Case(
      "export -z", "",
      stderr: "-bash: export: -z: invalid option\nexport: usage: export [-fn] [name[=value] ...] or export -p\n",
      status: 2),
    Case(
      "unset -z", "", stderr: "-bash: unset: -z: invalid option\nunset: usage: unset [-f] [-v] [-n] [name ...]\n",
      status: 2),
    Case("unset 1A", ""),
    Case("history 2x", "", stderr: "-bash: history: 2x: numeric argument required\n", status: 1),
    Case("cd /nope", "", stderr: "-bash: cd: /nope: No such file or directory\n", status: 1),
    Case("cd a b", "", stderr: "-bash: cd: too many arguments\n", status: 1),
    Case("cd ''", ""),
    Case("cd", ""),
    Case("cd ~", ""),
    Case("sleep", "", stderr: "sleep: missing operand\nTry 'sleep --help' for more information.\n", status: 1),
    Case(
      "sleep x", "", stderr: "sleep: invalid time interval ‘x’\nTry 'sleep --help' for more information.\n", status: 1),
    Case(
      "sleep 1x", "", stderr: "sleep: invalid time interval ‘1x’\nTry 'sleep --help' for more information.\n", status: 1
    ),
    Case(
      "sleep ''", "", stderr: "sleep: invalid time interval ‘’\nTry 'sleep --help' for more information.\n", status: 1),
    Case("sleep -1", "", stderr: "sleep: invalid option -- '1'\nTry 'sleep --help' for more information.\n", status: 1),
    Case(
      "sleep --foo", "", stderr: "sleep: unrecognized option '--foo'\nTry 'sleep --help' for more information.\n",
      status: 1),
    Case("sleep inf", "", stderr: "sleep: an endless sleep: not available in this lab shell\n", status: 1),
    Case("printenv NOPE", "", status: 1),
    Case(
      "printenv -x", "", stderr: "printenv: invalid option -- 'x'\nTry 'printenv --help' for more information.\n",
      status: 2),
    Case("env -x", "", stderr: "env: invalid option -- 'x'\nTry 'env --help' for more information.\n", status: 125),
    Case("clear", "\u{1B}[H\u{1B}[2J\u{1B}[3J"),
    Case("hostname foo", "", stderr: "hostname: you must be root to change the host name\n", status: 1),
  ]

  @Test(arguments: cases) func output(_ testCase: Case) throws {
    var shell = try ShellHarness()
    let result = shell.run(testCase.line)
    #expect(result.stdout == testCase.stdout)
    #expect(result.stderr == testCase.stderr)
    #expect(result.status == testCase.status)
  }

  @Test func sessionIdentity() throws {
    var shell = try ShellHarness()
    #expect(shell.user == "ec2-user")
    #expect(shell.run("whoami").stdout == "ec2-user\n")
    #expect(shell.run("pwd").stdout == "/home/ec2-user\n")
    #expect(shell.run("hostname").stdout == shell.hostname + "\n")
    #expect(shell.run("hostname -i").stdout == "\(shell.state.host!.address)\n")
    #expect(shell.run("hostname -I").stdout == "\(shell.state.host!.address) \n")
    #expect(shell.run("hostname -f").stdout == "\(shell.hostname).ap-northeast-2.compute.internal\n")
    let usage = shell.run("hostname -x")
    #expect(usage.status == 255)
    #expect(usage.stderr.hasPrefix("hostname: invalid option -- 'x'\nUsage: hostname [-b] {hostname|-F file}"))
    #expect(shell.run("echo $HOME $USER $SHELL").stdout == "/home/ec2-user ec2-user /bin/bash\n")
  }

  @Test func envListsFixedVariablesThenSessionOnesSorted() throws {
    var shell = try ShellHarness()
    shell.run("export ZED=1 ALPHA='a b' LANG=C")
    let expected = """
      HOSTNAME=\(shell.hostname)
      SHELL=/bin/bash
      USER=ec2-user
      PATH=/usr/local/bin:/usr/bin:/usr/local/sbin:/usr/sbin
      PWD=/home/ec2-user
      LANG=C
      HOME=/home/ec2-user
      LOGNAME=ec2-user
      ALPHA=a b
      ZED=1

      """
    #expect(shell.run("env").stdout == expected)
    #expect(shell.run("printenv").stdout == expected)
    #expect(shell.run("printenv NOPE HOME").stdout == "/home/ec2-user\n")
    #expect(shell.run("printenv NOPE HOME").status == 1)
  }

  @Test func exportListsDeclareLinesSorted() throws {
    var shell = try ShellHarness()
    // bash: export B="x\"y\$z\\w"; export → declare -x B="x\"y\$z\\w"
    shell.run(#"export B="x\"y\$z\\w" A=1"#)
    let listing = shell.run("export").stdout
    let lines = listing.split(separator: "\n")
    #expect(lines.first == "declare -x A=\"1\"")
    #expect(lines.contains(#"declare -x B="x\"y\$z\\w""#))
    #expect(lines.map { $0 } == lines.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    #expect(lines.contains("declare -x SHELL=\"/bin/bash\""))
    #expect(shell.run("export -p").stdout == listing)
  }

  @Test func unsetRemovesVariables() throws {
    var shell = try ShellHarness()
    shell.run("export A=1")
    shell.run("unset A")
    #expect(shell.run("echo \"[$A]\"").stdout == "[]\n")
    shell.run("unset PATH")
    #expect(shell.run("echo \"[$PATH]\"").stdout == "[]\n")
  }

  @Test func historyFormat() throws {
    var shell = try ShellHarness()
    shell.run("echo a")
    shell.run("echo b")
    #expect(shell.run("history").stdout == "    1  echo a\n    2  echo b\n    3  history\n")
    #expect(shell.run("history 2").stdout == "    3  history\n    4  history 2\n")
    shell.run("history -c")
    #expect(shell.run("history").stdout == "    1  history\n")
    shell.state.history = Array(repeating: "x", count: 99_999)
    #expect(shell.run("history 2").stdout == "99999  x\n100000  history 2\n")
  }

  @Test func sleepAdvancesTheClock() throws {
    var shell = try ShellHarness()
    let start = shell.state.world.clock.millisecondsSinceEpoch
    #expect(shell.run("sleep 1.5").output.isEmpty)
    #expect(shell.state.world.clock.millisecondsSinceEpoch == start + 1500)
    shell.run("sleep 1m 2")
    #expect(shell.state.world.clock.millisecondsSinceEpoch == start + 1500 + 62_000)
    shell.run("sleep .25s")
    #expect(shell.state.world.clock.millisecondsSinceEpoch == start + 1500 + 62_000 + 250)
    let before = shell.state.world
    shell.run("sleep 99999999999999999")
    #expect(shell.state.world == before)
  }
}
