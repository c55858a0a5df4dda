import Cloud
import CourseWorldSupport
import Testing

@testable import Shell

@Suite struct LineRunnerTests {
  @Test func pipelinesFeedStdoutToTheNextCommand() throws {
    var shell = try ShellHarness()
    let result = shell.run("echo -e 'b\\na\\nb' | sort | uniq -c")
    #expect(result.stdout == "      1 a\n      2 b\n")
    #expect(result.status == 0)
  }

  @Test func stderrPassesThroughInOrder() throws {
    var shell = try ShellHarness()
    shell.state.explainedUnknownCommand = true
    let result = shell.run("echo one; nosuch | grep x; echo two")
    #expect(
      result.output == [
        OutputChunk(.stdout, "one\n"), OutputChunk(.stderr, "-bash: nosuch: command not found\n"),
        OutputChunk(.stdout, "two\n"),
      ])
    #expect(result.combined == "one\n-bash: nosuch: command not found\ntwo\n")
  }

  @Test func pipelineStatusIsTheLastCommands() throws {
    var shell = try ShellHarness()
    #expect(shell.run("false | true").status == 0)
    #expect(shell.run("true | false").status == 1)
    #expect(shell.run("! true").status == 1)
    #expect(shell.run("! false").status == 0)
  }

  @Test func andOrSequence() throws {
    var shell = try ShellHarness()
    #expect(shell.run("true && echo yes || echo no").stdout == "yes\n")
    #expect(shell.run("false && echo yes || echo no").stdout == "no\n")
    #expect(shell.run("false || false && echo x").stdout == "")
    #expect(shell.run("false; echo $?").stdout == "1\n")
    #expect(shell.run("false ; true").status == 0)
  }

  @Test func dollarQuestionTracksEachCommand() throws {
    var shell = try ShellHarness()
    shell.run("nosuch")
    #expect(shell.state.lastStatus == 127)
    #expect(shell.run("echo $?").stdout == "127\n")
    #expect(shell.run("echo $? $?").stdout == "0 0\n")
    shell.run("&& x")
    #expect(shell.run("echo $?").stdout == "2\n")
  }

  @Test func commandNotFound() throws {
    var shell = try ShellHarness()
    let result = shell.run("ls -l")
    #expect(
      result.output == [
        OutputChunk(.stderr, "-bash: ls: command not found\n"),
        OutputChunk(
          .stderr,
          "labrun: `ls` is not part of this simulation. Type `help` for the commands the lab's hosts have.\n",
          form: .markdown),
      ])
    #expect(result.status == 127)
    // The note comes once a session.
    #expect(shell.run("nosuch").output == [OutputChunk(.stderr, "-bash: nosuch: command not found\n")])
    #expect(shell.run("/bin/ls").stderr == "-bash: /bin/ls: No such file or directory\n")
  }

  @Test func refusedLinesRunNothing() throws {
    var shell = try ShellHarness()
    let before = shell.state.world
    let result = shell.run("sleep 5; echo hi > file &")
    #expect(result.output == [OutputChunk(.stderr, "-bash: background job (&): not available in this lab shell\n")])
    #expect(result.status == 2)
    #expect(shell.state.world == before)
  }

  @Test func overlongAndControlLinesAreRefused() throws {
    var shell = try ShellHarness()
    let long = "echo " + String(repeating: "x", count: ShellLimits.maximumLineBytes)
    let result = shell.run(long)
    #expect(result.stderr == "-bash: line too long (over 64 KiB); nothing was run\n")
    #expect(result.status == 2)
    #expect(shell.run("echo a\u{0}b").stderr == "-bash: control character U+0000 in the line; nothing was run\n")
    #expect(shell.state.history.isEmpty)
  }

  @Test func historyRecordsTypedLinesButNotBlanks() throws {
    var shell = try ShellHarness()
    shell.run("echo a")
    shell.run("")
    shell.run("   ")
    shell.run("# note")
    shell.run("ls |")
    shell.run("echo $HOME")
    #expect(shell.state.history == ["echo a", "ls |", "echo $HOME"])
  }

  @Test func blankLinesKeepStatusAndEvents() throws {
    var shell = try ShellHarness()
    shell.run("false")
    let result = shell.run("# comment")
    #expect(result.status == 1)
    #expect(result.output.isEmpty)
    #expect(shell.state.lastStatus == 1)
  }

  @Test func eventsAreCollectedAndReplaceLastEvents() throws {
    var world = try WorldDescription.course().build(seed: 1)
    let event = Event.dnsLookup(world.resolve("s3.ap-northeast-2.amazonaws.com", from: "V3", by: .dnsTool("nslookup")))
    let emitter = CommandTable(["emit": { _, _ in CommandResult(stdout: "x\n", events: [event]) }])
    var shell = try ShellHarness(extra: emitter)
    let result = shell.run("emit | emit; emit")
    #expect(result.events == [event, event, event])
    #expect(shell.state.lastEvents == [event, event, event])
    shell.run("echo quiet")
    #expect(shell.state.lastEvents.isEmpty)
  }

  @Test func assignments() throws {
    var shell = try ShellHarness()
    shell.run("A='x  y'")
    #expect(shell.state.variables["A"] == "x  y")
    #expect(shell.run("echo $A").stdout == "x y\n")
    #expect(shell.run("echo \"$A\"").stdout == "x  y\n")
    #expect(shell.run("B=1 printenv B").stdout == "1\n")
    #expect(shell.state.variables["B"] == nil)
    shell.run("A=outer")
    #expect(shell.run("A=inner printenv A; echo $A").stdout == "inner\nouter\n")
    #expect(shell.run("A=1 B=2; echo $A$B").stdout == "12\n")
  }

  @Test func fieldSplittingOfUnquotedExpansions() throws {
    var shell = try ShellHarness()
    shell.state.variables["E"] = ""
    shell.state.variables["S"] = "  a  b  "
    let record = CommandTable([
      "args": { invocation, _ in .output(invocation.arguments.map { "[\($0)]" }.joined() + "\n") }
    ])
    var recorder = try ShellHarness(extra: record)
    recorder.state.variables = shell.state.variables
    #expect(recorder.run("args $E").stdout == "\n")
    #expect(recorder.run("args \"$E\"").stdout == "[]\n")
    #expect(recorder.run("args ''$E").stdout == "[]\n")
    #expect(recorder.run("args $S").stdout == "[a][b]\n")
    #expect(recorder.run("args x$S'y'").stdout == "[x][a][b][y]\n")
    #expect(recorder.run("args \"$S\"").stdout == "[  a  b  ]\n")
    #expect(recorder.run("args $UNSET x").stdout == "[x]\n")
    #expect(recorder.run("$E args 1").stdout == "[1]\n")
    #expect(recorder.run("args ~ ~/x").stdout == "[/home/\(recorder.user)][/home/\(recorder.user)/x]\n")
  }

  @Test func badSubstitutionFailsOnlyItsCommand() throws {
    var shell = try ShellHarness()
    let result = shell.run("echo hi; echo ${A B}; echo after")
    #expect(result.combined == "hi\n-bash: ${A B}: bad substitution\nafter\n")
  }

  @Test func pipelineStagesAreSubshellsButKeepWorldChanges() throws {
    var shell = try ShellHarness()
    let before = shell.state.world.clock
    shell.run("export X=1 | true")
    #expect(shell.state.variables["X"] == nil)
    shell.run("sleep 2 | true")
    #expect(shell.state.world.clock.millisecondsSinceEpoch == before.millisecondsSinceEpoch + 2000)
  }

  @Test func emptyCommandAfterExpansionSucceeds() throws {
    var shell = try ShellHarness()
    shell.run("false")
    #expect(shell.run("$NOTHING").status == 0)
  }

  /// A line's first word, as the check for `why` and the other commands that look back reads it:
  /// at bytes for ASCII lines and at characters for others (where a space with a combining accent
  /// is one character, and not a blank).
  @Test(arguments: [
    ("why", "why"), ("  \twhy  now", "why"), ("", ""), ("   ", ""), ("aws s3 ls", "aws"), ("\ttopology", "topology"),
    ("why\r\n", "why\r\n"), ("한국 why", "한국"), (" é\u{301}x y", "é\u{301}x"), ("  \u{301}why", " \u{301}why"),
  ])
  func firstWordOfALine(line: String, word: String) {
    #expect(LineRunner.firstWord(of: line) == word)
  }
}
