import Foundation

/// A JSON Schema (2020-12) checker for the keywords `docs/grade-report.schema.json` uses:
/// type, const, enum, properties, required, additionalProperties, items, minItems/maxItems,
/// minimum/maximum, pattern and local `$ref`s. Unknown keywords fail loudly, so the schema can't
/// quietly use something this checker ignores.
struct JSONSchemaCheck {
  let root: [String: Any]
  static let known: Set<String> = [
    "$schema", "$id", "title", "description", "$defs", "type", "const", "enum", "properties", "required",
    "additionalProperties", "items", "minItems", "maxItems", "minimum", "maximum", "pattern", "$ref",
  ]

  /// Every violation, as `path: problem`; empty when `value` matches.
  func problems(_ value: Any) -> [String] { check(value, root, "$") }

  private func check(_ value: Any, _ schema: [String: Any], _ path: String) -> [String] {
    var problems: [String] = []
    for key in schema.keys where !Self.known.contains(key) {
      problems.append("\(path): schema keyword \(key) is not supported")
    }
    if let reference = schema["$ref"] as? String {
      let name = reference.replacingOccurrences(of: "#/$defs/", with: "")
      guard let target = (root["$defs"] as? [String: Any])?[name] as? [String: Any] else {
        return problems + ["\(path): unresolved \(reference)"]
      }
      problems += check(value, target, path)
    }
    if let types = schema["type"] {
      let allowed = (types as? [String]) ?? [types as! String]
      if !allowed.contains(where: { Self.matches(value, $0) }) {
        return problems + ["\(path): \(Self.describe(value)) is not of type \(allowed)"]
      }
    }
    if let constant = schema["const"], !Self.equal(value, constant) { problems.append("\(path): not \(constant)") }
    if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal(value, $0) }) {
      problems.append("\(path): \(Self.describe(value)) is not one of \(options)")
    }
    if let object = value as? [String: Any], !(value is NSNumber) {
      let properties = schema["properties"] as? [String: Any] ?? [:]
      for name in schema["required"] as? [String] ?? [] where object[name] == nil {
        problems.append("\(path): missing \(name)")
      }
      for (name, member) in object {
        if let sub = properties[name] as? [String: Any] {
          problems += check(member, sub, path + "." + name)
        } else if schema["additionalProperties"] as? Bool == false {
          problems.append("\(path): unexpected property \(name)")
        }
      }
    }
    if let array = value as? [Any] {
      if let minimum = schema["minItems"] as? Int, array.count < minimum {
        problems.append("\(path): fewer than \(minimum) items")
      }
      if let maximum = schema["maxItems"] as? Int, array.count > maximum {
        problems.append("\(path): more than \(maximum) items")
      }
      if let items = schema["items"] as? [String: Any] {
        for (index, item) in array.enumerated() { problems += check(item, items, "\(path)[\(index)]") }
      }
    }
    if let number = value as? NSNumber, !Self.isBool(number) {
      if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum {
        problems.append("\(path): below \(minimum)")
      }
      if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum {
        problems.append("\(path): above \(maximum)")
      }
    }
    if let text = value as? String, let pattern = schema["pattern"] as? String,
      text.range(of: pattern, options: .regularExpression) == nil
    {
      problems.append("\(path): \"\(text)\" does not match \(pattern)")
    }
    return problems
  }

  static func isBool(_ number: NSNumber) -> Bool {
    // JSONSerialization makes booleans NSNumbers of Objective-C type `c` (Darwin) or `B`.
    let type = String(cString: number.objCType)
    return type == "c" || type == "B"
  }

  static func matches(_ value: Any, _ type: String) -> Bool {
    switch type {
    case "null": return value is NSNull
    case "string": return value is String
    case "boolean": return (value as? NSNumber).map(isBool) ?? false
    case "integer":
      guard let number = value as? NSNumber, !isBool(number) else { return false }
      return number.doubleValue == number.doubleValue.rounded()
    case "number": return (value as? NSNumber).map { !isBool($0) } ?? false
    case "object": return value is [String: Any]
    case "array": return value is [Any]
    default: return false
    }
  }

  static func equal(_ a: Any, _ b: Any) -> Bool {
    if let a = a as? NSNumber, let b = b as? NSNumber { return a == b }
    if let a = a as? String, let b = b as? String { return a == b }
    return false
  }

  static func describe(_ value: Any) -> String { "\(value)".prefix(60).description }
}

/// RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks; rows end with CRLF.
enum CSVParse {
  static func rows(_ text: String) throws -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        guard field.isEmpty else { throw CSVError.quoteInsideField(row: rows.count + 1) }
        quoted = true
      } else if character == "," {
        row.append(field)
        field = ""
      } else if character == "\r\n" || character == "\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.append(character)
      }
    }
    guard !quoted else { throw CSVError.unterminatedQuote }
    guard row.isEmpty, field.isEmpty else { throw CSVError.noFinalLineBreak }
    return rows
  }

  enum CSVError: Error {
    case quoteInsideField(row: Int)
    case unterminatedQuote
    case noFinalLineBreak
  }
}
