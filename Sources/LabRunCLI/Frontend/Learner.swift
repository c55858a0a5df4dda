import Foundation
import Labs

#if canImport(Glibc)
  import Glibc
#endif

/// Who the learner is, for a new workspace's history.
///
/// In order: `--learner "Name <email>"`; else `user.name` and `user.email` from git's configuration;
/// else the identity saved in `$XDG_CONFIG_HOME/labrun/identity` (`~/.config/labrun/identity` without
/// `XDG_CONFIG_HOME`), one line `Name <email>`; else, on a terminal, labrun asks once and saves the
/// answer there. Input that is not a terminal is never read for it: the login name is used, and a
/// note on standard error says so.
enum LearnerIdentity {
  /// Parses `Name <email>`.
  static func parse(_ text: String) -> (name: String, email: String)? {
    guard let open = text.lastIndex(of: "<"), text.hasSuffix(">") else { return nil }
    let name = text[..<open].trimmingCharacters(in: .whitespaces)
    let email = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
    guard !name.isEmpty, email.contains("@"), !email.contains(" ") else { return nil }
    return (name, email)
  }

  /// `user.name` and `user.email` from the learner's git configuration files, read as text.
  static func fromGitConfig(home: String, environment: [String: String] = [:]) -> (name: String, email: String)? {
    for path in [home + "/.gitconfig", configFolder(home: home, environment: environment) + "/git/config"] {
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
      var section = ""
      var name: String?
      var email: String?
      for raw in text.split(separator: "\n") {
        let line = raw.trimmingCharacters(in: .whitespaces)
        if line.hasPrefix("[") {
          section = line.lowercased()
          continue
        }
        guard section == "[user]", let equals = line.firstIndex(of: "=") else { continue }
        let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
        let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
          .trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        if key == "name" { name = value }
        if key == "email" { email = value }
      }
      if let name, let email, !name.isEmpty, !email.isEmpty { return (name, email) }
    }
    return nil
  }

  /// `$XDG_CONFIG_HOME` when it is an absolute path (as the XDG spec asks), else `~/.config`.
  static func configFolder(home: String, environment: [String: String]) -> String {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg }
    return home + "/.config"
  }

  /// Where the identity labrun asked for is kept.
  static func savedPath(home: String, environment: [String: String]) -> String {
    configFolder(home: home, environment: environment) + "/labrun/identity"
  }

  /// Resolves the identity for a new workspace, asking on the terminal when it must.
  /// `messages` are labrun's sentences in the learner's language.
  static func resolve(
    option: String?, environment: [String: String], terminal: Bool, messages: LabMessages = .english
  ) throws -> (name: String, email: String) {
    let console = Console(environment: environment)
    let prompt =
      terminal
      ? IdentityPrompt(
        readLine: { Swift.readLine() }, write: { console.write($0, to: STDOUT_FILENO) }, messages: messages) : nil
    return try resolve(
      option: option, environment: environment, home: environment["HOME"] ?? NSHomeDirectory(), prompt: prompt,
      messages: messages, note: { console.err($0) })
  }

  /// Resolves the identity: `prompt` is nil when input is not a terminal; `note` gets lines for
  /// standard error.
  static func resolve(
    option: String?, environment: [String: String], home: String, prompt: IdentityPrompt?,
    messages: LabMessages = .english, note: (String) -> Void
  ) throws -> (name: String, email: String) {
    if let option {
      guard let parsed = parse(option) else {
        throw CLIFailure.usage(messages.say(.identityBadOption, ["option": option]))
      }
      return parsed
    }
    if let git = fromGitConfig(home: home, environment: environment) { return git }
    let path = savedPath(home: home, environment: environment)
    if let text = try? String(contentsOfFile: path, encoding: .utf8) {
      let line = text.split(separator: "\n").first.map(String.init) ?? ""
      if let saved = parse(line.trimmingCharacters(in: .whitespaces)) { return saved }
      note(messages.say(.identityBadFile, ["path": path]))
    }
    if let prompt {
      let asked = try prompt.ask(savingIn: path)
      do {
        try save(asked, at: path)
        prompt.write(messages.say(.identitySaved, ["path": path]) + "\n\n")
      } catch {
        note(messages.say(.identityNotSaved, ["path": path, "error": error.localizedDescription]))
      }
      return asked
    }
    let user = environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "learner"
    note(messages.say(.identityLocalhost, ["path": path, "user": user]))
    return (user, "\(user)@localhost")
  }

  /// Writes `Name <email>` to `path`, creating its folder; the file is replaced whole or not at all.
  static func save(_ identity: (name: String, email: String), at path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "\(identity.name) <\(identity.email)>\n".write(toFile: path, atomically: true, encoding: .utf8)
  }
}

/// Asks for a name and an email until both are good, reading lines through `readLine` (nil at the
/// end of input), so tests can feed it.
struct IdentityPrompt {
  let readLine: () -> String?
  let write: (String) -> Void
  /// What it asks and answers with, in the learner's language.
  var messages = LabMessages.english

  /// The learner's name and email; at the end of input, a usage error (exit 64).
  func ask(savingIn path: String) throws -> (name: String, email: String) {
    write(messages.say(.identityWhy, ["path": path]) + "\n")
    let name = try ask(messages.say(.identityName, [:])) { Self.problem(withName: $0, messages) }
    let email = try ask(messages.say(.identityEmail, [:])) { Self.problem(withEmail: $0, messages) }
    return (name, email)
  }

  private func ask(_ question: String, _ problem: (String) -> String?) throws -> String {
    while true {
      write(question)
      guard let line = readLine() else {
        write("\n")
        throw CLIFailure.usage(messages.say(.identityNoneGiven, [:]))
      }
      let answer = line.trimmingCharacters(in: .whitespaces)
      guard let problem = problem(answer) else { return answer }
      write(problem + "\n")
    }
  }

  /// What is wrong with a name, nil when nothing is.
  static func problem(withName name: String, _ messages: LabMessages = .english) -> String? {
    if name.isEmpty { return messages.say(.identityNameEmpty, [:]) }
    if name.contains(where: {
      $0 == "<" || $0 == ">" || $0.isNewline || $0.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }) {
      return messages.say(.identityNameBad, [:])
    }
    return nil
  }

  /// What is wrong with an email address, nil when nothing is: one `@` between a local part and a
  /// domain with a dot, and no spaces, `<`, `>` or control characters.
  static func problem(withEmail email: String, _ messages: LabMessages = .english) -> String? {
    let parts = email.split(separator: "@", omittingEmptySubsequences: false)
    let badCharacter = email.contains {
      $0.isWhitespace || $0 == "<" || $0 == ">"
        || $0.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
    let domain = parts.count == 2 ? parts[1] : ""
    let domainOK = domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".") && !domain.contains("..")
    guard parts.count == 2, !parts[0].isEmpty, domainOK, !badCharacter else {
      return email.isEmpty
        ? messages.say(.identityEmailEmpty, [:]) : messages.say(.identityEmailBad, ["email": email])
    }
    return nil
  }
}
