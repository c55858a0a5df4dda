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
    var output = JSONWriter.buffer()
    JSONWriter(format: format).write(self, level: 0, into: &output)
    output.append(contentsOf: format.trailer.utf8)
    return String(decoding: output, as: UTF8.self)
  }

  /// The value written as it appears `level` levels deep in a document of `format`, without the
  /// trailer, so that a long array can be written one element at a time.
  public func rendered(_ format: JSONFormat, level: Int) -> String {
    var output = JSONWriter.buffer()
    JSONWriter(format: format).write(self, level: level, into: &output)
    return String(decoding: output, as: UTF8.self)
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
    var output = JSONWriter.buffer()
    JSONWriter(format: .minimal).writeString(text, into: &output)
    return String(decoding: output, as: UTF8.self)
  }
}

/// Writes a `JSONValue` in one `JSONFormat`, as UTF-8 bytes.
///
/// Bytes, not a string: appending to a string checks its storage and its ASCII flag on every
/// append, and a response is thousands of small appends (every key, quote and indent).
/// Every byte written comes from a string or is ASCII, so the result is valid UTF-8.
struct JSONWriter {
  let format: JSONFormat
  private let itemSeparator: [UInt8]
  private let keySeparator: [UInt8]

  init(format: JSONFormat) {
    self.format = format
    itemSeparator = Array(format.itemSeparator.utf8)
    keySeparator = Array(format.keySeparator.utf8)
  }

  /// An empty buffer with room for a typical response.
  static func buffer() -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(512)
    return bytes
  }

  func write(_ value: JSONValue, level: Int, into output: inout [UInt8]) {
    switch value {
    case .null: Self.put("null", into: &output)
    case .bool(let flag): Self.put(flag ? "true" : "false", into: &output)
    case .number(let number):
      output.append(contentsOf: (format.dialect == .python ? number.pythonText : number.jqText).utf8)
    case .string(let text): writeString(text, into: &output)
    case .array(let items):
      guard !items.isEmpty else {
        Self.put("[]", into: &output)
        return
      }
      output.append(UInt8(ascii: "["))
      for (offset, item) in items.enumerated() {
        if offset > 0 { output.append(contentsOf: itemSeparator) }
        newline(level + 1, into: &output)
        write(item, level: level + 1, into: &output)
      }
      newline(level, into: &output)
      output.append(UInt8(ascii: "]"))
    case .object(let object):
      guard !object.isEmpty else {
        Self.put("{}", into: &output)
        return
      }
      output.append(UInt8(ascii: "{"))
      for (offset, member) in object.members.enumerated() {
        if offset > 0 { output.append(contentsOf: itemSeparator) }
        newline(level + 1, into: &output)
        writeString(member.key, into: &output)
        output.append(contentsOf: keySeparator)
        write(member.value, level: level + 1, into: &output)
      }
      newline(level, into: &output)
      output.append(UInt8(ascii: "}"))
    }
  }

  private func newline(_ level: Int, into output: inout [UInt8]) {
    guard let indent = format.indent else { return }
    output.append(UInt8(ascii: "\n"))
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * level))
  }

  /// Appends a literal's bytes.
  private static func put(_ literal: StaticString, into output: inout [UInt8]) {
    output.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  func writeString(_ text: String, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    // Most strings need no escape and are copied whole; appending scalar by scalar cost most of
    // rendering a response. Read at the bytes a native string lends: walking its UTF-8 view cost
    // several times as much.
    let escapesDelete = format.escapesNonASCII || format.dialect == .jq
    let escapesNonASCII = format.escapesNonASCII
    func isPlain(_ byte: UInt8) -> Bool {
      byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && !(byte == 0x7F && escapesDelete)
        && !(byte >= 0x80 && escapesNonASCII)
    }
    let copied: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
      for byte in bytes where !isPlain(byte) { return false }
      output.append(contentsOf: bytes)
      return true
    }
    let plain: Bool
    if let copied {
      plain = copied
    } else {
      plain = text.utf8.allSatisfy(isPlain)
      if plain { output.append(contentsOf: text.utf8) }
    }
    if plain {
      output.append(UInt8(ascii: "\""))
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": Self.put("\\\"", into: &output)
      case "\\": Self.put("\\\\", into: &output)
      case "\n": Self.put("\\n", into: &output)
      case "\r": Self.put("\\r", into: &output)
      case "\t": Self.put("\\t", into: &output)
      case "\u{08}": Self.put("\\b", into: &output)
      case "\u{0C}": Self.put("\\f", into: &output)
      default:
        if scalar.value < 0x20 || (scalar.value == 0x7F && format.dialect == .jq) {
          writeEscape(UInt16(scalar.value), into: &output)
        } else if format.escapesNonASCII && scalar.value > 0x7E {
          for unit in UTF16.encode(scalar)! { writeEscape(unit, into: &output) }
        } else {
          output.append(contentsOf: UTF8.encode(scalar)!)
        }
      }
    }
    output.append(UInt8(ascii: "\""))
  }

  /// `\u` and the unit as four lowercase hexadecimal digits.
  private func writeEscape(_ unit: UInt16, into output: inout [UInt8]) {
    Self.put("\\u", into: &output)
    for shift in stride(from: 12, through: 0, by: -4) {
      let nibble = UInt8(truncatingIfNeeded: unit >> UInt16(shift)) & 0x0F
      output.append(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10)
    }
  }
}
