import Yams

/// Reads one YAML file of a lab into nodes, with the bounds a hostile or careless file needs.
///
/// Before any node is built, the text's nesting is measured: deeper than ``maximumDepth`` is an
/// error, since building and walking nodes recurse. After composing, the tree as its aliases
/// expand it is measured without expanding it past ``maximumNodes`` (a "billion laughs" alias
/// bomb is a few hundred bytes). Yams itself refuses a mapping with a repeated key.
enum LabYAML {
  /// The deepest nesting a lab file may have (lists and mappings, block or flow).
  static let maximumDepth = 100
  /// The most nodes a lab file may hold once its aliases are expanded.
  static let maximumNodes = 200_000

  /// The file's root node (nil for an empty file), or its mistakes.
  static func compose(_ text: String, file: String) -> Result<Node?, LabDiagnostics> {
    if let deep = depthProblem(text, file: file) { return .failure(LabDiagnostics([deep])) }
    let root: Node?
    do {
      root = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      return .failure(LabDiagnostics([diagnostic(for: error, file: file)]))
    } catch {
      return .failure(
        LabDiagnostics([Diagnostic(file: file, line: 1, column: 1, message: "invalid YAML: \(error)")]))
    }
    guard let root else { return .success(nil) }
    // Counted one top-level entry at a time, so an overflow is reported at the key whose value
    // expands past the limit, where the author can find it.
    var entries: [(mark: Mark?, node: Node)] = [(root.mark, root)]
    if case .mapping(let mapping) = root { entries = mapping.map { ($0.key.mark, $0.value) } }
    var remaining = maximumNodes
    for entry in entries {
      var stack = [entry.node]
      while let node = stack.popLast() {
        remaining -= 1
        if remaining < 0 {
          return .failure(
            LabDiagnostics([
              Diagnostic(
                file: file, line: entry.mark?.line ?? 1, column: entry.mark?.column ?? 1,
                message:
                  "the file expands to more than \(maximumNodes) values (aliases repeating aliases?); labrun reads lab files up to that size"
              )
            ]))
        }
        switch node {
        case .mapping(let mapping):
          for (_, value) in mapping { stack.append(value) }
        case .sequence(let sequence):
          stack.append(contentsOf: sequence)
        default: break
        }
      }
    }
    return .success(root)
  }

