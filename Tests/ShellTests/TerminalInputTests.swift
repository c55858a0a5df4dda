import Testing

@testable import Shell

/// The lab shell does not pass what the learner types to a running command, so `cat` reading its
/// standard input from the terminal says so and shows the here-document that does the same,
/// instead of returning at once with nothing (the lines meant for the file would then run as
/// commands). Input from a pipe, a file or a here-document is read as before.
@Suite struct TerminalInputTests {
  static let refusal =
    "cat: reading what you type is not available in this lab shell; write a file with a here-document:\n  cat > policy.json <<'EOF'\n  …\n  EOF\n"

  @Test(arguments: ["cat > p.json", "cat", "cat -", "cat - /etc/hostname", "cat | grep x", "x=$(cat)"])
  func catOnTheTerminalIsRefused(line: String) throws {
    var state = try Golden.state("V1")
    let run = Golden.run(line, &state)
    #expect(run.stderr == Self.refusal)
    #expect(run.stdout == "")
  }

  @Test(arguments: [
    ("echo hi | cat", "hi\n"), ("cat <<EOF\nx\nEOF", "x\n"), ("echo a | cat -", "a\n"), ("cat <<< b", "b\n"),
    ("echo c > f; cat < f", "c\n"), ("cat /etc/hostname", "ip-10-0-1-10.ap-northeast-2.compute.internal\n"),
  ])
  func catWithInputReadsIt(line: String, expected: String) throws {
    var state = try Golden.state("V1")
    let run = Golden.run(line, &state)
    #expect(run.stdout == expected && run.stderr == "" && run.status == 0)
  }

  /// `nslookup` without a name would wait at its `>` prompt for lines typed: it says which forms
  /// work instead. From a pipe or a file it still meets end-of-file at once, as the real one does
  /// with `</dev/null`: a newline, status 1.
  @Test(arguments: ["nslookup", "nslookup -type=mx", "nslookup -", "nslookup | cat"])
  func nslookupWithoutANameOnTheTerminalSaysHowToAsk(line: String) throws {
    var state = try Golden.state("V1")
    let run = Golden.run(line, &state)
    #expect(
      run.stderr == """
        nslookup: interactive mode is not available in this lab shell; give the name on the command line:
          nslookup NAME         (asks the host's resolver)
          nslookup NAME SERVER  (asks another DNS server)

        """)
    #expect(run.stdout == "")
    #expect(run.status == (line.hasSuffix("| cat") ? 0 : 1))
  }

  @Test(arguments: ["echo x | nslookup", "nslookup < /etc/hostname", "nslookup <<< x"])
  func nslookupWithoutANameReadsEndOfFileElsewhere(line: String) throws {
    var state = try Golden.state("V1")
    let run = Golden.run(line, &state)
    #expect(run.stdout == "\n" && run.stderr == "" && run.status == 1)
  }

  @Test func theRefusalSpeaksTheSessionsLanguage() throws {
    var state = try Golden.state("V1")
    state.language = .korean
    let run = Golden.run("cat > p.json", &state)
    #expect(run.stderr.hasPrefix("cat: 터미널에서 입력을 읽는 기능은 이 실습 셸에서 쓸 수 없습니다."))
    #expect(run.status == 1)
    let lookup = Golden.run("nslookup", &state)
    #expect(lookup.stderr.hasPrefix("nslookup: 이 실습 셸에서는 대화형 모드를 쓸 수 없습니다."))
    #expect(lookup.status == 1)
  }
}
