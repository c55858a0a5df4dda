import Cloud
import Testing

@testable import Shell

/// Which output is labrun's own words (the terminal may fit it to the window) and which is a tool's
/// (shown byte for byte), and how the mark travels from a command to the line's output.
@Suite struct OutputFormTests {
  /// Lines whose whole output is one chunk of the given form.
  static let forms: [(line: String, form: OutputForm)] = [
    ("why", .lines),
    ("topology", .lines),
    ("help", .lines),
    ("nslookup s3.ap-northeast-2.amazonaws.com", .verbatim),
    ("dig +short s3.ap-northeast-2.amazonaws.com", .verbatim),
    ("aws sts get-caller-identity", .verbatim),
    ("ip route", .verbatim),
    ("hosts", .lines),
    ("echo '**not markdown**'", .verbatim),
    ("why | head -n 2", .verbatim),
  ]

  @Test(arguments: forms.indices) func eachCommandMarksItsOutput(_ index: Int) throws {
    let (line, form) = Self.forms[index]
    var state = try Golden.state("V3")
    let result = Golden.run(line, &state).result
    #expect(result.output.count == 1, "\(result.output)")
    #expect(result.output.map(\.form) == [form])
  }

  @Test func failuresAreTheToolsWords() throws {
    var state = try Golden.state("V3")
    state.explainedUnknownCommand = true
    for line in ["nosuch", "aws s3 ls s3://no-such-bucket-here", "ssh nowhere", "echo 'open"] {
      let result = Golden.run(line, &state).result
      #expect(!result.stderr.isEmpty, "\(line)")
      #expect(result.output.allSatisfy { $0.form == .verbatim }, "\(line): \(result.output)")
    }
  }

  @Test func theMarkChangesNoByte() throws {
    var state = try Golden.state("V3")
    let why = Golden.run("why", &state).result
    #expect(why.output == [OutputChunk(.stdout, WhyCommand.run(state: state).stdout, form: .lines)])
    let help = Golden.run("help", &state).result
    #expect(help.output == [OutputChunk(.stdout, HelpCommandText.shell, form: .lines)])
    let topology = Golden.run("topology", &state).result
    #expect(topology.stdout == TopologyCommand.draw(state.world, current: "V3"))
  }

  @Test func chunksOfDifferentFormsStayApartInOrder() throws {
    var state = try Golden.state("V3")
    Golden.run("nslookup s3.ap-northeast-2.amazonaws.com", &state)
    let why = WhyCommand.run(state: state).stdout
    let result = Golden.run("why; echo done; why", &state).result
    #expect(
      result.output == [
        OutputChunk(.stdout, why, form: .lines), OutputChunk(.stdout, "done\n"),
        OutputChunk(.stdout, why, form: .lines),
      ])
    #expect(result.combined == why + "done\n" + why)
  }

  /// Handlers that print in each form, to see how the runner carries the mark.
  static let probe = CommandTable([
    "say": { invocation, _ in .output(invocation.arguments.joined(separator: " ") + "\n", form: .markdown) },
    "draw": { invocation, _ in .output(invocation.arguments.joined(separator: " ") + "\n", form: .lines) },
    "complain": { _, _ in .failure("complain: `answer` needs a letter\n", status: 2, form: .markdown) },
  ])

  @Test func sameFormChunksJoinExceptMarkdown() throws {
    var shell = try ShellHarness(extra: Self.probe)
    // Joined, two Markdown texts would become one paragraph: each stays its own chunk.
    #expect(
      shell.run("say one; say two").output == [
        OutputChunk(.stdout, "one\n", form: .markdown), OutputChunk(.stdout, "two\n", form: .markdown),
      ])
    #expect(shell.run("draw one; draw two").output == [OutputChunk(.stdout, "one\ntwo\n", form: .lines)])
    #expect(shell.run("echo one; echo two").output == [OutputChunk(.stdout, "one\ntwo\n")])
  }

  @Test func theMarkCoversStandardErrorToo() throws {
    var shell = try ShellHarness(extra: Self.probe)
    let result = shell.run("complain; echo after")
    #expect(
      result.output == [
        OutputChunk(.stderr, "complain: `answer` needs a letter\n", form: .markdown), OutputChunk(.stdout, "after\n"),
      ])
    #expect(result.status == 0)
  }

  @Test func aFilterAfterLabrunsWordsPrintsItsOwn() throws {
    var shell = try ShellHarness(extra: Self.probe)
    #expect(shell.run("say **bold** text | grep bold").output == [OutputChunk(.stdout, "**bold** text\n")])
  }

  @Test func resultsAreVerbatimUnlessTheySayOtherwise() {
    #expect(CommandResult().form == .verbatim)
    #expect(CommandResult.output("x").form == .verbatim)
    #expect(CommandResult.failure("x", status: 1).form == .verbatim)
    #expect(OutputChunk(.stdout, "x").form == .verbatim)
  }
}
