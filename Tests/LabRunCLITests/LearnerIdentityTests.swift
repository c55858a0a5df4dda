import Foundation
import Testing

@testable import LabRunCLI

/// Who the learner is for a new workspace: `--learner`, git's identity, the saved one, asked once on a
/// terminal, else the login name with a note. The terminal's lines are fed here; the piped paths are
/// also tested end to end (EndToEndTests/LearnerIdentityTests).
@Suite struct LearnerIdentityTests {
  /// A home folder of its own, removed by the caller.
  final class Home {
    let path: String
    init() throws {
      path = FileManager.default.temporaryDirectory.appendingPathComponent("labrun-identity-\(UUID().uuidString)").path
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    var saved: String { path + "/.config/labrun/identity" }

    func write(_ text: String, to relative: String) throws {
      let file = path + "/" + relative
      try FileManager.default.createDirectory(
        atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: file, atomically: true, encoding: .utf8)
    }

    func read(_ file: String) -> String? { try? String(contentsOfFile: file, encoding: .utf8) }
  }

  /// A prompt fed `lines`, keeping what it wrote; it fails the test if it reads more than it was given.
  final class Terminal: @unchecked Sendable {
    var lines: [String]
    var written = ""
    var reads = 0
    init(_ lines: [String]) { self.lines = lines }

    var prompt: IdentityPrompt {
      IdentityPrompt(
        readLine: { [self] in
          reads += 1
          return lines.isEmpty ? nil : lines.removeFirst()
        },
        write: { [self] in written += $0 })
    }
  }

  static func intro(_ path: String) -> String {
    "Your name and email go into your progress history, as its git author. They are asked once and kept in \(path).\n"
  }

  // MARK: - Asking

  @Test func asksUntilBothAreGoodThenSavesAndSaysWhere() throws {
    let home = try Home()
    let terminal = Terminal(["", "  Ada Lovelace  ", "ada", "ada@example", "ada @example.org", " ada@example.org "])
    var notes: [String] = []
    let identity = try LearnerIdentity.resolve(
      option: nil, environment: [:], home: home.path, prompt: terminal.prompt, note: { notes.append($0) })
    #expect(identity == ("Ada Lovelace", "ada@example.org"))
    #expect(
      terminal.written == Self.intro(home.saved) + """
        Name: Please type your name (it may have spaces).
        Name: Email: 'ada' is not an email address such as ada@example.org; please type it again.
        Email: 'ada@example' is not an email address such as ada@example.org; please type it again.
        Email: 'ada @example.org' is not an email address such as ada@example.org; please type it again.
        Email: Saved in \(home.saved); labrun will not ask again.


        """)
    #expect(notes.isEmpty)
    #expect(home.read(home.saved) == "Ada Lovelace <ada@example.org>\n")

    // The next start uses what was saved and asks nothing.
    let later = Terminal([])
    let again = try LearnerIdentity.resolve(
      option: nil, environment: [:], home: home.path, prompt: later.prompt, note: { notes.append($0) })
    #expect(again == ("Ada Lovelace", "ada@example.org"))
    #expect(later.reads == 0)
    #expect(later.written == "")
    #expect(notes.isEmpty)
  }

