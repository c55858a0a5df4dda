import Yams

/// Decodes a `Decodable` value straight from a composed YAML node, for the lab's world.
///
/// Yams's own decoder asks the Swift runtime, for every value, whether its type conforms to Yams's
/// scalar and anchor protocols; the first such question for each type scans every protocol
/// conformance in the program, which made decoding the course world a sixth of a `labrun start`
/// (issue 17). This decoder knows its scalar types statically and asks the runtime nothing. Its
/// values, errors and coding paths are Yams's, so diagnostics read the same; a tree that uses YAML
/// merge keys (`<<`), which only Yams flattens, goes to Yams's decoder instead.
enum NodeDecoder {
  /// The value of type `type` that `node` describes.
  static func decode<T: Decodable>(_ type: T.Type, from node: Node) throws -> T {
    if usesMergeKeys(node) { return try YAMLDecoder().decode(type, from: node) }
    return try T(from: NodeDecoding(node: node, codingPath: []))
  }

  static func usesMergeKeys(_ node: Node) -> Bool {
    switch node {
    case .mapping(let mapping):
      // `=` (a value key) is the other key Yams rewrites before decoding.
      mapping.contains { key, value in
        key.tag.rawValue == Tag.Name.merge.rawValue || key.string == "=" || usesMergeKeys(value)
      }
    case .sequence(let sequence): sequence.contains(where: usesMergeKeys)
    case .scalar, .alias: false
    }
  }
}

/// An index into a sequence, as a coding path shows it.
struct NodeIndexKey: CodingKey {
  let intValue: Int?
  let stringValue: String

  init(index: Int) {
    intValue = index
    stringValue = "Index \(index)"
  }

  init?(intValue: Int) { self.init(index: intValue) }
  init?(stringValue: String) { nil }
}

/// The error Yams raises when a node is not what a type needs, worded as Yams words it.
func nodeTypeMismatch(_ expected: Any.Type, found: String, at path: [any CodingKey]) -> DecodingError {
  .typeMismatch(
    expected,
    .init(codingPath: path, debugDescription: "Expected to decode \(expected) but found \(found) instead."))
}

/// One node being decoded, at its coding path.
struct NodeDecoding: Decoder, SingleValueDecodingContainer {
  let node: Node
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard let mapping = node.mapping else { throw nodeTypeMismatch(Node.Mapping.self, found: "Node", at: codingPath) }
    return KeyedDecodingContainer(NodeKeyedContainer<Key>(mapping: mapping, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard let sequence = node.sequence else {
      throw nodeTypeMismatch(Node.Sequence.self, found: "Node", at: codingPath)
    }
    return NodeUnkeyedContainer(sequence: sequence, codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

  func child(_ node: Node, key: any CodingKey) -> NodeDecoding {
    NodeDecoding(node: node, codingPath: codingPath + [key])
  }

  // MARK: single values, as Yams constructs them

  func decodeNil() -> Bool { node.null != nil }

  private func scalar() throws -> Node.Scalar {
    switch node {
    case .scalar(let scalar): return scalar
    case .mapping: throw nodeTypeMismatch(Node.Scalar.self, found: "Mapping", at: codingPath)
    case .sequence: throw nodeTypeMismatch(Node.Scalar.self, found: "Sequence", at: codingPath)
    case .alias: throw nodeTypeMismatch(Node.Scalar.self, found: "Alias", at: codingPath)
    }
  }

  private func constructed<T>(_ type: T.Type, _ construct: (Node.Scalar) -> T?) throws -> T {
    let scalar = try scalar()
    guard let value = construct(scalar) else { throw nodeTypeMismatch(type, found: "Scalar", at: codingPath) }
    return value
  }

  func decode(_ type: Bool.Type) throws -> Bool { try constructed(type, Bool.construct) }
  func decode(_ type: String.Type) throws -> String { try constructed(type, String.construct) }
  func decode(_ type: Double.Type) throws -> Double { try constructed(type, Double.construct) }
  func decode(_ type: Float.Type) throws -> Float { try constructed(type, Float.construct) }
  func decode(_ type: Int.Type) throws -> Int { try constructed(type, Int.construct) }
  func decode(_ type: Int8.Type) throws -> Int8 { try constructed(type, Int8.construct) }
  func decode(_ type: Int16.Type) throws -> Int16 { try constructed(type, Int16.construct) }
  func decode(_ type: Int32.Type) throws -> Int32 { try constructed(type, Int32.construct) }
  func decode(_ type: Int64.Type) throws -> Int64 { try constructed(type, Int64.construct) }
  func decode(_ type: UInt.Type) throws -> UInt { try constructed(type, UInt.construct) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try constructed(type, UInt8.construct) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try constructed(type, UInt16.construct) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try constructed(type, UInt32.construct) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try constructed(type, UInt64.construct) }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: self) }
}

/// A mapping's values by key.
struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let mapping: Node.Mapping
  let codingPath: [any CodingKey]

