import Cloud

/// The report's JSON is Cloud's ordered `JSONValue`, written with sorted keys in `jq .`'s layout,
/// so the bytes never depend on the order fields were listed in.
extension JSONValue {
  static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
  static func optional(_ value: Int64?) -> JSONValue { value.map(JSONValue.int64) ?? .null }
  static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }
  static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.double) ?? .null }

  /// Two-space indentation, sorted keys, whole numbers without a fraction, a final newline.
  func rendered() -> String { sortingKeys().rendered(.jqPretty) }

  /// The same value with every object's keys in sorted order.
  func sortingKeys() -> JSONValue {
    switch self {
    case .array(let items):
      return .array(items.map { $0.sortingKeys() })
    case .object(let object):
      let members = object.keys.sorted().compactMap { key in object[key].map { (key, $0.sortingKeys()) } }
      return .object(members)
    default:
      return self
    }
  }
}
