/// The INI text of awscli's config file (`~/.aws/config`), read as botocore reads it and edited as
/// `aws configure set` edits it (awscli 1.18's `ConfigFileWriter`), so the file a learner `cat`s
/// afterwards has the real tool's bytes.
struct AWSConfigFile: Equatable {
  /// The file's lines, each with its line feed when it had one (Python's `readlines`).
  private(set) var lines: [String]

  init(text: String) {
    var lines: [String] = []
    var current = ""
    for character in text {
      current.append(character)
      if character == "\n" {
        lines.append(current)
        current = ""
      }
    }
    if !current.isEmpty { lines.append(current) }
    self.lines = lines
  }

  var text: String { lines.joined() }

  /// The config file section of a profile: `default`, or `profile NAME` for the others.
  static func section(forProfile profile: String?) -> String {
    guard let profile, profile != "default" else { return "default" }
    return "profile " + profile
  }

  /// The sections' names, in file order.
  var sections: [String] {
    lines.compactMap(Self.header)
  }

  /// The value of `key` in `section`, as botocore's parser reads it (the last one wins; keys are
  /// lowercased, values stripped), or nil when the section or key is missing.
  func value(_ key: String, in section: String) -> String? {
    var inSection = false
    var found: String?
    for line in lines {
      if let header = Self.header(line) {
        inSection = header == section
        continue
      }
      guard inSection, let option = Self.option(line), !Self.isComment(line), !Self.isIndented(line) else { continue }
      if option.key.lowercased() == key { found = option.value }
    }
    return found
  }

  /// Sets `key` to `value` in `section` as `aws configure set` does: an existing line is replaced
  /// where it stands, a new key goes after the section's last option, a new section at the end.
  mutating func set(_ key: String, _ value: String, in section: String) {
    let newLine = "\(key) = \(value)\n"
    guard let start = lines.firstIndex(where: { !Self.isComment($0) && Self.header($0) == section }) else {
      // The writer appends the header without first ending an unterminated last line.
      lines.append("[\(section)]\n")
      lines.append(newLine)
      return
    }
    var lastOption = start
    var index = start + 1
    while index < lines.count {
      if Self.header(lines[index]) != nil {
        lines.insert(newLine, at: lastOption + 1)
        return
      }
      if let option = Self.option(lines[index]) {
        lastOption = index
        if option.key == key {
          lines[index] = newLine
          return
        }
      }
      index += 1
    }
    if let last = lines.last, !last.hasSuffix("\n") { lines.append("\n") }
    // At the end of the file the writer inserts one line further down than after an option,
    // so a blank line that follows the last option stays above the new one.
    lines.insert(newLine, at: min(lastOption + 2, lines.count))
  }

  /// A section header's name (`[default]` → `default`); nil for any other line.
  private static func header(_ line: String) -> String? {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    guard trimmed.first == "[", let close = trimmed.firstIndex(of: "]") else { return nil }
    let name = trimmed[trimmed.index(after: trimmed.startIndex)..<close]
    return name.isEmpty ? nil : String(name)
  }

  /// A `key = value` or `key: value` line, split at the first separator and stripped.
  private static func option(_ line: String) -> (key: String, value: String)? {
    let body = line.hasSuffix("\n") ? String(line.dropLast()) : line
    guard let separator = body.firstIndex(where: { $0 == "=" || $0 == ":" }), separator != body.startIndex else {
      return nil
    }
    let key = body[..<separator].trimmingSpaces()
    let value = body[body.index(after: separator)...].trimmingSpaces()
    return (key, value)
  }

  private static func isComment(_ line: String) -> Bool {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    return trimmed.hasPrefix("#") || trimmed.hasPrefix(";")
  }

  /// Indented lines continue the option above them (nested `s3 =` settings), not new keys.
  private static func isIndented(_ line: String) -> Bool {
    line.hasPrefix(" ") || line.hasPrefix("\t")
  }
}

extension StringProtocol {
  fileprivate func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return String(self[first...last])
  }
}