  /// Ctrl-D (the end of input) gives up: a usage error, nothing saved, the cursor left on a new line.
  @Test(arguments: [[], ["Ada Lovelace"], ["", "Ada Lovelace", "not an email"]])
  func theEndOfInputGivesUp(lines: [String]) throws {
    let home = try Home()
    let terminal = Terminal(lines)
    let failure = #expect(throws: CLIFailure.self) {
      try LearnerIdentity.resolve(
        option: nil, environment: [:], home: home.path, prompt: terminal.prompt, note: { _ in })
    }
    #expect(
      failure
        == CLIFailure.usage(
          "no name and email given, so no workspace was made; start again and answer, or give --learner \"Name <email>\"."
        ))
    #expect(failure?.exitCode == 64)
    #expect(terminal.written.hasSuffix(": \n"))
    #expect(!FileManager.default.fileExists(atPath: home.saved))
  }

  @Test(
    arguments: [
      ("Ada Lovelace", nil), ("이순신", nil), ("O'Brien-Smith Jr.", nil),
      ("", "Please type your name (it may have spaces)."),
      ("Ada <ada@example.org>", "A name cannot hold < or > or control characters; please type it again."),
      ("Ada\u{7}", "A name cannot hold < or > or control characters; please type it again."),
    ] as [(String, String?)])
  func names(name: String, problem: String?) {
    #expect(IdentityPrompt.problem(withName: name) == problem)
  }

  @Test(arguments: [
    ("ada@example.org", true), ("a.b+tag@mail.example.co.kr", true),
    ("", false), ("ada", false), ("ada@", false), ("@example.org", false), ("ada@example", false),
    ("ada@@example.org", false), ("ada@example.org.", false), ("ada@.example.org", false), ("ada@example..org", false),
    ("ada lovelace@example.org", false), ("<ada@example.org>", false),
  ])
  func emails(email: String, good: Bool) {
    #expect((IdentityPrompt.problem(withEmail: email) == nil) == good)
  }

  // MARK: - In order: --learner, git, saved, asked, login name

  struct Source: CustomTestStringConvertible, Sendable {
    let name: String
    var option: String?
    var gitConfig: String?
    var saved: String?
    var interactive = false
    let expected: (String, String)
    /// What goes to standard error, with HOME for the home folder.
    var notes: [String] = []
    var testDescription: String { name }
  }

  static let git = "[core]\n\tbare = false\n[user]\n\tname = Git Person\n\temail = \"git@example.org\"\n"

  static let sources: [Source] = [
    Source(
      name: "--learner first", option: "Opt Person <opt@example.org>", gitConfig: git,
      saved: "Saved Person <saved@example.org>\n", interactive: true, expected: ("Opt Person", "opt@example.org")),
    Source(
      name: "then git", gitConfig: git, saved: "Saved Person <saved@example.org>\n", interactive: true,
      expected: ("Git Person", "git@example.org")),
    Source(
      name: "then the saved one", saved: "Saved Person <saved@example.org>\n",
      expected: ("Saved Person", "saved@example.org")),
    Source(
      name: "a git config with no email does not count", gitConfig: "[user]\n\tname = Half\n",
      saved: "Saved Person <saved@example.org>\n", expected: ("Saved Person", "saved@example.org")),
    Source(
      name: "piped with nothing: the login name, and a note", expected: ("pat", "pat@localhost"),
      notes: [
        "labrun: note: no --learner, no git identity and nothing saved in HOME/.config/labrun/identity, so your history records you as pat <pat@localhost>; give --learner \"Name <email>\" or set git's user.name and user.email."
      ]),
    Source(
      name: "a saved file that is not an identity is said and skipped", saved: "just a name\n",
      expected: ("pat", "pat@localhost"),
      notes: [
        "labrun: warning: HOME/.config/labrun/identity does not hold one line \"Name <email>\"; it is not used.",
        "labrun: note: no --learner, no git identity and nothing saved in HOME/.config/labrun/identity, so your history records you as pat <pat@localhost>; give --learner \"Name <email>\" or set git's user.name and user.email.",
      ]),
  ]

  @Test(arguments: sources)
  func theFirstSourceThatHasOneWins(_ source: Source) throws {
    let home = try Home()
    if let config = source.gitConfig { try home.write(config, to: ".gitconfig") }
    if let saved = source.saved { try home.write(saved, to: ".config/labrun/identity") }
    // A terminal that has nothing to say: reading it would end the start.
    let terminal = Terminal([])
    var notes: [String] = []
    let identity = try LearnerIdentity.resolve(
      option: source.option, environment: ["USER": "pat"], home: home.path,
      prompt: source.interactive ? terminal.prompt : nil, note: { notes.append($0) })
    #expect(identity == source.expected)
    #expect(notes.map { $0.replacingOccurrences(of: home.path, with: "HOME") } == source.notes)
    #expect(terminal.reads == 0)
    // Nothing asked, nothing saved.
    #expect(home.read(home.saved) == source.saved)
  }

  /// `XDG_CONFIG_HOME` moves both the saved identity and git's own file, as it moves git's.
  @Test func xdgConfigHomeIsWhereTheIdentityIsKept() throws {
    let home = try Home()
    let config = home.path + "/elsewhere"
    let environment = ["XDG_CONFIG_HOME": config]
    #expect(LearnerIdentity.savedPath(home: home.path, environment: environment) == config + "/labrun/identity")
    // A relative XDG_CONFIG_HOME is ignored, as the XDG spec says.
    #expect(LearnerIdentity.savedPath(home: home.path, environment: ["XDG_CONFIG_HOME": "rel"]) == home.saved)

    try home.write("[user]\n name = Xdg Git\n email = xdg@example.org\n", to: "elsewhere/git/config")
    let identity = try LearnerIdentity.resolve(
      option: nil, environment: environment, home: home.path, prompt: nil, note: { _ in })
    #expect(identity == ("Xdg Git", "xdg@example.org"))

    try FileManager.default.removeItem(atPath: config + "/git")
    let terminal = Terminal(["Ada", "ada@example.org"])
    _ = try LearnerIdentity.resolve(
      option: nil, environment: environment, home: home.path, prompt: terminal.prompt, note: { _ in })
    #expect(home.read(config + "/labrun/identity") == "Ada <ada@example.org>\n")
    #expect(!FileManager.default.fileExists(atPath: home.saved))
  }

  /// A bad saved file is replaced by what the learner types; the write leaves no temporary behind.
  @Test func askingReplacesABadSavedFile() throws {
    let home = try Home()
    try home.write("garbage\n", to: ".config/labrun/identity")
    let terminal = Terminal(["Ada", "ada@example.org"])
    var notes: [String] = []
    _ = try LearnerIdentity.resolve(
      option: nil, environment: [:], home: home.path, prompt: terminal.prompt, note: { notes.append($0) })
    #expect(notes == ["labrun: warning: \(home.saved) does not hold one line \"Name <email>\"; it is not used."])
    #expect(home.read(home.saved) == "Ada <ada@example.org>\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: home.path + "/.config/labrun") == ["identity"])
  }

  /// A folder that cannot be made is a warning: the start goes on with what was typed.
  @Test func aSaveThatFailsIsAWarning() throws {
    let home = try Home()
    try home.write("a file where the folder should be\n", to: ".config")
    let terminal = Terminal(["Ada", "ada@example.org"])
    var notes: [String] = []
    let identity = try LearnerIdentity.resolve(
      option: nil, environment: [:], home: home.path, prompt: terminal.prompt, note: { notes.append($0) })
    #expect(identity == ("Ada", "ada@example.org"))
    #expect(notes.count == 1)
    #expect(notes.first?.hasPrefix("labrun: warning: could not save your name and email in \(home.saved) (") == true)
    #expect(notes.first?.hasSuffix("); labrun will ask again next time.") == true)
  }
}
