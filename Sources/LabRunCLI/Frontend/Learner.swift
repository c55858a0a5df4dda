import Foundation

/// Who the learner is: `--learner "Name <email>"`, else their git identity, else asked once on a
/// terminal, else the login name.
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
  static func fromGitConfig(home: String) -> (name: String, email: String)? {
    for path in [home + "/.gitconfig", home + "/.config/git/config"] {
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
      var section = ""
      var name: String?
      var email: String?
      for raw in text.split(separator: "\n") {
        let line = raw.trimmingCharacters(in: .whitespaces)
        if line.hasPrefix("[") { section = line.lowercased(); continue }
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

  /// Resolves the identity for a new workspace.
  static func resolve(option: String?, environment: [String: String], terminal: Bool) throws -> (name: String, email: String) {
    if let option {
      guard let parsed = parse(option) else {
        throw CLIFailure.usage("--learner '\(option)' is not of the form \"Name <email@example.com>\".")
      }
      return parsed
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    if let git = fromGitConfig(home: home) { return git }
    if terminal {
      print("Your name and email go into your progress history (as git author).", terminator: "\nName: ")
      let name = readLine()?.trimmingCharacters(in: .whitespaces) ?? ""
      print("Email: ", terminator: "")
      let email = readLine()?.trimmingCharacters(in: .whitespaces) ?? ""
      if !name.isEmpty && email.contains("@") { return (name, email) }
    }
    let user = environment["USER"] ?? "learner"
    return (user, "\(user)@localhost")
  }
}