  // A mapping keeps its pairs in the file's order.
  var allKeys: [Key] { mapping.compactMap { pair in pair.key.string.flatMap(Key.init(stringValue:)) } }
  func contains(_ key: Key) -> Bool { mapping[key.stringValue] != nil }

  private func decoder(for key: Key) throws -> NodeDecoding {
    guard let node = mapping[key.stringValue] else {
      throw DecodingError.keyNotFound(
        key,
        .init(codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\").")
      )
    }
    return NodeDecoding(node: node, codingPath: codingPath + [key])
  }

  func decodeNil(forKey key: Key) throws -> Bool { try decoder(for: key).decodeNil() }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder(for: key).decode(type) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder(for: key).decode(type) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder(for: key).decode(type) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoder(for: key).decode(type) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder(for: key).decode(type) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoder(for: key).decode(type) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoder(for: key).decode(type) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoder(for: key).decode(type) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder(for: key).decode(type) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoder(for: key).decode(type) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoder(for: key).decode(type) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoder(for: key).decode(type) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoder(for: key).decode(type) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder(for: key).decode(type) }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try T(from: decoder(for: key)) }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  { try decoder(for: key).container(keyedBy: type) }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try decoder(for: key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { NodeDecoding(node: .mapping(mapping), codingPath: codingPath) }
  func superDecoder(forKey key: Key) throws -> any Decoder { try decoder(for: key) }
}

/// A sequence's items in order.
struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
  let sequence: Node.Sequence
  let codingPath: [any CodingKey]
  private(set) var currentIndex = 0

  init(sequence: Node.Sequence, codingPath: [any CodingKey]) {
    self.sequence = sequence
    self.codingPath = codingPath
  }

  var count: Int? { sequence.count }
  var isAtEnd: Bool { currentIndex >= sequence.count }

  private mutating func next<T>(_ type: T.Type, _ body: (NodeDecoding) throws -> T) throws -> T {
    let key = NodeIndexKey(index: currentIndex)
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        type, .init(codingPath: codingPath + [key], debugDescription: "Unkeyed container is at end."))
    }
    let value = try body(NodeDecoding(node: sequence[currentIndex], codingPath: codingPath + [key]))
    currentIndex += 1
    return value
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        Any?.self,
        .init(
          codingPath: codingPath + [NodeIndexKey(index: currentIndex)], debugDescription: "Unkeyed container is at end."
        ))
    }
    let isNil = NodeDecoding(node: sequence[currentIndex], codingPath: codingPath).decodeNil()
    if isNil { currentIndex += 1 }
    return isNil
  }
  mutating func decode(_ type: Bool.Type) throws -> Bool { try next(type) { try $0.decode(type) } }
  mutating func decode(_ type: String.Type) throws -> String { try next(type) { try $0.decode(type) } }
  mutating func decode(_ type: Double.Type) throws -> Double { try next(type) { try $0.decode(type) } }
  mutating func decode(_ type: Float.Type) throws -> Float { try next(type) { try $0.decode(type) } }
  mutating func decode(_ type: Int.Type) throws -> Int { try next(type) { try $0.decode(type) } }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try next(type) { try $0.decode(type) } }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try next(type) { try $0.decode(type) } }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try next(type) { try $0.decode(type) } }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try next(type) { try $0.decode(type) } }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try next(type) { try $0.decode(type) } }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next(type) { try $0.decode(type) } }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next(type) { try $0.decode(type) } }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next(type) { try $0.decode(type) } }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next(type) { try $0.decode(type) } }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(type) { try T(from: $0) } }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  { try next(KeyedDecodingContainer<NestedKey>.self) { try $0.container(keyedBy: type) } }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next((any UnkeyedDecodingContainer).self) { try $0.unkeyedContainer() }
  }

  mutating func superDecoder() throws -> any Decoder { try next((any Decoder).self) { $0 } }
}
