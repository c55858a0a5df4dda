import Cloud
import Testing

@testable import Shell

/// The reproductions of issue 18 for the parsers a typed line reaches (jq's program and input,
/// grep's patterns): each ends in a clear error or a result, never a crash, a hang or endless output.
@Suite struct ParserBoundsTests {
  static func repeated(_ text: String, _ count: Int) -> String { String(repeating: text, count: count) }

  struct Case: Sendable, CustomStringConvertible {
    let name: String
    let variable: String
    let line: String
    let stdout: String
    let stderr: String
    let status: Int32
    var description: String { name }
  }

  static let tooLong =
    "jq: error: filters longer than 1000 tokens: not available in this lab shell\njq: 1 compile error\n"
  static let tooDeep =
    "jq: error: filters nested more than 200 deep: not available in this lab shell\njq: 1 compile error\n"
  static let tooMuchWork = "jq: error: the filter takes more than 2000000 steps: not available in this lab shell\n"

  static let cases: [Case] = [
    // Issue 18: `not|`×4,000 took 24 s to parse.
    Case(
      name: "a long pipe chain", variable: repeated("not|", 4_000) + "not", line: "echo true | jq \"$P\"", stdout: "",
      stderr: tooLong, status: 3),
    // Issue 18: depth 4,000 took 11 s.
    Case(
      name: "deep parentheses", variable: repeated("(", 4_000) + "." + repeated(")", 4_000),
      line: "echo 1 | jq \"$P\"", stdout: "", stderr: tooLong, status: 3),
    Case(
      name: "deep brackets within the token limit", variable: repeated("[", 300) + "." + repeated("]", 300),
      line: "echo 1 | jq -c \"$P\"", stdout: "", stderr: tooDeep, status: 3),
    // 500 `not`s, an even number: jq 1.6 prints the input's truth.
    Case(
      name: "the longest accepted chain", variable: repeated("not|", 499) + "not", line: "echo true | jq \"$P\"",
      stdout: "true\n", stderr: "", status: 0),
    Case(
      name: "a long field chain", variable: repeated(".a", 499), line: "echo null | jq \"$P\"", stdout: "null\n",
      stderr: "", status: 0),
    // Each stage doubles the value: the work is charged by size, so it stops long before memory runs out.
    Case(
      name: "a value doubling at each stage", variable: repeated("[.,.]|", 150) + "length",
      line: "echo 1 | jq \"$P\"", stdout: "", stderr: tooMuchWork, status: 5),
    Case(
      name: "comparing doubled values", variable: repeated("[.,.]|", 150) + ". == .",
      line: "echo 1 | jq \"$P\"", stdout: "", stderr: tooMuchWork, status: 5),
    Case(
      name: "recursing into a doubled value", variable: repeated("[.,.]|", 40) + "[..]|length",
      line: "echo 1 | jq \"$P\"", stdout: "", stderr: tooMuchWork, status: 5),
    // A document as long as a line allows is read in one pass.
    Case(
      name: "a wide input array", variable: "[" + repeated("1,", 20_000) + "1]", line: "echo \"$P\" | jq length",
      stdout: "20001\n", stderr: "", status: 0),
    Case(
      name: "a wide input object",
      variable: "{" + (0..<3_000).map { "\"k\($0)\":\($0)," }.joined() + "\"z\":0}",
      line: "echo \"$P\" | jq length", stdout: "3001\n", stderr: "", status: 0),
    // GNU grep 3.8 reads a run of repetition operators as one.
    Case(
      name: "a long run of stars", variable: "a" + repeated("*", 30_000), line: "echo aaa | grep -c \"$P\"",
      stdout: "1\n", stderr: "", status: 0),
    Case(
      name: "a long run of ERE operators", variable: "ab" + repeated("+?*", 10_000) + "c",
      line: "echo abbbc | grep -cE \"$P\"", stdout: "1\n", stderr: "", status: 0),
    Case(
      name: "nested intervals", variable: "a" + repeated("{2}", 300), line: "echo a | grep -E \"$P\"", stdout: "",
      stderr: "grep: groups or repetitions nested more than 200 deep: not available in this lab shell\n", status: 2),
    // A long pattern over a long line: linear in each, but their product is billions of steps.
    Case(
      name: "a long interval over a long line", variable: repeated("a", 120_000), line: "echo $P | grep -cE 'a{30000}'",
      stdout: "",
      stderr:
        "grep: the pattern takes more than 5000000 steps over this input: not available in this lab shell\n",
      status: 2),
  ]

