/// A JSON document as an ordered tree: objects keep their keys in insertion order and integers
/// stay exact, so that rendering reproduces what awscli (Python's `json`) or jq would print.
public enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case number(JSONNumber)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)

  /// An integer value.
  public static func int(_ value: Int) -> JSONValue { .number(.integer(Int64(value))) }
  /// An integer value from 64 bits (sizes, millisecond timestamps).
  public static func int64(_ value: Int64) -> JSONValue { .number(.integer(value)) }
  /// A floating-point value; it prints with a fractional part or exponent, as Python floats do.
  public static func double(_ value: Double) -> JSONValue { .number(.double(value)) }
  /// An object from ordered key-value pairs.
  public static func object(_ pairs: [(String, JSONValue)]) -> JSONValue { .object(JSONObject(pairs)) }

  /// The member `key` of an object; nil for a missing key or a value that is not an object.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let object) = self else { return nil }
    return object[key]
  }

  /// The element at `index` of an array; nil when out of range or not an array.
  public subscript(index: Int) -> JSONValue? {
    guard case .array(let items) = self, items.indices.contains(index) else { return nil }
    return items[index]
  }

  /// The string, if this is a string.
  public var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The Boolean, if this is a Boolean.
  public var boolValue: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  /// The number, if this is a number.
  public var numberValue: JSONNumber? {
    if case .number(let value) = self { return value }
    return nil
  }

  /// The elements, if this is an array.
  public var arrayValue: [JSONValue]? {
    if case .array(let value) = self { return value }
    return nil
  }

  /// The object, if this is an object.
  public var objectValue: JSONObject? {
    if case .object(let value) = self { return value }
    return nil
  }

  /// True for `null`.
  public var isNull: Bool { self == .null }

  /// The JSON type name as jq's `type` reports it.
  public var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "boolean"
    case .number: return "number"
    case .string: return "string"
    case .array: return "array"
    case .object: return "object"
    }
  }

  /// JSON equality as a data model: object member order is ignored and `1` equals `1.0`,
  /// as in Python's `==` and jq's `==` (``==`` itself is the stricter, order-sensitive form).
  public func isEquivalent(to other: JSONValue) -> Bool {
    switch (self, other) {
    case (.number(let a), .number(let b)):
      if case .integer(let x) = a, case .integer(let y) = b { return x == y }
      if case .bigInteger(let x) = a, case .bigInteger(let y) = b { return x == y }
      return a.doubleValue == b.doubleValue
    case (.array(let a), .array(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.isEquivalent(to: $1) }
    case (.object(let a), .object(let b)):
      return a.hasSameMembers(as: b)
    default:
      return self == other
    }
  }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
  ExpressibleByDictionaryLiteral
{
  public init(nilLiteral: ()) { self = .null }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(integerLiteral value: Int64) { self = .number(.integer(value)) }
  public init(floatLiteral value: Double) { self = .number(.double(value)) }
  public init(stringLiteral value: String) { self = .string(value) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  /// Dictionary literals keep their written order, so `["b": 1, "a": 2]` prints `b` first.
  public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(JSONObject(elements)) }
}
