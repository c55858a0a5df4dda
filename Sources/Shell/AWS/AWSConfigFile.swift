/// The INI text of awscli's config file (`~/.aws/config`), read as botocore reads it and edited as
/// `aws configure set` edits it (awscli 1.18's `ConfigFileWriter`), so the file a learner `cat`s
/// afterwards has the real tool's bytes.
struct AWSConfigFile: Equatable {
  /// The file's lines, each with its line feed when it had one (Python's `readlines`).
  private(set) var lines: [String]

  init(text: String) {
    // Split at line feed bytes, as Python's `readlines` splits: a Character walk would also keep
    // "\r\n" together, and every `aws` command reads this file.
    var lines: [String] = []
    let bytes = text.utf8
    var start = bytes.startIndex
    while let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
      let next = bytes.index(after: end)
      lines.append(String(text[start..<next]))
      start = next
    }
    if start != bytes.endIndex { lines.append(String(text[start...])) }
    self.lines = lines
  }

  var text: String { lines.joined() }

  /// The config file section of a profile: `default`, or `profile NAME` for the others.
  static func section(forProfile profile: String?) -> String {
    guard let profile, profile != "default" else { return "default" }
    return "profile " + profile
  }

  /// Why botocore refuses the whole file (`AWSConfigReader.refusal`), nil when it reads it: awscli
  /// then stops before it reads a single argument.
  var refusal: AWSConfigReader.Refusal? {
    // One pass that keeps nothing first: every `aws` command asks, and only a file with a
    // continued value needs every option kept to be judged.
    var reader = AWSConfigReader(key: "", section: "")
    for line in lines { reader.read(line) }
    if reader.refused { return .unparsable }
    return reader.continues ? botocoreRead.refusal : nil
  }

  /// Whether botocore refuses the whole file.
  var isRefused: Bool { refusal != nil }

  /// The sections' names as botocore reads them, in file order: what a profile must be among (an
  /// indented `[name]` continues a value, and `[DEFAULT]` is no section).
  var sections: [String] { botocoreRead.sections }

  private var botocoreRead: AWSConfigReader {
    var reader = AWSConfigReader.whole()
    for line in lines { reader.read(line) }
    return reader
  }

  /// The value of `key` (lowercase) in `section`, as botocore's parser reads it
  /// (`AWSConfigReader`), or nil when the section or key is missing.
  func value(_ key: String, in section: String) -> String? {
    var reader = AWSConfigReader(key: key, section: section)
    for line in lines { reader.read(line) }
    return reader.value
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
    let bytes = line.utf8
    guard let open = bytes.firstIndex(where: { $0 != space && $0 != tab }), bytes[open] == UInt8(ascii: "[") else {
      return nil
    }
    let nameStart = bytes.index(after: open)
    guard let close = bytes[nameStart...].firstIndex(of: UInt8(ascii: "]")), close != nameStart else { return nil }
    return String(line[nameStart..<close])
  }

  /// A `key = value` or `key: value` line, split at the first separator and stripped.
  private static func option(_ line: String) -> (key: String, value: String)? {
    let bytes = line.utf8
    let end = bytes.last == UInt8(ascii: "\n") ? bytes.index(before: bytes.endIndex) : bytes.endIndex
    guard
      let separator = bytes[..<end].firstIndex(where: { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ":") }),
      separator != bytes.startIndex
    else { return nil }
    return (stripped(line, bytes.startIndex, separator), stripped(line, bytes.index(after: separator), end))
  }

  /// `line[from..<to]` without its leading and trailing spaces, tabs and carriage returns.
  private static func stripped(_ line: String, _ from: String.Index, _ to: String.Index) -> String {
    let bytes = line.utf8[from..<to]
    let isSpace = { (byte: UInt8) in byte == space || byte == tab || byte == UInt8(ascii: "\r") }
    guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(line[first...last])
  }

  private static func isComment(_ line: String) -> Bool {
    let bytes = line.utf8
    guard let first = bytes.first(where: { $0 != space && $0 != tab }) else { return false }
    return first == UInt8(ascii: "#") || first == UInt8(ascii: ";")
  }

  private static let space = UInt8(ascii: " ")
  private static let tab = UInt8(ascii: "\t")
}
