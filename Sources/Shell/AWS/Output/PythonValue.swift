import Cloud

/// How Python spells and compares JSON values once `json.loads` has turned them into `str`, `int`,
/// `float`, `bool`, `None`, `list` and `dict`: awscli's text and table output, and jmespath's
/// error messages, all go through Python's `str()`, `repr()`, `==` and `<`.
enum PythonValue {
  /// Python's `str(value)`: strings as they are, `None`, `True`, `1.0`; containers as `repr`.
  static func str(_ value: JSONValue) -> String {
    if case .string(let text) = value { return text }
    return repr(value)
  }

  /// Python 2.7's `repr(value)` of what botocore parsed: `'text'`, `None`, `[1, 'a']`, `{u'k': True}`.
  ///
  /// Keys are `unicode` (they come from the JSON service model), so they print with `u`; the
  /// values of the XML services labrun simulates are byte strings and print without; a dict
  /// prints in Python 2's iteration order.
  static func repr(_ value: JSONValue) -> String {
    switch value {
    case .null: return "None"
    case .bool(let flag): return flag ? "True" : "False"
    case .number(let number): return number.pythonText
    case .string(let text): return reprString(text)
    case .array(let items): return "[" + items.map(repr).joined(separator: ", ") + "]"
    case .object(let object):
      let order = Python2DictOrder.iterationOrder(inserting: object.keys)
      return "{"
        + order.map { key in "u" + reprString(key) + ": " + repr(object[key] ?? .null) }.joined(separator: ", ")
        + "}"
    }
  }

  /// A list of strings as Python prints it, e.g. `['string', 'array']`.
  static func reprList(_ items: [String]) -> String {
    "[" + items.map(reprString).joined(separator: ", ") + "]"
  }

  /// Python's string `repr`: single quotes unless the text holds a single quote and no double one.
  static func reprString(_ text: String) -> String {
    let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
    var output = String(quote)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      default:
        if Character(scalar) == quote {
          output += "\\" + String(quote)
        } else if scalar.value < 0x20 || (0x7F...0xA0).contains(scalar.value) {
          let digits = String(scalar.value, radix: 16)
          output += "\\x" + (digits.count < 2 ? "0" : "") + digits
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output.append(quote)
    return output
  }

  /// Python's type name for the value (`type(value).__name__`), used in jmespath type errors.
  static func typeName(_ value: JSONValue) -> String {
    switch value {
    case .null: return "NoneType"
    case .bool: return "bool"
    case .number(.double): return "float"
    case .number: return "int"
    case .string: return "str"
    case .array: return "list"
    case .object: return "dict"
    }
  }

  /// Python's `a == b`: `1 == 1.0`, `True == 1`, dicts equal whatever their key order.
  static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.string(let x), .string(let y)): return x.unicodeScalars.elementsEqual(y.unicodeScalars)
    case (.array(let x), .array(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
    case (.object(let x), .object(let y)):
      guard x.count == y.count else { return false }
      return x.allSatisfy { member in y[member.key].map { equal(member.value, $0) } ?? false }
    default:
      // Python's bool is an int, so True == 1 and False == 0.0 hold.
      guard let x = numeric(a), let y = numeric(b) else { return false }
      return compareNumbers(x, y) == 0
    }
  }

  /// The value as a number if Python treats it as one (`bool` included).
  private static func numeric(_ value: JSONValue) -> JSONNumber? {
    switch value {
    case .bool(let flag): return .integer(flag ? 1 : 0)
    case .number(let number): return number
    default: return nil
    }
  }

  /// -1, 0 or 1 for two numbers, exact for integers and as doubles otherwise.
  static func compareNumbers(_ a: JSONNumber, _ b: JSONNumber) -> Int {
    if case .integer(let x) = a, case .integer(let y) = b { return x < y ? -1 : (x == y ? 0 : 1) }
    let x = a.doubleValue
    let y = b.doubleValue
    return x < y ? -1 : (x == y ? 0 : 1)
  }

  /// Python's `<` on two strings: code point by code point.
  static func stringLess(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
  }

  /// `sorted()` of strings, as Python orders them.
  static func sortedStrings(_ items: some Sequence<String>) -> [String] {
    items.sorted(by: stringLess)
  }
}