  @Test(arguments: cases)
  func boundedInput(_ example: Case) throws {
    var shell = try ShellHarness()
    shell.state.variables["P"] = example.variable
    let result = shell.run(example.line)
    #expect(result.stdout == example.stdout)
    #expect(result.stderr == example.stderr)
    #expect(result.status == example.status)
  }

  /// A pasted 64 KiB word where an awscli subcommand belongs: awscli's answer to any far-off word,
  /// found without comparing it in quadratic time (the fuzzer's slowest line took 1.5 s).
  @Test func aHugeInvalidChoiceIsAnsweredAsAnyOther() throws {
    var shell = try ShellHarness(extra: LabShell.commands)
    shell.state.variables["P"] = "describe-route-tab" + Self.repeated("x", 60_000)
    let huge = shell.run("aws ec2 $P")
    let short = shell.run("aws ec2 zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")
    #expect(huge == short)
    #expect(!huge.stderr.contains("maybe you meant"))
  }

  /// awscli shorthand nested as deep as a line allows is refused, never a stack overflow.
  @Test(arguments: [
    "Name=" + repeated("{Name=", 20_000) + "x", "Name=" + repeated("[{Name=", 9_000) + "x",
  ])
  func deepShorthandIsRefused(_ value: String) throws {
    var shell = try ShellHarness(extra: LabShell.commands)
    shell.state.variables["P"] = value
    let result = shell.run("aws ec2 describe-vpcs --filters \"$P\"")
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "\nError parsing parameter '--filters': structures nested more than 100 deep: not available in this lab shell\n"
    )
    #expect(result.status == 255)
  }

  /// curl's timeouts saturate instead of trapping on an infinite or huge value (issue 18).
  @Test(arguments: ["inf", "1e300", "9223372036854775807"])
  func curlTimeoutsSaturate(_ value: String) throws {
    var state = try Golden.state("V3")
    let run = Golden.run("curl -m \(value) \(Golden.s3)/", &state)
    #expect(run.stderr == "curl: (28) Connection timed out after 1000000000001 milliseconds\n")
    #expect(run.status == 28)
    #expect(run.elapsed == 1_000_000_000_002)
  }

  /// Output that would pass the cap is cut there, with the note; jq stops producing.
  @Test func jqOutputIsCutAtTheCap() throws {
    var shell = try ShellHarness()
    shell.state.variables["P"] = Self.repeated("[.,.]|", 15) + "."
    let result = shell.run("echo 1 | jq \"$P\"")
    #expect(result.stdout.utf8.count <= ShellLimits.maximumOutputBytes)
    #expect(result.stdout.utf8.count > ShellLimits.maximumOutputBytes - 64)
    #expect(result.stdout.hasPrefix("[\n  [\n    [\n"))
    #expect(result.stderr == ShellLimits.outputCutNote)
    #expect(result.status == 0)
  }

  /// A result far past the cap is not even rendered.
  @Test func jqDoesNotRenderAFarTooLargeResult() throws {
    var shell = try ShellHarness()
    shell.state.variables["P"] = Self.repeated("[.,.]|", 18) + "."
    let result = shell.run("echo 1 | jq -c \"$P\"")
    #expect(result.stdout == "")
    #expect(result.stderr == ShellLimits.outputCutNote)
  }
}
