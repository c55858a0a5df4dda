import Cloud

/// One value of awscli's config file, read as botocore 1.18.6 reads it: through Python 2.7's
/// `RawConfigParser` (`ConfigParser._read`), line by line at the file's bytes.
///
/// What it follows, as the real parser does:
/// - blank lines, and lines whose first byte is `#` or `;`, are skipped, as are lines whose first
///   word is `rem` in any case and whose first byte is `r` or `R`;
/// - a line that starts with white space continues the option above it (even past blank lines),
///   its text stripped, joined with a line feed; a value that starts with a line feed is a
///   nested block (`s3 =` and indented settings), which botocore parses into a dictionary, so it
///   has no text value here;
/// - `[NAME]` at the start of a line opens a section (NAME is up to the first `]`); a repeated
///   section goes on where it left off; `[DEFAULT]` holds values every section falls back on, and
///   is no section itself;
/// - `KEY = VALUE` or `KEY: VALUE` splits at the first `=` or `:`; the key is stripped at its end
///   and lowercased in ASCII (Python 2 lowercases bytes); the value is stripped, loses what
///   follows a `;` when that first `;` comes after white space, and `""` is the empty value; the
///   last assignment wins and drops the lines that continued an earlier one.
///
/// A file the real parser refuses makes botocore refuse it whole (`refused`): a line before any
/// section that is not a header (`MissingSectionHeaderError`), or a line in a section that is
/// neither a header, a continuation nor `KEY = VALUE` (`ParsingError`, raised once the file is
/// read). The values of such a file are what the lines read would give, and no caller asks them.
struct AWSConfigReader {
  private let key: [UInt8]
  private let section: [UInt8]

  /// Where the lines read so far leave the parser.
  private enum Place { case noSection, defaults, target, other }
  private var place = Place.noSection
  /// Whether an option has been read in the current section, and whether it is `key`.
  private var hasOption = false
  private var optionIsKey = false
  private var targetExists = false
  /// The lines of `key`'s value in the section asked for and in `[DEFAULT]`.
  private var inTarget: [String]?
  private var inDefaults: [String]?
  /// Whether a line read so far is one the real parser refuses, which refuses the file.
  private(set) var refused = false
  /// Whether a line read so far continues a value: without one, no value is a nested block.
  private(set) var continues = false

  /// What a reader made with `whole()` keeps of every section (each option's lines), so that
  /// the file can be judged as botocore judges it once it is read.
  private struct Whole {
    var sections: [String] = []
    var options: [String: [String: [String]]] = [:]
    var defaults: [String: [String]] = [:]
    var section: String?
    var option: String?
  }
  private var whole: Whole?

  init(key: String, section: String) {
    self.key = Array(key.utf8)
    self.section = Array(section.utf8)
  }

  /// A reader that keeps every section and option: `sections` and `refusal` read it.
  static func whole() -> AWSConfigReader {
    var reader = AWSConfigReader(key: "", section: "")
    reader.whole = Whole()
    return reader
  }

  /// The sections' names in the order they first came, as botocore lists them (`[DEFAULT]` is
  /// none, and neither is an indented line, which continues a value); only for `whole()`.
  var sections: [String] { whole?.sections ?? [] }

  /// Why botocore refuses the file, once every line has been read; nil when it reads it.
  enum Refusal: Equatable {
    /// The parser refused a line (raised while `RawConfigParser.read` runs).
    case unparsable
    /// A value that opens with a line feed (an empty first line, then indented ones) holds a line
    /// without `=`: `raw_config_parse` reads it as a nested block and cannot split it
    /// (`_parse_nested`, raised after the read).
    case nestedBlock
  }

  /// Why botocore refuses the file, nil when it does not. A section sees `[DEFAULT]`'s options it
  /// does not set itself; with no section, nothing reads them. Only for `whole()`.
  var refusal: Refusal? {
    if refused { return .unparsable }
    guard let whole else { return nil }
    for name in whole.sections {
      let own = whole.options[name] ?? [:]
      // Whether any option holds one: the order they are looked at in cannot change the answer.
      if own.contains(where: { Self.isBadNest($0.value) }) { return .nestedBlock }
      if whole.defaults.contains(where: { own[$0.key] == nil && Self.isBadNest($0.value) }) { return .nestedBlock }
    }
    return nil
  }

