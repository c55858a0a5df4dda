import Foundation
import Testing

/// Who a new workspace records as its author, through the built binary: piped starts never wait
/// for input; a start on a terminal asks once and keeps the answer.
@Suite struct StartIdentityTests {
  /// A course with the probe lab and an empty home folder (no git identity, nothing saved).
  struct Setup {
    let course: TempCourse
    var home: String { course.path("home") }
    var saved: String { home + "/.config/labrun/identity" }
    var environment: [String: String] { ["HOME": home, "USER": "pat", "XDG_CONFIG_HOME": ""] }

    init(_ name: String) throws {
      course = try TempCourse(name)
      try course.addProbe()
      try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    func write(_ text: String, toHome relative: String) throws { try course.write(text, to: "home/" + relative) }

    func start(_ workspace: String, learner: String? = nil, input: String = "hostname\n") throws -> LabrunProcess.Result
    {
      try LabrunProcess.run(
        ["start", "probe", "--workspace", course.path(workspace), "--labs", course.labs.path]
          + (learner.map { ["--learner", $0] } ?? []),
        environment: environment, input: input)
    }

    func author(_ workspace: String) throws -> String {
      try GitCLI.run(["log", "-1", "--format=%an <%ae>"], in: course.path(workspace))
    }
  }

  static func note(_ home: String) -> String {
    "labrun: note: no --learner, no git identity and nothing saved in \(home)/.config/labrun/identity, so your history "
      + "records you as pat <pat@localhost>; give --learner \"Name <email>\" or set git's user.name and user.email.\n"
  }

  @Test func pipedWithNoIdentityUsesTheLoginNameAndSaysSoOnce() throws {
    let setup = try Setup("identity-none")
    defer { setup.course.remove() }
    let result = try setup.start("ws")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stderr == Self.note(setup.home))
    #expect(try setup.author("ws") == "pat <pat@localhost>\n")
    // The first line of input is a command, not an answer to a question nobody saw.
    #expect(try GitCLI.history(setup.course.path("ws")).last == "V3 $ hostname  → 0|")
    #expect(!FileManager.default.fileExists(atPath: setup.saved))

    // Resuming needs no identity: no note.
    let resumed = try setup.start("ws")
    #expect(resumed.status == 0)
    #expect(resumed.stderr == "")
  }

  struct Source: CustomTestStringConvertible, Sendable {
    let name: String
    var learner: String?
    var gitConfig: String?
    var saved: String?
    let author: String
    var testDescription: String { name }
  }

  static let sources: [Source] = [
    Source(
      name: "the saved identity", saved: "Saved Person <saved@example.org>\n",
      author: "Saved Person <saved@example.org>"),
    Source(
      name: "git before the saved one", gitConfig: "[user]\n\tname = Git Person\n\temail = git@example.org\n",
      saved: "Saved Person <saved@example.org>\n", author: "Git Person <git@example.org>"),
    Source(
      name: "--learner before both", learner: "Opt Person <opt@example.org>",
      gitConfig: "[user]\n\tname = Git Person\n\temail = git@example.org\n",
      saved: "Saved Person <saved@example.org>\n",
      author: "Opt Person <opt@example.org>"),
  ]

  @Test(arguments: sources)
  func pipedStartsTakeTheFirstIdentityThereIs(_ source: Source) throws {
    let setup = try Setup("identity-source")
    defer { setup.course.remove() }
    if let config = source.gitConfig { try setup.write(config, toHome: ".gitconfig") }
    if let saved = source.saved { try setup.write(saved, toHome: ".config/labrun/identity") }
    let result = try setup.start("ws", learner: source.learner)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stderr == "")
    #expect(try setup.author("ws") == source.author + "\n")
  }

  // MARK: - On a terminal

  /// A Korean learner's first start asks in Korean, and says what is wrong with an answer in Korean.
  @Test func aKoreanTerminalStartAsksInKorean() throws {
    let setup = try Setup("identity-ask-ko")
    defer { setup.course.remove() }
    try setup.course.write(
      try String(contentsOfFile: GradeSupport.labsFolder + "/messages.ko.yaml", encoding: .utf8),
      to: "labs/messages.ko.yaml")
    let terminal = try TerminalLabrun(
      ["start", "probe", "--workspace", setup.course.path("ws"), "--labs", setup.course.labs.path, "--lang", "ko"],
      environment: setup.environment)
    #expect(terminal.type("김지우\n", after: "이름: "))
    #expect(terminal.type("jiwoo@\n", after: "이메일: "))
    #expect(
      terminal.type(
        "jiwoo@example.org\n", after: "'jiwoo@'은(는) ada@example.org 같은 이메일 주소가 아닙니다. 다시 입력하세요.\r\n이메일: "))
    #expect(terminal.type("exit\n", after: ProbeLab.v3Prompt))
    let result = terminal.finish()
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("이름과 이메일은 진행 기록의 git 작성자로 남습니다."))
    #expect(result.stdout.contains("\(setup.saved)에 저장했습니다. 다음부터는 묻지 않습니다.\r\n"))
    #expect(try setup.author("ws") == "김지우 <jiwoo@example.org>\n")
  }

  @Test func aTerminalStartAsksOnceAndLaterStartsUseTheAnswer() throws {
    let setup = try Setup("identity-ask")
    defer { setup.course.remove() }
    let terminal = try TerminalLabrun(
      ["start", "probe", "--workspace", setup.course.path("ws"), "--labs", setup.course.labs.path],
      environment: setup.environment)
    #expect(terminal.type("Ada Lovelace\n", after: "Name: "))
    #expect(terminal.type("ada@\n", after: "Email: "))
    #expect(terminal.type("ada@example.org\n", after: "please type it again.\r\nEmail: "))
    #expect(terminal.type("exit\n", after: ProbeLab.v3Prompt))
    let result = terminal.finish()
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stderr == "")
    #expect(result.stdout.contains("Saved in \(setup.saved); labrun will not ask again.\r\n"))
    #expect(try String(contentsOfFile: setup.saved, encoding: .utf8) == "Ada Lovelace <ada@example.org>\n")
    #expect(try setup.author("ws") == "Ada Lovelace <ada@example.org>\n")

    // A piped start of another lab uses it without a word.
    let piped = try setup.start("ws2")
    #expect(piped.stderr == "")
    #expect(try setup.author("ws2") == "Ada Lovelace <ada@example.org>\n")
  }

  @Test func ctrlDAtTheQuestionGivesUpWithAUsageError() throws {
    let setup = try Setup("identity-eof")
    defer { setup.course.remove() }
    let terminal = try TerminalLabrun(
      ["start", "probe", "--workspace", setup.course.path("ws"), "--labs", setup.course.labs.path],
      environment: setup.environment)
    #expect(terminal.type("Ada Lovelace\n", after: "Name: "))
    #expect(terminal.type("\u{4}", after: "Email: "))
    let result = terminal.finish()
    #expect(result.status == 64)
    #expect(
      result.stderr
        == "labrun: error: no name and email given, so no workspace was made; start again and answer, or give --learner \"Name <email>\".\n"
    )
    #expect(!FileManager.default.fileExists(atPath: setup.course.path("ws")))
    #expect(!FileManager.default.fileExists(atPath: setup.saved))
  }
}
