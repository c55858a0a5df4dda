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
  // Where each key is, once the object has more than `indexedCount` members; below that the
  // members are searched in order, which costs less than hashing the key, and most objects of a
  // response have a handful of members. Only ever used for lookups, never iterated, so its order
  // cannot leak into output.
  private var positions: [String: Int]?

  /// The most members an object holds before its keys are indexed.
  static let indexedCount = 8

  /// An empty object.
  public init() {
    members = []
    positions = nil
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
    get { position(of: key).map { members[$0].value } }
    set {
      if let newValue {
        if let at = position(of: key) {
          members[at].value = newValue
        } else {
          positions?[key] = members.count
          members.append(JSONMember(key, newValue))
          if positions == nil, members.count > Self.indexedCount { rebuildPositions() }
        }
      } else if let at = position(of: key) {
        members.remove(at: at)
        rebuildPositions()
      }
    }
  }

  /// Where the member named `key` is, if there is one.
  private func position(of key: String) -> Int? {
    if let positions { return positions[key] }
    return members.firstIndex { $0.key == key }
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
    guard members.count > Self.indexedCount else {
      positions = nil
      return
    }
    var index: [String: Int] = [:]
    index.reserveCapacity(members.count)
    for (offset, member) in members.enumerated() { index[member.key] = offset }
    positions = index
  }
}