  /// A value whose first line is empty and one of whose other lines (Python 2's `str.splitlines`:
  /// at LF, CR or CRLF) holds no `=`.
  private static func isBadNest(_ lines: [String]) -> Bool {
    guard lines.count > 1, lines[0].isEmpty else { return false }
    return lines.dropFirst().contains { line in
      line.utf8.split(whereSeparator: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }).contains { part in
        !Self.strip(part).isEmpty && !part.contains(UInt8(ascii: "="))
      }
    }
  }

  /// `strip` at a slice of a string's UTF-8 view.
  private static func strip(_ bytes: Substring.UTF8View) -> Substring.UTF8View {
    var start = bytes.startIndex
    while start < bytes.endIndex, isSpace(bytes[start]) { start = bytes.index(after: start) }
    var end = bytes.endIndex
    while end > start, isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
    return bytes[start..<end]
  }

  /// The value read, once every line has been: the section's, else `[DEFAULT]`'s when the
  /// section exists; nil for none and for a nested block.
  var value: String? {
    guard targetExists, let lines = inTarget ?? inDefaults else { return nil }
    let text = lines.joined(separator: "\n")
    return text.utf8.first == UInt8(ascii: "\n") ? nil : text
  }

  /// Reads one line of the file (with its line feed, if it had one).
  mutating func read(_ line: String) {
    if line.utf8.withContiguousStorageIfAvailable({ read($0) }) != nil { return }
    var copy = line
    copy.makeContiguousUTF8()
    copy.utf8.withContiguousStorageIfAvailable { read($0) }
  }

  private mutating func read(_ line: UnsafeBufferPointer<UInt8>) {
    let content = Self.strip(line[...])
    guard let first = line.first, !content.isEmpty, first != UInt8(ascii: "#"), first != UInt8(ascii: ";") else {
      return
    }
    if first == UInt8(ascii: "r") || first == UInt8(ascii: "R"), Self.firstWordIsRem(line) { return }
    if Self.isSpace(first), place != .noSection, hasOption {
      continues = true
      let option = whole?.option
      guard optionIsKey || option != nil else { return }
      let text = String(decoding: UnsafeBufferPointer(rebasing: content), as: UTF8.self)
      if let option {
        if let section = whole?.section {
          whole?.options[section]?[option]?.append(text)
        } else {
          whole?.defaults[option]?.append(text)
        }
      }
      if optionIsKey {
        switch place {
        case .target: inTarget?.append(text)
        case .defaults: inDefaults?.append(text)
        case .noSection, .other: break
        }
      }
      return
    }
    if first == UInt8(ascii: "["), let close = line.dropFirst().firstIndex(of: UInt8(ascii: "]")), close > 1 {
      let name = line[1..<close]
      if whole != nil {
        let text = String(decoding: UnsafeBufferPointer(rebasing: name), as: UTF8.self)
        let isDefaults = name.elementsEqual("DEFAULT".utf8)
        if !isDefaults, whole?.options[text] == nil {
          whole?.sections.append(text)
          whole?.options[text] = [:]
        }
        whole?.section = isDefaults ? nil : text
        whole?.option = nil
      }
      if name.elementsEqual("DEFAULT".utf8) {
        place = .defaults
      } else if name.elementsEqual(section) {
        place = .target
        targetExists = true
      } else {
        place = .other
      }
      hasOption = false
      return
    }
    // Python's OPTCRE: a first byte that is no white space, `=` or `:`, and a separator after it.
    guard place != .noSection, !Self.isSpace(first), first != UInt8(ascii: "="), first != UInt8(ascii: ":"),
      let separator = line.firstIndex(where: { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ":") })
    else {
      refused = true
      return
    }
    hasOption = true
    let name = Self.stripEnd(line[..<separator])
    if whole != nil {
      // Python 2's `optionxform` lowercases the option's bytes.
      let option = String(decoding: name.map(ASCIIText.lowercased), as: UTF8.self)
      let lines = [Self.optionValue(line[(separator + 1)...])]
      if let section = whole?.section {
        whole?.options[section]?[option] = lines
      } else {
        whole?.defaults[option] = lines
      }
      whole?.option = option
    }
    optionIsKey = name.count == key.count && zip(name, key).allSatisfy { ASCIIText.lowercased($0) == $1 }
    guard optionIsKey, place == .target || place == .defaults else { return }
    let value = [Self.optionValue(line[(separator + 1)...])]
    if place == .target { inTarget = value } else { inDefaults = value }
  }

  /// The text after the separator, as the parser keeps it: leading white space skipped, the line
  /// feed left out, a comment cut at the first `;` when white space comes before it, stripped.
  private static func optionValue(_ rest: Slice<UnsafeBufferPointer<UInt8>>) -> String {
    var start = rest.startIndex
    while start < rest.endIndex, isSpace(rest[start]) { start += 1 }
    var end = rest.endIndex
    if end > start, rest[end - 1] == UInt8(ascii: "\n") { end -= 1 }
    var value = rest[start..<end]
    if let semicolon = value.firstIndex(of: UInt8(ascii: ";")) {
      // Python's `optval[pos - 1]`: at the start, that is the value's last byte.
      let before = semicolon == value.startIndex ? value[value.endIndex - 1] : value[semicolon - 1]
      if isSpace(before) { value = value[..<semicolon] }
    }
    let stripped = strip(value)
    if stripped.elementsEqual("\"\"".utf8) { return "" }
    return String(decoding: UnsafeBufferPointer(rebasing: stripped), as: UTF8.self)
  }

  /// Whether the line's first white-space-separated word is `rem`, in any case.
  private static func firstWordIsRem(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    var start = 0
    while start < line.count, isSpace(line[start]) { start += 1 }
    var end = start
    while end < line.count, !isSpace(line[end]) { end += 1 }
    guard end - start == 3 else { return false }
    return zip(line[start..<end], "rem".utf8).allSatisfy { ASCIIText.lowercased($0) == $1 }
  }

  /// Python 2's white space for `str.strip` and `isspace`: space, tab, LF, VT, FF, CR.
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D)
  }

  private static func strip(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
    var start = bytes.startIndex
    while start < bytes.endIndex, isSpace(bytes[start]) { start += 1 }
    return stripEnd(bytes[start...])
  }

  private static func stripEnd(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
    var end = bytes.endIndex
    while end > bytes.startIndex, isSpace(bytes[end - 1]) { end -= 1 }
    return bytes[..<end]
  }
}