  /// The first place the text nests deeper than ``maximumDepth``, estimated without parsing: a
  /// line's indentation and leading `- ` entries (two columns a level) and the flow brackets still
  /// open. A file indented one column a level can nest up to twice as deep, still far from what
  /// would exhaust the stack; a deeply indented block scalar counts as deep too.
  ///
  /// Read as UTF-8 bytes: every byte it looks for is ASCII, which never occurs inside a longer
  /// character, and walking grapheme clusters cost more than composing the file. Only a report
  /// counts characters, for its column.
  static func depthProblem(_ text: String, file: String) -> Diagnostic? {
    var text = text
    return text.withUTF8 { bytes -> Diagnostic? in
      let newline = UInt8(ascii: "\n")
      let carriageReturn = UInt8(ascii: "\r")
      let space = UInt8(ascii: " ")
      let tab = UInt8(ascii: "\t")
      let backslash = UInt8(ascii: "\\")
      let single = UInt8(ascii: "'")
      let double = UInt8(ascii: "\"")
      let count = bytes.count
      var line = 1
      var lineStart = 0
      var atLineStart = true
      var depth = 0
      var flow = 0
      var quote: UInt8?
      var comment = false
      var previous = newline
      var index = 0
      func report(at index: Int) -> Diagnostic {
        let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart...index]), as: UTF8.self).count
        return Diagnostic(
          file: file, line: line, column: column,
          message: "nested more than \(maximumDepth) levels deep; labrun reads lab files up to that depth")
      }
      while index < count {
        let byte = bytes[index]
        // "\r\n" is one line break, as it is one character; a lone "\r" is not a break.
        if byte == newline || (byte == carriageReturn && index + 1 < count && bytes[index + 1] == newline) {
          if byte == carriageReturn { index += 1 }
          index += 1
          line += 1
          lineStart = index
          atLineStart = true
          depth = 0
          comment = false
          // Quoted scalars may span lines; their indentation is not nesting.
          if quote != nil { atLineStart = false }
          previous = newline
          continue
        }
        // Most of a lab is prose: a comment's rest, a quoted scalar's text and a plain run of bytes
        // that open or close nothing are skipped a byte at a time without the full test below.
        if comment {
          index += 1
          while index < count, bytes[index] != newline, bytes[index] != carriageReturn { index += 1 }
          continue
        }
        if let open = quote {
          let closes = byte == open && previous != backslash
          previous = byte
          index += 1
          if closes {
            quote = nil
            continue
          }
          while index < count, bytes[index] != open, bytes[index] != newline, bytes[index] != carriageReturn {
            previous = bytes[index]
            index += 1
          }
          continue
        }
        if atLineStart {
          // Two columns of indentation, or `- `, make a level.
          if byte == space || byte == tab || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?") {
            depth += 1
            if depth / 2 + flow > maximumDepth { return report(at: index) }
          } else {
            atLineStart = false
          }
        }
        switch byte {
        case UInt8(ascii: "#") where previous == space || previous == newline || previous == tab: comment = true
        // Only at the start of a token does a quote open a quoted scalar (`don't` holds none).
        case single, double:
          if Self.tokenStarts.contains(previous) { quote = byte }
        case UInt8(ascii: "["), UInt8(ascii: "{"):
          flow += 1
          if depth / 2 + flow > maximumDepth { return report(at: index) }
        case UInt8(ascii: "]"), UInt8(ascii: "}"): flow = max(0, flow - 1)
        default: break
        }
        previous = byte
        index += 1
        guard !atLineStart, quote == nil, !comment else { continue }
        while index < count, Self.isPlain[Int(bytes[index])] {
          previous = bytes[index]
          index += 1
        }
      }
      return nil
    }
  }

  /// The bytes that change nothing the estimate keeps, after a line's indentation: all but line
  /// breaks, `#`, quotes and flow brackets.
  private static let isPlain: [Bool] = (0...255).map { !Array("\n\r#'\"[]{}".utf8).contains(UInt8($0)) }

  /// The bytes after which a quote opens a quoted scalar.
  private static let tokenStarts: Set<UInt8> = Set(" \t\n:[{,-".utf8)

  /// A YAML error at its real place in the file.
  static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
    switch error {
    case .scanner(let context, let problem, let mark, let yaml), .parser(let context, let problem, let mark, let yaml),
      .composer(let context, let problem, let mark, let yaml):
      let detail = context.map { "\($0.text) " } ?? ""
      // An unclosed `{` or `[`, or a key without its `:`, is found only later (at the end of the
      // text, past its last line, when the text is cut); point at where it began.
      let began = context.flatMap { $0.text.contains("flow") || $0.text.contains("simple key") ? $0.mark : nil }
      let at = within(yaml, began ?? mark)
      return Diagnostic(file: file, line: at.line, column: at.column, message: "invalid YAML: \(detail)\(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      // Yams places the first of the repeated keys.
      let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      return Diagnostic(
        file: file, line: context.mark.line, column: context.mark.column,
        message: "duplicate key \(names): a key may appear only once in a mapping (this is its first place)")
    case .reader(let problem, let offset, let value, let yaml):
      var line = 1
      var column = 1
      if let offset {
        for character in yaml.prefix(offset) {
          if character == "\n" || character == "\r\n" {
            line += 1
            column = 1
          } else {
            column += 1
          }
        }
      }
      let code = String(UInt32(bitPattern: value), radix: 16, uppercase: true)
      let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
      return Diagnostic(
        file: file, line: line, column: column, message: "invalid YAML: \(problem) (U+\(padded)); remove it")
    default:
      return Diagnostic(file: file, line: 1, column: 1, message: "invalid YAML: \(error)")
    }
  }

  /// `mark` moved inside the text: libyaml places an error found at the end of a text that does
  /// not end in a newline on the line after its last.
  static func within(_ yaml: String, _ mark: Mark) -> (line: Int, column: Int) {
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    let count = yaml.hasSuffix("\n") ? lines.count - 1 : lines.count
    guard mark.line > count, count > 0 else { return (mark.line, mark.column) }
    return (count, lines[count - 1].count + 1)
  }
}
