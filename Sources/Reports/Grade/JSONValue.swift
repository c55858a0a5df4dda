/// A JSON value written with sorted keys and no dependence on Foundation, so output is byte-stable.
enum JSONValue: Equatable {
  case string(String)
  case int(Int64)
  case double(Double)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([String: JSONValue])

  static func int(_ value: Int) -> JSONValue { .int(Int64(value)) }
  static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
  static func optional(_ value: Int64?) -> JSONValue { value.map(JSONValue.int) ?? .null }
  static func optional(_ value: Int?) -> JSONValue { value.map { .int(Int64($0)) } ?? .null }
  static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.double) ?? .null }

  /// Pretty-printed with two-space indentation and a final newline.
  func rendered() -> String {
    var out = ""
    write(to: &out, indent: 0)
    return out + "\n"
  }

  private func write(to out: inout String, indent: Int) {
    switch self {
    case .string(let text): JSONValue.quote(text, into: &out)
    case .int(let value): out += String(value)
    case .double(let value):
      // Whole numbers print without a fraction; others with Swift's shortest round-trip form.
      if value.isFinite, value == value.rounded(), abs(value) < 1e15 { out += String(Int64(value)) } else if value.isFinite { out += "\(value)" } else { out += "null" }
    case .bool(let value): out += value ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      guard !items.isEmpty else { out += "[]"; return }
      out += "[\n"
      for (index, item) in items.enumerated() {
        out += String(repeating: " ", count: indent + 2)
        item.write(to: &out, indent: indent + 2)
        out += index == items.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "]"
    case .object(let members):
      guard !members.isEmpty else { out += "{}"; return }
      out += "{\n"
      let keys = members.keys.sorted()
      for (index, key) in keys.enumerated() {
        out += String(repeating: " ", count: indent + 2)
        JSONValue.quote(key, into: &out)
        out += ": "
        members[key]!.write(to: &out, indent: indent + 2)
        out += index == keys.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "}"
    }
  }

  private static func quote(_ text: String, into out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
