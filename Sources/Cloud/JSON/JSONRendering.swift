/// A way of writing JSON text: indentation, separators, and whose conventions to follow for
/// numbers and string escapes.
public struct JSONFormat: Equatable, Sendable {
  /// Whose conventions numbers and escapes follow.
  public enum Dialect: Equatable, Sendable {
    /// Python's `json.dumps(..., ensure_ascii=False)`: ints and floats kept apart (`1` vs `1.0`),
    /// control characters escaped, DEL and non-ASCII written as they are.
    case python
    /// jq 1.6: every number a double with no `.0`, DEL escaped as `\u007f`.
    case jq
  }

  /// Spaces per nesting level; nil writes everything on one line.
  public var indent: Int?
  /// Written between array elements and object members (a newline follows it when indenting).
  public var itemSeparator: String
  /// Written between a key and its value.
  public var keySeparator: String
  public var dialect: Dialect
  /// Appended once after the whole document.
  public var trailer: String
  /// Python's `ensure_ascii=True`: every non-ASCII character written as `\uXXXX` (UTF-16 units).
  public var escapesNonASCII: Bool

  public init(
    indent: Int?, itemSeparator: String, keySeparator: String, dialect: Dialect, trailer: String = "",
    escapesNonASCII: Bool = false
  ) {
    self.indent = indent
    self.itemSeparator = itemSeparator
    self.keySeparator = keySeparator
    self.dialect = dialect
    self.trailer = trailer
    self.escapesNonASCII = escapesNonASCII
  }

  /// awscli v1 `--output json`: `json.dumps(value, indent=4, ensure_ascii=False)` and a newline.
  public static let awscli = JSONFormat(
    indent: 4, itemSeparator: ",", keySeparator: ": ", dialect: .python, trailer: "\n")
  /// Python's default `json.dumps(value)`: one line, `", "` and `": "`, non-ASCII escaped, as in
  /// the PolicyDocument string moto prints.
  public static let pythonCompact = JSONFormat(
    indent: nil, itemSeparator: ", ", keySeparator: ": ", dialect: .python, escapesNonASCII: true)
  /// No spaces at all (`{"a":1}`), as AWS stores a default endpoint policy.
  public static let minimal = JSONFormat(indent: nil, itemSeparator: ",", keySeparator: ":", dialect: .python)
  /// `jq .`: 2-space indent and a newline after the document.
  public static let jqPretty = JSONFormat(
    indent: 2, itemSeparator: ",", keySeparator: ": ", dialect: .jq, trailer: "\n")
  /// `jq -c .`: one line with no spaces and a newline after the document.
  public static let jqCompact = JSONFormat(
    indent: nil, itemSeparator: ",", keySeparator: ":", dialect: .jq, trailer: "\n")
}

extension JSONValue {
  /// The value written in `format`.
  public func rendered(_ format: JSONFormat) -> String {
    var output = ""
    JSONWriter(format: format).write(self, level: 0, into: &output)
    return output + format.trailer
  }

  /// The value written as it appears `level` levels deep in a document of `format`, without the
  /// trailer, so that a long array can be written one element at a time.
  public func rendered(_ format: JSONFormat, level: Int) -> String {
    var output = ""
    JSONWriter(format: format).write(self, level: level, into: &output)
    return output
  }

  /// What awscli v1 prints for `--output json`, trailing newline included.
  public var awscliJSON: String { rendered(.awscli) }
  /// Python's `json.dumps(value)` (`{"a": 1, "b": [1, 2]}`, `ensure_ascii` on), no trailing newline.
  public var compactJSON: String { rendered(.pythonCompact) }
  /// The shortest form (`{"a":1,"b":[1,2]}`), no trailing newline.
  public var minimalJSON: String { rendered(.minimal) }
  /// What `jq .` prints, trailing newline included.
  public var jqJSON: String { rendered(.jqPretty) }

  /// A string escaped and quoted as a JSON string literal in Python's style (`ensure_ascii=False`).
  public static func quoted(_ text: String) -> String {
    var output = ""
    JSONWriter(format: .minimal).writeString(text, into: &output)
    return output
  }
}

/// Writes a `JSONValue` in one `JSONFormat`.
struct JSONWriter {
  let format: JSONFormat

  func write(_ value: JSONValue, level: Int, into output: inout String) {
    switch value {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .number(let number): output += format.dialect == .python ? number.pythonText : number.jqText
    case .string(let text): writeString(text, into: &output)
    case .array(let items):
      guard !items.isEmpty else {
        output += "[]"
        return
      }
      output += "["
      for (offset, item) in items.enumerated() {
        if offset > 0 { output += format.itemSeparator }
        newline(level + 1, into: &output)
        write(item, level: level + 1, into: &output)
      }
      newline(level, into: &output)
      output += "]"
    case .object(let object):
      guard !object.isEmpty else {
        output += "{}"
        return
      }
      output += "{"
      for (offset, member) in object.enumerated() {
        if offset > 0 { output += format.itemSeparator }
        newline(level + 1, into: &output)
        writeString(member.key, into: &output)
        output += format.keySeparator
        write(member.value, level: level + 1, into: &output)
      }
      newline(level, into: &output)
      output += "}"
    }
  }

  private func newline(_ level: Int, into output: inout String) {
    guard let indent = format.indent else { return }
    output += "\n"
    output += Spaces.of(indent * level)
  }

  func writeString(_ text: String, into output: inout String) {
    output += "\""
    // Most strings need no escape and are copied whole; appending scalar by scalar cost most of
    // rendering a response.
    let escapesDelete = format.escapesNonASCII || format.dialect == .jq
    let plain = text.utf8.allSatisfy { byte in
      byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
        && !(byte == 0x7F && escapesDelete) && !(byte >= 0x80 && format.escapesNonASCII)
    }
    if plain {
      output += text
      output += "\""
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      default:
        if scalar.value < 0x20 || (scalar.value == 0x7F && format.dialect == .jq) {
          writeEscape(UInt16(scalar.value), into: &output)
        } else if format.escapesNonASCII && scalar.value > 0x7E {
          for unit in String(scalar).utf16 { writeEscape(unit, into: &output) }
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }

  private func writeEscape(_ unit: UInt16, into output: inout String) {
    let digits = String(unit, radix: 16, uppercase: false)
    output += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
  }
}
