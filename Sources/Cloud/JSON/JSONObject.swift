/// One `"key": value` member of a JSON object.
public struct JSONMember: Equatable, Sendable {
  public var key: String
  public var value: JSONValue

  public init(_ key: String, _ value: JSONValue) {
    self.key = key
    self.value = value
  }
}

/// A JSON object that keeps its members in insertion order, as Python's `dict` does, because
/// awscli prints keys in the order the response shape lists them.
///
/// Keys are unique. Setting an existing key replaces its value in place (the key keeps its
/// position), which is also what Python does when a parsed document repeats a key.
/// Equality (`==`) is order-sensitive, because order is visible in output; use
/// ``hasSameMembers(as:)`` for JSON's own, order-blind notion of equality.
public struct JSONObject: Equatable, Sendable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
  public private(set) var members: [JSONMember]
  // Only ever used for lookups, never iterated, so its order cannot leak into output.
  private var positions: [String: Int]

  /// An empty object.
  public init() {
    members = []
    positions = [:]
  }

  /// An object with these members in this order; a repeated key keeps its first position and
  /// its last value.
  public init(_ members: [JSONMember]) {
    self.init()
    for member in members { self[member.key] = member.value }
  }

  /// An object from key-value pairs, in order.
  public init(_ pairs: [(String, JSONValue)]) {
    self.init(pairs.map { JSONMember($0.0, $0.1) })
  }

  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self.init(elements)
  }

  public var startIndex: Int { members.startIndex }
  public var endIndex: Int { members.endIndex }
  public subscript(position: Int) -> JSONMember { members[position] }

  /// The keys, in order.
  public var keys: [String] { members.map(\.key) }

  /// The value for `key`, or nil; setting nil removes the member.
  public subscript(key: String) -> JSONValue? {
    get { positions[key].map { members[$0].value } }
    set {
      if let newValue {
        if let at = positions[key] {
          members[at].value = newValue
        } else {
          positions[key] = members.count
          members.append(JSONMember(key, newValue))
        }
      } else if let at = positions[key] {
        members.remove(at: at)
        rebuildPositions()
      }
    }
  }

  /// True when both objects hold the same keys with equal values, whatever their order
  /// (nested objects compared the same way).
  public func hasSameMembers(as other: JSONObject) -> Bool {
    guard members.count == other.members.count else { return false }
    for member in members {
      guard let theirs = other[member.key], member.value.isEquivalent(to: theirs) else { return false }
    }
    return true
  }

  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    lhs.members == rhs.members
  }

  private mutating func rebuildPositions() {
    positions = [:]
    for (offset, member) in members.enumerated() { positions[member.key] = offset }
  }
}
