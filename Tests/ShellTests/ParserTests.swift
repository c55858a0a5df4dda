import Testing

@testable import Shell

@Suite struct ParserTests {
  private func words(_ line: String) throws -> [[WordPart]] {
    let parsed = try LineParser.parse(line).get()
    return parsed.items.flatMap { $0.pipeline.commands.flatMap { ($0.simple?.words ?? []).map(\.parts) } }
  }

  struct WordCase: CustomTestStringConvertible, Sendable {
    let line: String
    let parts: [[WordPart]]
    var testDescription: String { line }
  }

  static let wordCases: [WordCase] = [
    .init(
      line: "echo a  b",
      parts: [[.literal("echo", quoted: false)], [.literal("a", quoted: false)], [.literal("b", quoted: false)]]),
    .init(line: "echo 'a b'", parts: [[.literal("echo", quoted: false)], [.literal("a b", quoted: true)]]),
    .init(line: "x ''", parts: [[.literal("x", quoted: false)], [.literal("", quoted: true)]]),
    .init(
      line: #"x "a\"b\\c\$d\`e\f""#, parts: [[.literal("x", quoted: false)], [.literal(#"a"b\c$d`e\f"#, quoted: true)]]),
    .init(
      line: #"x a\ b\"c"#,
      parts: [
        [.literal("x", quoted: false)],
        [
          .literal("a", quoted: false), .literal(" ", quoted: true), .literal("b", quoted: false),
          .literal("\"", quoted: true), .literal("c", quoted: false),
        ],
      ]),
    .init(line: #"x \"#, parts: [[.literal("x", quoted: false)], [.literal("\\", quoted: true)]]),
    .init(
      line: "x $A ${B} $? \"$C\"",
      parts: [
        [.literal("x", quoted: false)], [.parameter("A", quoted: false)], [.parameter("B", quoted: false)],
        [.parameter("?", quoted: false)], [.literal("", quoted: true), .parameter("C", quoted: true)],
      ]),
    .init(
      line: "x $ a$",
      parts: [[.literal("x", quoted: false)], [.literal("$", quoted: false)], [.literal("a$", quoted: false)]]),
    .init(
      line: "x $1x",
      parts: [[.literal("x", quoted: false)], [.parameter("1", quoted: false), .literal("x", quoted: false)]]),
    .init(line: "x ${A B}", parts: [[.literal("x", quoted: false)], [.badSubstitution("${A B}")]]),
    // What bash's brace expansion leaves alone: no comma or sequence inside, or the braces quoted.
    .init(
      line: "x {} {a} x{y {1..} '{1..3}'",
      parts: [
        [.literal("x", quoted: false)], [.literal("{}", quoted: false)], [.literal("{a}", quoted: false)],
        [.literal("x{y", quoted: false)], [.literal("{1..}", quoted: false)], [.literal("{1..3}", quoted: true)],
      ]),
    .init(
      line: "x ~ ~/d ~u a~",
      parts: [
        [.literal("x", quoted: false)], [.tilde("")], [.tilde(""), .literal("/d", quoted: false)],
        [.tilde("u")], [.literal("a~", quoted: false)],
      ]),
    .init(line: "echo a#b # comment", parts: [[.literal("echo", quoted: false)], [.literal("a#b", quoted: false)]]),
    .init(
      line: "echo \\#a",
      parts: [[.literal("echo", quoted: false)], [.literal("#", quoted: true), .literal("a", quoted: false)]]),
    .init(line: "x $\"t\"", parts: [[.literal("x", quoted: false)], [.literal("t", quoted: true)]]),
    .init(
      line: "x \"é中\"😀",
      parts: [[.literal("x", quoted: false)], [.literal("é中", quoted: true), .literal("😀", quoted: false)]]),
  ]

  @Test(arguments: wordCases) func words(_ testCase: WordCase) throws {
    #expect(try words(testCase.line) == testCase.parts)
  }

  @Test func operatorsBuildTheList() throws {
    let parsed = try LineParser.parse("a | b && c || d; e").get()
    #expect(parsed.items.map(\.connector) == [.sequence, .and, .or, .sequence])
    #expect(parsed.items[0].pipeline.commands.count == 2)
    #expect(parsed.items.map { $0.pipeline.commands.count } == [2, 1, 1, 1])
  }

  @Test func blankLinesAndCommentsAreEmpty() throws {
    for line in ["", "   ", "\t", "# just a comment", "  # x | y"] {
      #expect(try LineParser.parse(line).get().items.isEmpty, "\(line)")
    }
  }

  @Test func assignmentsLeadTheCommand() throws {
    let command = try LineParser.parse("A=1 B='x y' env C=3").get().items[0].pipeline.commands[0].simple!
    #expect(
      command.assignments == [
        Assignment(name: "A", value: ShellWord([.literal("1", quoted: false)])),
        Assignment(name: "B", value: ShellWord([.literal("x y", quoted: true)])),
      ])
    #expect(command.words == [.plain("env"), .plain("C=3")])
    let quoted = try LineParser.parse("'A=1'").get().items[0].pipeline.commands[0].simple!
    #expect(quoted.assignments.isEmpty)
    let invalid = try LineParser.parse("1A=2").get().items[0].pipeline.commands[0].simple!
    #expect(invalid.assignments.isEmpty && invalid.words == [.plain("1A=2")])
  }

  /// The first "=" splits an assignment, in ASCII words (searched at their bytes) and in others
  /// (searched at their characters) alike.
  @Test(arguments: [
    ("A= env", "A", ""), ("A==b env", "A", "=b"), ("A=b=c env", "A", "b=c"), ("A=é env", "A", "é"),
    ("A=한국 env", "A", "한국"), ("_x9=1 env", "_x9", "1"),
  ])
  func theFirstEqualsSignSplitsAnAssignment(line: String, name: String, value: String) throws {
    let command = try LineParser.parse(line).get().items[0].pipeline.commands[0].simple!
    let parts: [WordPart] = value.isEmpty ? [] : [.literal(value, quoted: false)]
    #expect(command.assignments == [Assignment(name: name, value: ShellWord(parts))])
    #expect(command.words == [.plain("env")])
  }

  @Test(arguments: ["é=1", "A-b=1", "=1", "한=1"])
  func aWordWhoseNameIsNotANameIsNoAssignment(word: String) throws {
    let command = try LineParser.parse(word).get().items[0].pipeline.commands[0].simple!
    #expect(command.assignments.isEmpty)
    #expect(command.words == [.plain(word)])
  }

  @Test func negation() throws {
    let parsed = try LineParser.parse("! false").get()
    #expect(parsed.items[0].pipeline.negated)
  }

  struct RefusalCase: CustomTestStringConvertible, Sendable {
    let line: String
    let error: ShellSyntaxError
    var testDescription: String { line }
  }

  static let refusals: [RefusalCase] = [
    .init(line: "echo {1..3}", error: .notAvailable("brace expansion ({a,b}, {1..3})")),
    .init(line: "for i in {a..e..2}; do echo $i; done", error: .notAvailable("brace expansion ({a,b}, {1..3})")),
    .init(line: "cp p.json{,.bak}", error: .notAvailable("brace expansion ({a,b}, {1..3})")),
    .init(line: "echo x{a,{b}}y", error: .notAvailable("brace expansion ({a,b}, {1..3})")),
    .init(line: "X={a,b}:~/x", error: .notAvailable("brace expansion ({a,b}, {1..3})")),
    .init(line: "echo $((1+2))", error: .notAvailable("arithmetic expansion")),
    .init(line: "echo $[1+2]", error: .notAvailable("arithmetic expansion")),
    .init(line: "((x=1))", error: .notAvailable("arithmetic command ((( … )))")),
    .init(line: "diff <(ls) x", error: .notAvailable("process substitution")),
    .init(line: "tee >(ls)", error: .notAvailable("process substitution")),
    .init(line: "sleep 5 &", error: .notAvailable("background job (&)")),
    .init(line: "sleep 5 & ls", error: .notAvailable("background job (&)")),
    .init(line: "echo $'a\\n'", error: .notAvailable("ANSI-C quoting ($'…')")),
    .init(
      line: "echo ${A:=x}",
      error: .notAvailable("parameter expansion operators that assign or fail (${NAME:=…}, ${NAME:?…})")),
    .init(line: "echo ${!A}", error: .notAvailable("indirect expansion (${!…})")),
    .init(line: "f() { ls; }", error: .notAvailable("function definition")),
    .init(line: "[[ -n x ]]", error: .notAvailable("conditional command ([[ … ]])")),
    // Verified with `bash -c` (bash 5.2.15): the wording after the prefix.
    .init(line: "echo 'abc", error: .unterminated("'")),
    .init(line: "echo \"abc", error: .unterminated("\"")),
    .init(line: "echo ${A", error: .unterminated("}")),
    .init(line: "&& ls", error: .unexpectedToken("&&")),
    .init(line: "|| ls", error: .unexpectedToken("||")),
    .init(line: "; ls", error: .unexpectedToken(";")),
    .init(line: "|", error: .unexpectedToken("|")),
    .init(line: "ls;;", error: .unexpectedToken(";;")),
    .init(line: "ls && && ls", error: .unexpectedToken("&&")),
    .init(line: "ls | | ls", error: .unexpectedToken("|")),
    .init(line: "echo a ; ; echo b", error: .unexpectedToken(";")),
    .init(line: ")", error: .unexpectedToken(")")),
    .init(line: "echo )", error: .unexpectedToken(")")),
    .init(line: "then ls", error: .unexpectedToken("then")),
    .init(line: "ls |", error: .unexpectedEndOfFile),
    .init(line: "ls &&", error: .unexpectedEndOfFile),
    .init(line: "ls ||", error: .unexpectedEndOfFile),
    // The first problem from the left wins, as in bash.
    .init(line: "&& echo $(ls)", error: .unexpectedToken("&&")),
    .init(line: "echo $(ls) &&", error: .unexpectedEndOfFile),
  ]

  @Test(arguments: refusals) func refusedLines(_ testCase: RefusalCase) {
    #expect(LineParser.parse(testCase.line) == .failure(testCase.error))
  }

  @Test func quotedOperatorsAreWords() throws {
    #expect(
      try words("echo '$(ls)' \"a|b\" '>' \\& \\;") == [
        [.literal("echo", quoted: false)], [.literal("$(ls)", quoted: true)], [.literal("a|b", quoted: true)],
        [.literal(">", quoted: true)], [.literal("&", quoted: true)], [.literal(";", quoted: true)],
      ])
  }

  @Test func messagesMatchInteractiveBash() {
    // bash 5.2 interactive (`bash -i`) prints these after `bash: `; a login shell says `-bash: `.
    #expect(ShellSyntaxError.unterminated("'").message == "-bash: unexpected EOF while looking for matching `''\n")
    #expect(ShellSyntaxError.unterminated("\"").message == "-bash: unexpected EOF while looking for matching `\"'\n")
    #expect(ShellSyntaxError.unexpectedToken("&&").message == "-bash: syntax error near unexpected token `&&'\n")
    #expect(ShellSyntaxError.unexpectedEndOfFile.message == "-bash: syntax error: unexpected end of file\n")
    #expect(
      ShellSyntaxError.notAvailable("redirection").message == "-bash: redirection: not available in this lab shell\n")
  }
}
