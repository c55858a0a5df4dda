import Testing

@testable import Shell

/// Each expectation was produced by running the same line in bash 5.2.15 on Debian 12 with
/// GNU grep 3.8, coreutils 9.1 and jq 1.6 (`bash -c '…' | cat -A`), then pasted here.
@Suite struct FilterTests {
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

  static let grep: [Case] = [
    Case("grep foo nofile", "", stderr: "grep: nofile: No such file or directory\n", status: 2),
    Case("echo x | grep 'a['", "", stderr: "grep: Invalid regular expression\n", status: 2),
    Case("echo x | grep '[a'", "", stderr: "grep: Unmatched [, [^, [:, [., or [=\n", status: 2),
    Case("echo x | grep 'a[b'", "", stderr: "grep: Unmatched [, [^, [:, [., or [=\n", status: 2),
    Case("echo x | grep '[^]'", "", stderr: "grep: Unmatched [, [^, [:, [., or [=\n", status: 2),
    Case("echo x | grep '['", "", stderr: "grep: Invalid regular expression\n", status: 2),
    Case("echo x | grep 'x[^'", "", stderr: "grep: Invalid regular expression\n", status: 2),
    Case("echo x | grep '[]'", "", stderr: "grep: Unmatched [, [^, [:, [., or [=\n", status: 2),
    Case("echo x | grep -E 'a('", "", stderr: "grep: Unmatched ( or \\(\n", status: 2),
    Case("echo x | grep 'a\\('", "", stderr: "grep: Unmatched ( or \\(\n", status: 2),
    Case("echo x | grep -E 'a)'", "", status: 1),
    Case("echo x | grep 'a\\)'", "", stderr: "grep: Unmatched ) or \\)\n", status: 2),
    Case("echo x | grep '[[:foo:]]'", "", stderr: "grep: Invalid character class name\n", status: 2),
    Case(
      "echo x | grep '[:space:]'", "", stderr: "grep: character class syntax is [[:space:]], not [:space:]\n", status: 2
    ),
    Case("echo x | grep '\\'", "", stderr: "grep: Trailing backslash\n", status: 2),
    Case("echo x | grep '[z-a]'", "", stderr: "grep: Invalid range end\n", status: 2),
    Case("echo x | grep 'a\\{1'", "", stderr: "grep: Unmatched \\{\n", status: 2),
    Case("echo x | grep 'a\\{x\\}'", "", stderr: "grep: Invalid content of \\{\\}\n", status: 2),
    Case("echo x | grep -E 'a{2,1}'", "", stderr: "grep: Invalid content of \\{\\}\n", status: 2),
    Case("echo x | grep -E 'a{99999}'", "", stderr: "grep: Regular expression too big\n", status: 2),
    Case("echo ab | grep 'a\\1'", "", stderr: "grep: Invalid back reference\n", status: 2),
    Case("echo x | grep -E '*a'", "", stderr: "grep: warning: * at start of expression\n", status: 1),
    Case("echo x | grep -E '+'", "x\n", stderr: "grep: warning: + at start of expression\n"),
    Case(
      "echo x | grep", "",
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", status: 2),
    Case(
      "echo x | grep -k x", "",
      stderr:
        "grep: invalid option -- 'k'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      status: 2),
    Case(
      "echo x | grep --foo x", "",
      stderr:
        "grep: unrecognized option '--foo'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      status: 2),
    Case(
      "echo x | grep -e", "",
      stderr:
        "grep: option requires an argument -- 'e'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      status: 2),
    Case("echo ']a' | grep '[]]a'", "]a\n"),
    Case("echo aa | grep -o 'a**'", "aa\n"),
    Case("echo aaa | grep -o 'a\\{2\\}'", "aa\n"),
    Case("echo 'a{1' | grep -E 'a{1'", "a{1\n"),
    Case("echo 'a+b' | grep 'a+b'", "a+b\n"),
    Case("echo aab | grep -o 'a\\+b'", "aab\n"),
    Case("echo ab | grep -o 'a\\|b'", "a\nb\n"),
    Case("echo 'a|b' | grep -o 'a|b'", "a|b\n"),
    Case("echo '*a' | grep -o '*a'", "*a\n"),
    Case("echo a.b | grep -F .", "a.b\n"),
    Case("echo x | grep -E '(|a)'", "x\n"),
    Case("echo x | grep '\\(\\)'", "x\n"),
    Case("echo ab | grep -o -E 'a|ab'", "ab\n"),
    Case("echo x | grep -E 'a**'", "x\n"),
    Case("echo xyz | grep -x xyz", "xyz\n"),
    Case("echo x | grep -q x", ""),
    Case("printf_lines a b | grep -c ''", "2\n"),
    Case("grep -c x", "0\n", status: 1),
    Case("echo abcabc | grep -o b", "b\nb\n"),
    Case("printf_lines abc xbz | grep -n b", "1:abc\n2:xbz\n"),
    Case("printf_lines 'foo bar' foobar | grep -w foo", "foo bar\n"),
    Case("printf_lines 'foo bar' foobar | grep -ow 'o*'", "", status: 1),
    Case("echo aXa | grep -io x", "X\n"),
    Case("echo 'foo_bar baz' | grep -ow '\\w*'", "foo_bar\nbaz\n"),
    Case("echo x | grep -e a -e x", "x\n"),
    Case(
      "echo x | grep x - nofile", "(standard input):x\n", stderr: "grep: nofile: No such file or directory\n", status: 2
    ),
    Case("echo xa | grep -c -v a", "0\n", status: 1),
    Case("echo ab | grep -q a nofile", "", stderr: "grep: nofile: No such file or directory\n", status: 2),
    Case("echo -e 'a\\0b' | grep a", "grep: (standard input): binary file matches\n"),
    Case("printf_lines S3 s3 x | grep -i s3", "S3\ns3\n"),
    Case("printf_lines 10.0.11.5 10x0 | grep -E '^10\\.0\\.[0-9]+\\.[0-9]+$'", "10.0.11.5\n"),
    Case("printf_lines ab cd | grep -v '^a'", "cd\n"),
    Case("printf_lines 'vpce-1 pl-7' x | grep -oE '(vpce|pl)-[0-9a-f]+'", "vpce-1\npl-7\n"),
  ]

  static let text: [Case] = [
    Case("echo hello world | wc", "      1       2      12\n"),
    Case("echo hello world | wc -l", "1\n"),
    Case("echo hello world | wc -lw", "      1       2\n"),
    Case("echo hello world | wc -c", "12\n"),
    Case("wc", "      0       0       0\n"),
    Case("echo -n 'a b' | wc", "      0       2       3\n"),
    Case("echo héllo | wc -c", "7\n"),
    Case("echo héllo | wc -m", "6\n"),
    Case("echo x | wc -L", "1\n"),
    Case("echo x | wc -", "      1       1       2 -\n"),
    Case("echo x | wc -z", "", stderr: "wc: invalid option -- 'z'\nTry 'wc --help' for more information.\n", status: 1),
    Case("wc nofile", "", stderr: "wc: nofile: No such file or directory\n", status: 1),
    Case("seq5 | head -n 2", "1\n2\n"),
    Case("seq5 | head -2", "1\n2\n"),
    Case("seq5 | head -n -2", "1\n2\n3\n"),
    Case("seq5 | head -n0", ""),
    Case("seq5 | head -n x", "", stderr: "head: invalid number of lines: ‘x’\n", status: 1),
    Case("seq5 | head -c 3", "1\n2"),
    Case("seq5 | tail -n +3", "3\n4\n5\n"),
    Case("seq5 | tail -2", "4\n5\n"),
    Case("seq5 | tail -n +0", "1\n2\n3\n4\n5\n"),
    Case("seq5 | tail -n x", "", stderr: "tail: invalid number of lines: ‘x’\n", status: 1),
    Case("seq5 | tail -n 2x", "", stderr: "tail: invalid number of lines: ‘2x’\n", status: 1),
    Case("echo -ne 'a\\nb' | tail -n 1", "b"),
    Case("echo -ne 'a\\nb' | head -n 1", "a\n"),
    Case("head nofile", "", stderr: "head: cannot open ‘nofile’ for reading: No such file or directory\n", status: 1),
    Case("tail nofile", "", stderr: "tail: cannot open ‘nofile’ for reading: No such file or directory\n", status: 1),
    Case("printf_lines a a b a | uniq -c", "      2 a\n      1 b\n      1 a\n"),
    Case("echo -ne 'a\\na\\nb\\na' | uniq", "a\nb\na\n"),
    Case(
      "echo a | uniq -x", "", stderr: "uniq: invalid option -- 'x'\nTry 'uniq --help' for more information.\n",
      status: 1),
    Case("uniq nofile", "", stderr: "uniq: nofile: No such file or directory\n", status: 1),
    Case("printf_lines 10 9 x -1 ' 5' | sort -n", "-1\nx\n 5\n9\n10\n"),
    Case("printf_lines b B a _c | sort", "B\n_c\na\nb\n"),
    Case("printf_lines 1 01 1 | sort -nu", "1\n"),
    Case("printf_lines b a | sort -r", "b\na\n"),
    Case("printf_lines 'a 2' 'b 1' | sort -k 2", "b 1\na 2\n"),
    Case("echo -n a | sort", "a\n"),
    Case("sort nofile", "", stderr: "sort: cannot read: nofile: No such file or directory\n", status: 2),
  ]

  static let json = #"{"b":[{"n":"x","v":1},{"n":"y","v":2.5}],"a":"s\"q","é":null}"#

  static let jq: [Case] = [
    Case(
      "echo 'hello world' | jq .", "", stderr: "parse error: Invalid numeric literal at line 1, column 6\n", status: 4),
    Case("echo hello | jq .", "", stderr: "parse error: Invalid numeric literal at line 2, column 0\n", status: 4),
    Case(
      #"echo '{"a":1' | jq ."#, "", stderr: "parse error: Unfinished JSON term at EOF at line 2, column 0\n", status: 4),
    Case(#"echo '{"a":1]' | jq ."#, "", stderr: "parse error: Unmatched ']' at line 1, column 7\n", status: 4),
    Case(
      "echo '[1,]' | jq .", "", stderr: "parse error: Expected another array element at line 1, column 4\n", status: 4),
    Case(
      #"echo '{"a" 1}' | jq ."#, "", stderr: "parse error: Expected separator between values at line 1, column 7\n",
      status: 4),
    Case("echo '1 2 [3]' | jq -c .", "1\n2\n[3]\n"),
    Case("jq .", ""),
    Case("echo tru | jq .", "", stderr: "parse error: Invalid literal at line 2, column 0\n", status: 4),
    Case("echo nul | jq .", "", stderr: "parse error: Invalid numeric literal at line 2, column 0\n", status: 4),
    Case("echo nulx | jq .", "", stderr: "parse error: Invalid literal at line 2, column 0\n", status: 4),
    Case("echo nan | jq .", "null\n"),
    Case(#"echo '"abc' | jq ."#, "", stderr: "parse error: Unfinished string at EOF at line 2, column 0\n", status: 4),
    Case("echo '{a:1}' | jq .", "", stderr: "parse error: Invalid numeric literal at line 1, column 3\n", status: 4),
    Case("echo '}' | jq .", "", stderr: "parse error: Unmatched '}' at line 1, column 1\n", status: 4),
    Case(
      "echo '[1 2]' | jq .", "", stderr: "parse error: Expected separator between values at line 1, column 5\n",
      status: 4),
    Case(
      #"echo '{"a":1,}' | jq ."#, "", stderr: "parse error: Expected another key-value pair at line 1, column 8\n",
      status: 4),
    Case(
      "echo '{1:2}' | jq .", "", stderr: "parse error: Object keys must be strings at line 1, column 3\n", status: 4),
    Case(
      "echo '[1:2]' | jq .", "", stderr: "parse error: ':' not as part of an object at line 1, column 3\n", status: 4),
    Case("echo , | jq .", "", stderr: "parse error: Expected value before ',' at line 1, column 1\n", status: 4),
    Case("echo '[,1]' | jq .", "", stderr: "parse error: Expected value before ',' at line 1, column 2\n", status: 4),
    Case(
      #"echo '{"a"}' | jq ."#, "", stderr: "parse error: Objects must consist of key:value pairs at line 1, column 5\n",
      status: 4),
    Case(#"echo '"a\q"' | jq ."#, "", stderr: "parse error: Invalid escape at line 1, column 5\n", status: 4),
    Case("echo '1.0 1e3 100000000000000000000 1.5 -0 0.1' | jq -c .", "1\n1000\n1e+20\n1.5\n-0\n0.1\n"),
    Case(
      #"echo '{"a":[1,{"b":null}],"c":"x"}' | jq ."#,
      "{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    }\n  ],\n  \"c\": \"x\"\n}\n"),
    Case(
      "echo '[]' | jq .a", "", stderr: "jq: error (at <stdin>:1): Cannot index array with string \"a\"\n", status: 5),
    Case("echo '{}' | jq '.[0]'", "", stderr: "jq: error (at <stdin>:1): Cannot index object with number\n", status: 5),
    Case("echo 5 | jq '.[]'", "", stderr: "jq: error (at <stdin>:1): Cannot iterate over number (5)\n", status: 5),
    Case(
      #"echo '{"a":5}' | jq .a.b"#, "", stderr: "jq: error (at <stdin>:1): Cannot index number with string \"b\"\n",
      status: 5),
    Case(
      "echo 1 | jq '.a |'", "",
      stderr:
        "jq: error: syntax error, unexpected $end (Unix shell quoting issues?) at <top-level>, line 1:\n.a |   \njq: 1 compile error\n",
      status: 3),
    Case(
      "echo 1 | jq '|'", "",
      stderr:
        "jq: error: syntax error, unexpected '|', expecting $end (Unix shell quoting issues?) at <top-level>, line 1:\n|\njq: 1 compile error\n",
      status: 3),
    Case(
      "echo 1 | jq '.['", "",
      stderr:
        "jq: error: syntax error, unexpected $end (Unix shell quoting issues?) at <top-level>, line 1:\n.[ \njq: 1 compile error\n",
      status: 3),
    Case(
      "echo 1 | jq '.a]'", "",
      stderr:
        "jq: error: syntax error, unexpected INVALID_CHARACTER, expecting $end (Unix shell quoting issues?) at <top-level>, line 1:\n.a]  \njq: 1 compile error\n",
      status: 3),
    Case(
      "echo 1 | jq '.[]]'", "",
      stderr:
        "jq: error: syntax error, unexpected INVALID_CHARACTER, expecting $end (Unix shell quoting issues?) at <top-level>, line 1:\n.[]]   \njq: 1 compile error\n",
      status: 3),
    Case(
      "echo 1 | jq ',.'", "",
      stderr:
        "jq: error: syntax error, unexpected ',', expecting $end (Unix shell quoting issues?) at <top-level>, line 1:\n,.\njq: 1 compile error\n",
      status: 3),
    Case(
      "echo 1 | jq '..a'", "",
      stderr:
        "jq: error: syntax error, unexpected IDENT, expecting $end (Unix shell quoting issues?) at <top-level>, line 1:\n..a  \njq: 1 compile error\n",
      status: 3),
    Case(
      "echo 1 | jq 'select(.a ==)'", "",
      stderr:
        "jq: error: syntax error, unexpected ')' (Unix shell quoting issues?) at <top-level>, line 1:\nselect(.a ==)            \njq: 1 compile error\n",
      status: 3),
    Case(
      #"echo 1 | jq '"abc'"#, "",
      stderr:
        "jq: error: syntax error, unexpected $end, expecting QQSTRING_TEXT or QQSTRING_INTERP_START or QQSTRING_END (Unix shell quoting issues?) at <top-level>, line 1:\n\"abc \njq: 1 compile error\n",
      status: 3),
    Case(
      "echo 1 | jq '.a b'", "",
      stderr:
        "jq: error: syntax error, unexpected IDENT, expecting $end (Unix shell quoting issues?) at <top-level>, line 1:\n.a b   \njq: 1 compile error\n",
      status: 3),
    Case(
      "echo 1 | jq '@'", "",
      stderr:
        "jq: error: syntax error, unexpected INVALID_CHARACTER, expecting $end (Unix shell quoting issues?) at <top-level>, line 1:\n@\njq: 1 compile error\n",
      status: 3),
    Case(
      "echo 1 | jq foo", "",
      stderr: "jq: error: foo/0 is not defined at <top-level>, line 1:\nfoo\njq: 1 compile error\n", status: 3),
    Case(
      "echo 1 | jq 'keys(1)'", "",
      stderr: "jq: error: keys/1 is not defined at <top-level>, line 1:\nkeys(1)\njq: 1 compile error\n", status: 3),
    Case(
      "echo 1 | jq '$x'", "", stderr: "jq: error: $x is not defined at <top-level>, line 1:\n$x\njq: 1 compile error\n",
      status: 3),
    Case("echo 1 | jq", "1\n"),
    Case(
      "echo 1 | jq -z .", "",
      stderr:
        "jq: Unknown option -z\nUse jq --help for help with command-line options,\nor see the jq manpage, or online docs  at https://stedolan.github.io/jq\n",
      status: 2),
    Case("jq . nofile", "", stderr: "jq: error: Could not open file nofile: No such file or directory\n", status: 2),
    Case("echo \"$J\" | jq -r .a", "s\"q\n"),
    Case("echo \"$J\" | jq .a", "\"s\\\"q\"\n"),
    Case("echo \"$J\" | jq -c keys", "[\"a\",\"b\",\"é\"]\n"),
    Case("echo \"$J\" | jq keys", "[\n  \"a\",\n  \"b\",\n  \"é\"\n]\n"),
    Case("echo \"$J\" | jq '.b[].n'", "\"x\"\n\"y\"\n"),
    Case("echo \"$J\" | jq -r '.b[] | .n, .v'", "x\n1\ny\n2.5\n"),
    Case("echo \"$J\" | jq -c '.b[] | select(.n == \"y\")'", "{\"n\":\"y\",\"v\":2.5}\n"),
    Case("echo \"$J\" | jq '.b | length'", "2\n"),
    Case("echo \"$J\" | jq '.a | length'", "3\n"),
    Case("echo \"$J\" | jq '.x | length'", "0\n"),
    Case("echo \"$J\" | jq '.b[-1].v'", "2.5\n"),
    Case("echo \"$J\" | jq '.b[5]'", "null\n"),
    Case("echo \"$J\" | jq '.\"é\"'", "null\n"),
    Case("echo \"$J\" | jq '.[\"a\"]'", "\"s\\\"q\"\n"),
    Case("echo true | jq length", "", stderr: "jq: error (at <stdin>:1): boolean (true) has no length\n", status: 5),
    Case("echo ' -5.5' | jq length", "5.5\n"),
    Case("echo '[1]' | jq keys", "[\n  0\n]\n"),
    Case("echo 1 | jq keys", "", stderr: "jq: error (at <stdin>:1): number (1) has no keys\n", status: 5),
    Case(
      "echo \"$J\" | jq -r .b",
      "[\n  {\n    \"n\": \"x\",\n    \"v\": 1\n  },\n  {\n    \"n\": \"y\",\n    \"v\": 2.5\n  }\n]\n"),
    Case("echo '[\"a\",1,null]' | jq -r '.[]'", "a\n1\nnull\n"),
    Case(
      "echo \"$J\" | jq '.b[].n.x'", "", stderr: "jq: error (at <stdin>:1): Cannot index string with string \"x\"\n",
      status: 5),
    Case("echo \"$J\" | jq .x.y", "null\n"),
    Case(
      "echo \"$J\" | jq '.x[]'", "", stderr: "jq: error (at <stdin>:1): Cannot iterate over null (null)\n", status: 5),
    Case("echo '{\"a\":1}' | jq '.a, .b, .'", "1\nnull\n{\n  \"a\": 1\n}\n"),
    Case(
      "echo '\"x\"' | jq '.[0]'", "", stderr: "jq: error (at <stdin>:1): Cannot index string with number\n", status: 5),
    Case(
      "echo -n '\"abcdefghijklmnopqrstuvwxyz\"' | jq '.[]'", "",
      stderr: "jq: error (at <stdin>:0): Cannot iterate over string (\"abcdefghij...)\n", status: 5),
    Case(
      "echo -n '1 [2] 3' | jq '.[0]'", "2\n",
      stderr:
        "jq: error (at <stdin>:0): Cannot index number with number\njq: error (at <stdin>:0): Cannot index number with number\n",
      status: 5),
    Case("echo '{\"a\":1}' | jq -rc .", "{\"a\":1}\n"),
  ]

  @Test(arguments: grep + text + jq) func output(_ testCase: Case) throws {
    // Helpers standing in for printf and seq, which the lab shell does not have.
    let helpers = CommandTable([
      "printf_lines": { invocation, _ in .output(invocation.arguments.map { $0 + "\n" }.joined()) },
      "seq5": { _, _ in .output("1\n2\n3\n4\n5\n") },
    ])
    var shell = try ShellHarness(extra: helpers)
    shell.state.variables["J"] = FilterTests.json
    let result = shell.run(testCase.line)
    #expect(result.stdout == testCase.stdout)
    #expect(result.stderr == testCase.stderr)
    #expect(result.status == testCase.status)
  }

  @Test func jqUsageWhenTypedAlone() throws {
    var shell = try ShellHarness()
    let result = shell.run("jq")
    #expect(result.status == 2)
    #expect(
      result.stderr.hasPrefix(
        "jq - commandline JSON processor [version 1.6]\n\nUsage:\tjq [options] <jq filter> [file...]\n"))
    #expect(result.stderr.hasSuffix("For a listing of options, use jq --help.\n"))
  }

  @Test func deepNestingIsRefusedNotACrash() throws {
    var shell = try ShellHarness()
    // jq 1.6: `python3 -c "print('['*300)" | jq .` → depth limit at the 257th bracket.
    shell.state.variables["D"] = String(repeating: "[", count: 300)
    let parse = shell.run("echo $D | jq .")
    #expect(parse.stderr == "parse error: Exceeds depth limit for parsing at line 1, column 257\n")
    #expect(parse.status == 4)
    shell.state.variables["P"] = String(repeating: "(", count: 3000) + "." + String(repeating: ")", count: 3000)
    let program = shell.run("echo 1 | jq \"$P\"")
    #expect(program.status == 3)
    #expect(program.stderr.hasSuffix(": not available in this lab shell\njq: 1 compile error\n"))
    shell.state.variables["G"] = String(repeating: "(", count: 3000)
    let regex = shell.run("echo x | grep -E \"$G\"")
    #expect(regex.stderr == "grep: groups or repetitions nested more than 200 deep: not available in this lab shell\n")
    #expect(regex.status == 2)
  }

  @Test func grepIsLinearOnPathologicalPatterns() throws {
    var shell = try ShellHarness()
    shell.state.variables["L"] = String(repeating: "a", count: 5000)
    let result = shell.run("echo $L | grep -cE '(a*)*(a|aa)*b'")
    #expect(result.stdout == "0\n")
    #expect(result.status == 1)
  }
}
